import pg from 'pg';

/** The server tests use: DEBRIEF_TEST_PG, or the trust-auth PostgreSQL on 127.0.0.1:5432. */
export const testPostgresAdminUrl = process.env.DEBRIEF_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database that exists for one test run: its URL, and `drop()` to remove it at the end. */
export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresAdminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates a fresh, empty PostgreSQL database named `<prefix>_<random>` (letters, digits and underscores). */
export async function createTestDatabase(prefix = 'debrief_test'): Promise<TestDatabase> {
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  await admin((client) => client.query(`create database "${name}"`));
  const url = new URL(testPostgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    // FORCE ends connections a failed test left open, so the database always goes.
    drop: () =>
      admin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

/**
 * Has PostgreSQL end every connection listening for changes on the database at `url`, as a restart or a network
 * cut would; resolves with whether each was ended.
 */
export async function endListeners(url: string): Promise<boolean[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const result = await client.query<{ ended: boolean }>(
      `select pg_terminate_backend(pid) as ended from pg_stat_activity
       where datname = current_database() and query ilike 'listen %'`,
    );
    return result.rows.map((row) => row.ended);
  } finally {
    await client.end();
  }
}
