import type { Kysely } from 'kysely';
import { writeAudit } from '../audit-log.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import type { AccountStore } from './account-store.js';
import { type AccountStoreOptions, createAccountStore } from './kysely-account-store.js';
import type { AccountTables } from './tables.js';

/** The accounts port on the store's own database (its migrations include the accounts tables). */
export function storeAccounts(store: Store, options: AccountStoreOptions = {}): AccountStore {
  // The store's Kysely knows its own tables; the accounts code needs only the accounts tables.
  const db = store.database.kysely.withTables<AccountTables>() as unknown as Kysely<AccountTables>;
  return createAccountStore(db, {
    // Account changes go to the store's audit log, in the same transaction as the change.
    audit: (trx, record) => writeAudit(trx as unknown as Kysely<Database>, [record]),
    ...options,
  });
}
