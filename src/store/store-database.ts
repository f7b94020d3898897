import type { Kysely, Transaction } from 'kysely';
import type { ChangeFeed } from './change-feed.js';
import type { Database } from './schema.js';

/**
 * How the SQL adapter reaches its database. Its repositories use it, and so do other modules that keep their own
 * tables in the same database (accounts: they add a migration to migrations/index.ts and call
 * `kysely.withTables<…>()`). It stays inside src/store: no port hands it out.
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
  /**
   * Runs `work` on a connection of its own without statement or query timeouts: for migrations, which may rebuild
   * a large table once. Absent where no timeouts apply (SQLite).
   */
  withoutTimeouts?<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;
}

/** An open SQLite or PostgreSQL database: its connection, the changes committed through it, and closing it. */
export interface OpenDatabase extends StoreDatabase {
  readonly changes: ChangeFeed;
  close(): Promise<void>;
}
