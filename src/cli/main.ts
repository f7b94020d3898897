import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { runMain } from './run-main.js';
import { registerVerbs } from './verbs.js';

/** Builds the `debrief` program with the verb named in `args` registered (all verbs when none is named). */
export async function buildProgram(args: readonly string[]): Promise<Command> {
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
  await registerVerbs(program, args);
  for (const command of program.commands) command.exitOverride();
  return program;
}

await runMain(
  await buildProgram(process.argv.slice(2)),
  process.argv,
  (error) => error instanceof CommanderError,
);
