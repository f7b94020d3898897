import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { provideFirstNames } from '../language/first-names.js';
import { provideBlameModel } from '../language/learned.js';
import { readBlameModel } from './blame-model-file.js';
import { readFirstNameList } from './first-name-list.js';
import { parseLintArgs } from './lint/args.js';
import { runMain, runReporting } from './run-main.js';
import { registerVerbs } from './verbs.js';

/** Builds the `debrief` program with the verb named in `args` registered (all verbs when none is named). */
export async function buildProgram(args: readonly string[]): Promise<Command> {
  const { Command, Option } = await import('commander');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const program = new Command('debrief')
    .description('Blameless post-mortems: evidence to timeline, a facilitated review, a blame-free report.')
    .version(pkg.version, '-V, --version')
    .addOption(new Option('--db <url>', 'database: sqlite:PATH or postgres://… (env DEBRIEF_DB)'))
    .addOption(
      new Option('--server <url>', 'talk to a debrief server instead of a database (env DEBRIEF_SERVER)'),
    )
    .addOption(new Option('--token <token>', 'API token for --server (env DEBRIEF_TOKEN)'))
    .addOption(new Option('--create', "create a SQLite database's folder when it does not exist"))
    // Commander's own messages (a bad choice, an unknown option) start as debrief's do (trial 24 read "error: option
    // '-p, --priority <level>' argument 'urgent' is invalid" among lines that start "debrief:").
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'debrief: ')) })
    .exitOverride();
  await registerVerbs(program, args);
  for (const command of program.commands) command.exitOverride();
  return program;
}

// A reader that stops early (`debrief lint docs | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// Every verb that finds names in text (lint, report, serve) may use the broad first-name list, and every verb that
// analyses text the learned model; each is read only when a sentence first needs it.
provideFirstNames(readFirstNameList);
provideBlameModel(readBlameModel);

const args = process.argv.slice(2);
const lint = parseLintArgs(args);
if (lint) {
  // A plain `debrief lint FILE…` skips commander: it is the verb editors and CI hooks run most often.
  await runReporting(
    async () => {
      const { runLint } = await import('./lint/run.js');
      process.exitCode = await runLint(lint.files, lint.options);
    },
    () => false,
  );
} else {
  const { CommanderError } = await import('commander');
  await runMain(await buildProgram(args), process.argv, (error) => error instanceof CommanderError);
}
