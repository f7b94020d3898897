import type { Kysely } from 'kysely';
import type { Store } from '../store.js';
import type { AccountStore } from './account-store.js';
import { createAccountStore } from './kysely-account-store.js';
import type { AccountTables } from './tables.js';

/** The accounts port on the store's own database (its migrations include the accounts tables). */
export function storeAccounts(store: Store): AccountStore {
  // The store's Kysely knows its own tables; the accounts code needs only the accounts tables.
  const db = store.database.kysely.withTables<AccountTables>() as unknown as Kysely<AccountTables>;
  return createAccountStore(db);
}
