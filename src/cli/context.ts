import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { SqlStore, Store } from '../store/index.js';
import { remoteTarget, verbPath } from './remote-target.js';

/** The database URL: --db, then DEBRIEF_DB, then the embedded default. */
export function databaseUrl(command: Command): string {
  const fromFlag = command.optsWithGlobals<{ db?: string }>().db;
  return fromFlag ?? process.env.DEBRIEF_DB ?? 'sqlite:./debrief.db';
}

/** How to open the database: with --create (or `db init`), a missing folder for a SQLite file is made. */
export function databaseOptions(command: Command): { createFolder: boolean } {
  return { createFolder: command.optsWithGlobals<{ create?: boolean }>().create === true };
}

/** The actor recorded in the audit log for CLI writes. */
export function cliActor(): string {
  let name = process.env.USER ?? process.env.USERNAME;
  if (!name) {
    try {
      name = userInfo().username;
    } catch {
      name = 'unknown';
    }
  }
  return `cli:${name}`;
}

/**
 * Runs `work` with the records of the database named by --db / DEBRIEF_DB (see `withDatabase`); with --server /
 * DEBRIEF_SERVER, with the records over that server's API instead.
 */
export async function withStore<T>(command: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const remote = remoteTarget(command);
  if (remote) {
    // With --server the same verbs run against the REST API; nothing to open or close.
    const { remoteClient } = await import('../store/http/index.js');
    const { openRemoteStore } = await import('../store/http/index.js');
    return work(await openRemoteStore(remoteClient(remote.url, remote.token)));
  }
  // The records alone, from the opener that loads nothing else: every verb pays for what it imports at start-up
  // (test/dependency-rule.test.ts lists this as a lazy entry of the store).
  const { openStore } = await import('../store/open.js');
  const store = await openStore(databaseUrl(command), databaseOptions(command));
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Opens (creating and migrating if new) the database named by --db / DEBRIEF_DB, runs `work` with its ports, and
 * closes it. For verbs that need more than the records (backup, restore, tokens, an audited publish): with
 * --server they are refused with one line naming --db.
 */
export async function withDatabase<T>(
  command: Command,
  work: (database: SqlStore) => Promise<T>,
): Promise<T> {
  if (remoteTarget(command)) {
    const { needsDatabase } = await import('../store/http/index.js');
    throw needsDatabase(`\`debrief ${verbPath(command)}\``);
  }
  const { openSqlStore } = await import('../store/index.js');
  const database = await openSqlStore(databaseUrl(command), databaseOptions(command));
  try {
    await database.store.migrate();
    return await work(database);
  } finally {
    await database.store.close();
  }
}
