import { type OpenOptions, openDatabase } from '../open-database.js';
import { type SqlStore, sqlStore } from '../sql-store.js';
import type { OpenDatabase } from '../store-database.js';

/** A SQL store for tests, with the raw database that a few cases reach past the ports for. */
export interface OpenedSql extends SqlStore {
  readonly database: OpenDatabase;
}

/** Opens the database at `url` with its ports and its raw connection. */
export async function openSql(url: string, options: OpenOptions = {}): Promise<OpenedSql> {
  const database = await openDatabase(url, options);
  return { ...sqlStore(database), database };
}
