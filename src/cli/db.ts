import type { Command } from 'commander';
import { databaseUrl, withStore } from './context.js';
import { CliError } from './errors.js';
import { remoteTarget } from './remote-target.js';

/**
 * `debrief db init` creates a database (a SQLite file's folder too); `debrief db migrate` brings its schema up to
 * date (every verb also does this on first use, but only `init` or `--create` makes a missing folder).
 */
export function register(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('init')
    .description("create the database (and a SQLite file's folder) with the newest schema")
    .action(async (_options: unknown, command: Command) => {
      if (remoteTarget(command))
        throw new CliError('`debrief db init` creates a database: use --db, not --server');
      command.setOptionValueWithSource('create', true, 'cli');
      const dialect = await withStore(command, async (store) => store.dialect);
      process.stdout.write(`${redact(databaseUrl(command))} (${dialect}) is ready\n`);
    });
  db.command('migrate')
    .description('create or upgrade the database schema')
    .action(async (_options: unknown, command: Command) => {
      const remote = remoteTarget(command);
      if (remote) {
        process.stdout.write(`${remote.url} migrates its own database when it starts; nothing to do\n`);
        return;
      }
      const dialect = await withStore(command, async (store) => store.dialect);
      process.stdout.write(`${redact(databaseUrl(command))} (${dialect}) is up to date\n`);
    });
}

/** Hides a password in a database URL before it is printed. */
export function redact(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
