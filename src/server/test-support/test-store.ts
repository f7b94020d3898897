import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { SqlStore, Store } from '../../store/index.js';
import { openSqlStore } from '../../store/index.js';

/** The databases every server test runs on. */
export const dialects = ['sqlite', 'postgres'] as const;
export type Dialect = (typeof dialects)[number];

/** The PostgreSQL server tests use (trust auth); each test store gets its own database, dropped afterwards. */
export const postgresAdminUrl = process.env.DEBRIEF_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A URL naming a database on the test server. */
export function postgresUrl(database: string): string {
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates an empty PostgreSQL database and returns its name and a function that drops it. */
export async function createPostgresDatabase(): Promise<{ name: string; drop(): Promise<void> }> {
  const name = `debrief_server_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    async drop() {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A test database's ports, its records port on its own, its URL, and `close`. */
export interface TestStore {
  database: SqlStore;
  store: Store;
  url: string;
  close(): Promise<void>;
}

/** A fresh, migrated store on the dialect; `close` also drops its PostgreSQL database. */
export async function openTestStore(dialect: Dialect): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const url = 'sqlite::memory:';
    const database = await openSqlStore(url);
    await database.store.migrate();
    return { database, store: database.store, url, close: () => database.store.close() };
  }
  const created = await createPostgresDatabase();
  const url = postgresUrl(created.name);
  const database = await openSqlStore(url);
  await database.store.migrate();
  return {
    database,
    store: database.store,
    url,
    async close() {
      await database.store.close();
      await created.drop();
    },
  };
}
