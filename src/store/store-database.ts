import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * How code reaches the store's database. Repositories use it, and so may other modules that keep their own
 * tables in the same database (they add a migration to migrations/index.ts and call `kysely.withTables<…>()`).
 */
export interface StoreDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  readonly kysely: Kysely<Database>;
  /**
   * Runs `work` in one write transaction. On SQLite the write lock is taken at the start (BEGIN IMMEDIATE), so
   * two processes never deadlock upgrading a read lock; a lock held too long becomes `unavailable`.
   */
  write<T>(work: (tx: Transaction<Database>) => Promise<T>): Promise<T>;
  /** Runs several reads against one consistent snapshot. */
  snapshot<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Runs reads without a transaction, with database errors turned into DebriefErrors. */
  read<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;
}
