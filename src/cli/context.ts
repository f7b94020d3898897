import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { Store } from '../store/store.js';
import { remoteTarget, verbPath } from './remote-target.js';

/** The database URL: --db, then DEBRIEF_DB, then the embedded default. */
export function databaseUrl(command: Command): string {
  const fromFlag = command.optsWithGlobals<{ db?: string }>().db;
  return fromFlag ?? process.env.DEBRIEF_DB ?? 'sqlite:./debrief.db';
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
 * Opens (creating and migrating if new) the store named by --db / DEBRIEF_DB, runs `work`, and closes it; with
 * --server / DEBRIEF_SERVER, `work` gets a store over that server's API instead.
 */
export async function withStore<T>(command: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const remote = remoteTarget(command);
  if (remote) {
    // With --server the same verbs run against the REST API; nothing to open or close.
    const { remoteClient } = await import('../store/http/remote-client.js');
    const { openRemoteStore } = await import('../store/http/remote-store.js');
    return work(
      await openRemoteStore(remoteClient(remote.url, remote.token), `\`debrief ${verbPath(command)}\``),
    );
  }
  const { openStore } = await import('../store/open.js');
  const store = await openStore(databaseUrl(command));
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}
