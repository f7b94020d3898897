import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Store } from '../../store/index.js';
import { openStore } from '../../store/index.js';

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

/** A fresh, migrated store on the dialect; `close` also drops its PostgreSQL database. */
export async function openTestStore(dialect: Dialect): Promise<{ store: Store; close(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const store = await openStore('sqlite::memory:');
    await store.migrate();
    return { store, close: () => store.close() };
  }
  const database = await createPostgresDatabase();
  const store = await openStore(postgresUrl(database.name));
  await store.migrate();
  return {
    store,
    async close() {
      await store.close();
      await database.drop();
    },
  };
}
