import type { Kysely } from 'kysely';
import { isDebriefError } from '../../domain/index.js';
import { mapDatabaseError } from '../database-errors.js';
import { writeAudit } from '../kysely-audit-log.js';
import type { Database } from '../schema.js';
import type { StoreDatabase } from '../store-database.js';
import type { AccountStore } from './account-store.js';
import { type AccountStoreOptions, createAccountStore } from './kysely-account-store.js';
import type { AccountTables } from './tables.js';

/** How the accounts on the store's database may be tuned; their audit log is always the store's. */
export type StoreAccountsOptions = Omit<AccountStoreOptions, 'audit'>;

/** The accounts port on the store's own database (its migrations include the accounts tables). */
export function storeAccounts(database: StoreDatabase, options: StoreAccountsOptions = {}): AccountStore {
  // The store's Kysely knows its own tables; the accounts code needs only the accounts tables.
  const db = database.kysely.withTables<AccountTables>() as unknown as Kysely<AccountTables>;
  const accounts = createAccountStore(db, {
    ...options,
    // Account changes go to the store's audit log, in the same transaction as the change.
    audit: (trx, record) => writeAudit(trx as unknown as Kysely<Database>, [record]),
  });
  return withDatabaseErrors(accounts);
}

/**
 * The accounts port with input the database refuses (a NUL in a user id from a URL) turned into invalid_input by
 * the records' own mapping (`mapDatabaseError`), since it queries Kysely directly.
 */
function withDatabaseErrors(accounts: AccountStore): AccountStore {
  const mapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(accounts)) {
    mapped[name] =
      typeof value === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await value.apply(accounts, args);
            } catch (error) {
              // Only the input's fault is the caller's to hear about; an unreachable database is answered by
              // the server's own 503, without driver details.
              const mapped = mapDatabaseError(error, 'the accounts database');
              throw isDebriefError(mapped) && mapped.code === 'invalid_input' ? mapped : error;
            }
          }
        : value;
  }
  return mapped as unknown as AccountStore;
}
