import type { Command } from 'commander';
import { register as actions } from './actions.js';
import { register as backup } from './backup.js';
import { register as db } from './db.js';
import { register as edit } from './edit.js';
import { register as evidence } from './evidence.js';
import { register as exportVerb } from './export.js';
import { register as importVerb } from './import.js';
import { register as lint } from './lint.js';
import { register as list } from './list.js';
import { register as newVerb } from './new.js';
import { register as playbook } from './playbook.js';
import { register as report } from './report.js';
import { register as serve } from './serve.js';
import { register as show } from './show.js';
import { register as signatures } from './signatures.js';
import { register as timeline } from './timeline.js';
import { register as token } from './token.js';

/**
 * Every verb of the CLI. Each module exports `register(program)`; a verb file imports only commander and small
 * CLI helpers at the top and loads the store, analyzer, importers or server inside its action, so start-up stays
 * fast for every verb.
 */
export const verbs: Array<(program: Command) => void> = [
  newVerb,
  list,
  show,
  edit,
  exportVerb,
  importVerb,
  timeline,
  actions,
  db,
  backup,
  signatures,
  evidence,
  serve,
  token,
  report,
  playbook,
  lint,
];
