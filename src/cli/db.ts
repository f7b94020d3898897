import type { Command } from 'commander';
import { databaseUrl, withStore } from './context.js';
import { remoteTarget } from './remote-target.js';

/** `debrief db migrate`: brings the database schema up to date (every verb also does this on first use). */
export function register(program: Command): void {
  const db = program.command('db').description('database maintenance');
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
