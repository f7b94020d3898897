import type { Command } from 'commander';
import { cliActor, withDatabase } from './context.js';

/** `debrief backup FILE` and `debrief restore FILE`: a portable JSON bundle of the whole database. */
export function register(program: Command): void {
  program
    .command('backup')
    .description('write every incident and the audit log to a portable JSON bundle')
    .argument('<file>', 'where to write the bundle (- for stdout)')
    .action(async (file: string, _options: unknown, command: Command) => {
      const { writeOutput } = await import('./write-output.js');
      const bundle = await withDatabase(command, ({ backups }) => backups.backup());
      await writeOutput(`${JSON.stringify(bundle)}\n`, file);
      if (file !== '-') {
        process.stdout.write(
          `wrote ${bundle.incidents.length} incidents and ${bundle.audit.length} audit entries to ${file}\n`,
        );
      }
    });
  program
    .command('restore')
    .description('restore a backup bundle into an empty database (SQLite or PostgreSQL)')
    .argument('<file>', 'a bundle written by `debrief backup` (- for stdin)')
    .action(async (file: string, _options: unknown, command: Command) => {
      const { readTextInput } = await import('./read-input.js');
      const { CliError } = await import('./errors.js');
      const text = await readTextInput(file);
      let bundle: unknown;
      try {
        bundle = JSON.parse(text);
      } catch (error) {
        throw new CliError(`${file}: not a backup bundle: invalid JSON (${(error as Error).message})`);
      }
      const result = await withDatabase(command, ({ backups }) =>
        backups.restore(bundle, { actor: cliActor() }),
      );
      process.stdout.write(`restored ${result.incidents} incidents from ${file}\n`);
    });
}
