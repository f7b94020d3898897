import type { Command } from 'commander';

/**
 * Every verb of the CLI. Each module exports `register(program)`; a verb file imports only commander and small
 * CLI helpers at the top and loads the store, analyzer, importers or server inside its action, so start-up stays
 * fast for every verb.
 */
export const verbs: Array<(program: Command) => void> = [];
