import type { Command } from 'commander';
import { databaseUrl, withStore } from './context.js';

/** `debrief db migrate`: brings the database schema up to date (every verb also does this on first use). */
export function register(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('create or upgrade the database schema')
    .action(async (_options: unknown, command: Command) => {
      const dialect = await withStore(command, async (store) => store.dialect);
      process.stdout.write(`${redact(databaseUrl(command))} (${dialect}) is up to date\n`);
    });
}

/** Hides a password in a database URL before it is printed. */
export function redact(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
