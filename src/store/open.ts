import { kyselyStore } from './kysely-store.js';
import { type OpenOptions, openDatabase } from './open-database.js';
import type { Store } from './store.js';

export type { OpenOptions } from './open-database.js';

/**
 * Opens the records port alone on the database a URL names (`sqlite:PATH`, `sqlite::memory:`, `postgres://…`),
 * for callers that need nothing else: it loads none of the audit, backup or accounts code, so a CLI verb starts
 * faster. Call `store.migrate()` before first use.
 */
export async function openStore(url: string, options: OpenOptions = {}): Promise<Store> {
  return kyselyStore(await openDatabase(url, options));
}
