import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { runMain } from './run-main.js';
import { verbs } from './verbs.js';

/** Builds the `debrief` program with every verb registered (verbs load their heavy modules lazily). */
export function buildProgram(): Command {
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
    .exitOverride();
  for (const register of verbs) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

await runMain(buildProgram(), process.argv, (error) => error instanceof CommanderError);
