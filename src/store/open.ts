import { type OpenOptions, openDatabase } from './open-database.js';
import { type SqlStore, sqlStore } from './sql-store.js';
import type { Store } from './store.js';

export type { OpenOptions } from './open-database.js';

/**
 * Opens the SQLite or PostgreSQL database a URL names (`sqlite:PATH`, `sqlite::memory:`, `postgres://…`) with all
 * its ports: records, audit log, change feed, backups, accounts. Call `store.migrate()` before first use.
 */
export async function openSqlStore(url: string, options: OpenOptions = {}): Promise<SqlStore> {
  return sqlStore(await openDatabase(url, options));
}

/** Opens the records port alone on the database a URL names, for callers that need nothing else. */
export async function openStore(url: string, options: OpenOptions = {}): Promise<Store> {
  return (await openSqlStore(url, options)).store;
}
