import { connect, createServer, type Server } from 'node:net';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { openSqlStore } from '../store/index.js';
import { buildServer } from './build-server.js';
import { testPasswordCost } from './test-support/test-server.js';
import { createPostgresDatabase, postgresAdminUrl } from './test-support/test-store.js';

/** A TCP proxy to the test PostgreSQL that can be cut and restored, so the database "goes away" for real. */
class DatabaseProxy {
  private server: Server | undefined;
  port = 0;

  async open(): Promise<void> {
    const target = new URL(postgresAdminUrl);
    this.server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const socket of [client, upstream]) socket.on('error', () => undefined);
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address && typeof address === 'object') this.port = address.port;
  }

  /** Refuses new connections and has PostgreSQL end the open ones, as a database restart does. */
  async cut(database: string): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server?.close(() => resolve()));
    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
      database,
    ]);
    await admin.end();
    await closed;
  }
}

describe('readiness when PostgreSQL goes away', () => {
  const proxy = new DatabaseProxy();
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let store: Store;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    database = await createPostgresDatabase();
    await proxy.open();
    const url = new URL(postgresAdminUrl);
    url.port = String(proxy.port);
    url.pathname = `/${database.name}`;
    const opened = await openSqlStore(url.toString());
    store = opened.store;
    await store.migrate();
    const accounts = opened.accounts({ passwordCost: testPasswordCost });
    const user = await accounts.createUser({
      username: 'ops',
      name: 'Ops',
      password: 'ops password',
      role: 'viewer',
    });
    token = (await accounts.createApiToken(user.id, 'probe')).token;
    app = await buildServer({ store, audit: opened.audit, changes: opened.changes, accounts });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    await database?.drop();
  });

  it('answers 503 with Retry-After while the database is unreachable and recovers by itself', async () => {
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    await proxy.cut(database.name);
    const down = await app.inject({ url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.json().error.code).toBe('unavailable');
    const api = await app.inject({ url: '/api/incidents', headers: { authorization: `Bearer ${token}` } });
    expect(api.statusCode).toBe(503);
    expect(api.body).not.toMatch(/ECONNREFUSED|at .*\.js/);
    await proxy.open();
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await app.inject({ url: '/readyz' })).statusCode;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    expect(
      (await app.inject({ url: '/api/incidents', headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(200);
  });
});
