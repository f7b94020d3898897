import { connect, createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlStore, type SqlStore } from '../store/index.js';
import { buildServer } from './build-server.js';
import { testPasswordCost } from './test-support/test-server.js';
import { createPostgresDatabase, postgresAdminUrl, postgresUrl } from './test-support/test-store.js';

/** A TCP proxy to PostgreSQL that can stop passing bytes both ways, as a stalled network does. */
async function stallingProxy(): Promise<{
  port: number;
  stall(): void;
  resume(): void;
  close(): Promise<void>;
}> {
  const target = new URL(postgresAdminUrl);
  const pairs: Array<[Socket, Socket]> = [];
  let stalled = false;
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    pairs.push([client, upstream]);
    const relay = (from: Socket, to: Socket) =>
      from.on('data', (chunk: Buffer) => {
        if (!stalled) to.write(chunk);
      });
    relay(client, upstream);
    relay(upstream, client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    stall: () => {
      stalled = true;
    },
    resume: () => {
      stalled = false;
    },
    close: async () => {
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('PostgreSQL that stops answering', () => {
  let drop: () => Promise<void>;
  let name: string;
  beforeAll(async () => {
    const created = await createPostgresDatabase();
    name = created.name;
    drop = created.drop;
    const setup = await openSqlStore(postgresUrl(name));
    await setup.store.migrate();
    await setup.store.close();
  });
  afterAll(async () => drop?.());

  async function serverOn(url: string) {
    const database: SqlStore = await openSqlStore(url);
    const accounts = database.accounts({ passwordCost: testPasswordCost });
    const { store, audit, changes } = database;
    const app = await buildServer({ store, audit, changes, accounts, cacheMs: 0 });
    const user = await accounts.createUser({
      username: `u${Date.now()}`,
      name: 'Stall Tester',
      password: 'a long test password',
      role: 'editor',
    });
    const { token } = await accounts.createApiToken(user.id, 'tests');
    const list = () => app.inject({ url: '/api/incidents', headers: { authorization: `Bearer ${token}` } });
    return { app, store, list };
  }

  it('answers 503 with Retry-After when a statement runs past the statement timeout', async () => {
    const { app, store, list } = await serverOn(`${postgresUrl(name)}?statement_timeout=800`);
    const locker = new pg.Client({ connectionString: postgresUrl(name) });
    await locker.connect();
    try {
      expect((await list()).statusCode).toBe(200);
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const stalled = await list();
      expect(stalled.statusCode).toBe(503);
      expect(stalled.headers['retry-after']).toBe('5');
      expect(stalled.json().error.message).toMatch(/did not finish in time/);
      expect(Date.now() - started).toBeLessThan(3_000);
      await locker.query('ROLLBACK');
      expect((await list()).statusCode).toBe(200);
    } finally {
      await locker.end();
      await app.close();
      await store.close();
    }
  });

  it('answers 503 within seconds when the network stalls mid-request, instead of hanging', {
    timeout: 15_000,
  }, async () => {
    const proxy = await stallingProxy();
    const url = new URL(postgresUrl(name));
    url.host = `127.0.0.1:${proxy.port}`;
    // No query_timeout: the one derived from the statement timeout (3 s) must end the wait.
    url.search = '?statement_timeout=1000';
    const { app, store, list } = await serverOn(url.toString());
    try {
      expect((await list()).statusCode).toBe(200);
      proxy.stall();
      const started = Date.now();
      const stalled = await list();
      expect(stalled.statusCode).toBe(503);
      expect(stalled.headers['retry-after']).toBe('5');
      expect(Date.now() - started).toBeLessThan(6_000);
    } finally {
      proxy.resume();
      await app.close();
      await proxy.close();
      await store.close().catch(() => undefined);
    }
  });
});
