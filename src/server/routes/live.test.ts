import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ChangeFeed, SqlStore } from '../../store/index.js';
import { openSqlStore } from '../../store/index.js';
import { endListeners } from '../../store/test-support/postgres.js';
import { buildServer } from '../build-server.js';
import { startTestServer, type TestServer, testPasswordCost } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';
import type { LiveMessage } from './live.js';

/** An open live socket and what it has received. */
interface Live {
  socket: WebSocket;
  messages: LiveMessage[];
  pings: number;
  /** Waits for a message matching `wanted`. */
  next(wanted: (message: LiveMessage) => boolean): Promise<LiveMessage>;
}

/** Opens a live socket and waits for `ready`; rejects with the HTTP status when the upgrade is refused. */
function openLive(url: string, headers: Record<string, string>): Promise<Live> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    const live: Live = {
      socket,
      messages: [],
      pings: 0,
      next(wanted) {
        return new Promise((found, fail) => {
          const timer = setTimeout(
            () => fail(new Error(`no such message in ${JSON.stringify(live.messages)}`)),
            5_000,
          );
          const look = () => {
            const hit = live.messages.find(wanted);
            if (!hit) return;
            clearTimeout(timer);
            socket.off('message', look);
            found(hit);
          };
          socket.on('message', look);
          look();
        });
      },
    };
    socket.on('ping', () => {
      live.pings++;
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as LiveMessage;
      live.messages.push(message);
      if (message.type === 'ready') resolve(live);
    });
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      response.on('end', () => reject(Object.assign(new Error(body), { status: response.statusCode, body })));
    });
    socket.on('error', reject);
  });
}

async function refusal(promise: Promise<Live>): Promise<{ status: number; body: string }> {
  try {
    const live = await promise;
    live.socket.close();
  } catch (error) {
    return error as { status: number; body: string };
  }
  throw new Error('expected the upgrade to be refused');
}

describe.each(dialects)('live incident updates over WebSocket, on %s', (dialect) => {
  let t: TestServer;
  let base: string;
  let host: string;
  const sockets: WebSocket[] = [];

  beforeAll(async () => {
    t = await startTestServer(dialect, { livePingMs: 100 });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    host = `127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    base = `ws://${host}`;
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.terminate();
  });
  afterAll(async () => t?.close());

  const listen = async (id: string, headers: Record<string, string>) => {
    const live = await openLive(`${base}/api/incidents/${id}/live`, headers);
    sockets.push(live.socket);
    return live;
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const incident = (restricted = false, participants: Array<{ name: string }> = []) =>
    t.store.incidents.create(
      {
        title: 'Live checkout outage',
        severity: 'SEV2',
        restricted,
        participants: participants.map((p) => ({ ...p, role: 'responder' as const })),
      },
      { actor: 'tests' },
    );
  const addAction = (id: string, title: string) =>
    t.as(t.editor, { method: 'POST', url: `/api/incidents/${id}/actions`, payload: { title } });

  it("sends an editor's change to a viewer's socket, and only that incident's changes", async () => {
    const watched = await incident();
    const other = await incident();
    const live = await listen(watched.id, bearer(t.viewer.token));
    expect((await addAction(other.id, 'Elsewhere')).statusCode).toBe(201);
    const added = await addAction(watched.id, 'Add a canary stage');
    expect(added.statusCode).toBe(201);
    const message = await live.next((m) => m.type === 'changed');
    expect(message).toEqual({
      type: 'changed',
      incidentId: watched.id,
      entity: 'action',
      entityId: added.json().id,
      action: 'create',
      actor: 'eli',
      at: expect.any(String),
    });
    expect(live.messages.filter((m) => m.type === 'changed' && m.incidentId !== watched.id)).toEqual([]);
  });

  it('accepts a signed-in browser of this site (session cookie, same Origin)', async () => {
    const watched = await incident();
    const live = await listen(watched.id, { cookie: t.admin.cookie, origin: `http://${host}` });
    await addAction(watched.id, 'Page the database team sooner');
    await live.next((m) => m.type === 'changed' && m.entity === 'action');
  });

  it('refuses a page of another site, even with a valid session cookie', async () => {
    const watched = await incident();
    const refused = await refusal(
      openLive(`${base}/api/incidents/${watched.id}/live`, {
        cookie: t.admin.cookie,
        origin: 'https://evil.example',
      }),
    );
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).error.code).toBe('forbidden');
  });

  it('refuses a caller without credentials', async () => {
    const watched = await incident();
    const refused = await refusal(openLive(`${base}/api/incidents/${watched.id}/live`, {}));
    expect(refused.status).toBe(401);
  });

  it('refuses a restricted incident to someone not on it, as if it did not exist', async () => {
    const secret = await incident(true, [{ name: 'eli' }]);
    const refused = await refusal(
      openLive(`${base}/api/incidents/${secret.id}/live`, bearer(t.viewer.token)),
    );
    expect(refused.status).toBe(404);
    const missing = await refusal(openLive(`${base}/api/incidents/INC-NOPE/live`, bearer(t.viewer.token)));
    expect(missing.status).toBe(404);
    // A participant is let in.
    await listen(secret.id, bearer(t.editor.token));
  });

  it('closes the socket of someone taken off a restricted incident', async () => {
    const secret = await incident(true, [{ name: 'eli' }, { name: 'vera' }]);
    const live = await listen(secret.id, bearer(t.viewer.token));
    const closed = new Promise<number>((resolve) => live.socket.on('close', (code) => resolve(code)));
    await t.store.incidents.update(
      secret.id,
      secret.version,
      { participants: [{ name: 'eli', role: 'responder' }] },
      { actor: 'tests' },
    );
    expect(await closed).toBe(4403);
  });

  it('closes a socket once its token is revoked or its user disabled', async () => {
    const watched = await incident();
    let count = 0;
    /** Opens a socket as a new viewer, ends their access with `end`, and resolves with the close code. */
    const closeCodeAfter = async (end: (ids: { userId: string; tokenId: string }) => Promise<unknown>) => {
      count += 1;
      const user = await t.accounts.createUser({
        username: `listener${count}`,
        name: `Listener ${count}`,
        password: 'listener password',
        role: 'viewer',
      });
      const { id: tokenId, token } = await t.accounts.createApiToken(user.id, 'live');
      const live = await listen(watched.id, bearer(token));
      const closed = new Promise<number>((resolve) => live.socket.on('close', (code) => resolve(code)));
      await end({ userId: user.id, tokenId });
      return closed;
    };
    expect(
      await closeCodeAfter(({ tokenId }) => t.accounts.revokeApiToken(tokenId, { actor: 'tests' })),
    ).toBe(4401);
    expect(
      await closeCodeAfter(async ({ userId }) => {
        const user = await t.accounts.getUser(userId);
        await t.accounts.updateUser(userId, { disabled: true }, user.version, { actor: 'tests' });
      }),
    ).toBe(4401);
  });

  it('answers a plain HTTP request with a clear error', async () => {
    const watched = await incident();
    const plain = await t.as(t.viewer, { url: `/api/incidents/${watched.id}/live` });
    expect(plain.statusCode).toBe(400);
    expect(plain.json().error.message).toContain('WebSocket');
  });

  it('pings an idle socket to keep it alive', async () => {
    const watched = await incident();
    const live = await listen(watched.id, bearer(t.viewer.token));
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(live.pings).toBeGreaterThanOrEqual(2);
    expect(live.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('stops listening for changes when the socket closes', async () => {
    const watched = await incident();
    let active = 0;
    const counting: ChangeFeed = {
      ready: () => t.changes.ready(),
      onMissed: (listener) => t.changes.onMissed(listener),
      subscribe(listener) {
        active++;
        const stop = t.changes.subscribe(listener);
        return () => {
          active--;
          stop();
        };
      },
    };
    // Another server on the same database, whose feed counts its listeners.
    const counted = await buildServer({
      store: t.store,
      audit: t.audit,
      changes: counting,
      accounts: t.accounts,
    });
    try {
      const address = await counted.listen({ port: 0, host: '127.0.0.1' });
      const live = await openLive(
        `${address.replace(/^http/, 'ws')}/api/incidents/${watched.id}/live`,
        bearer(t.viewer.token),
      );
      sockets.push(live.socket);
      expect(active).toBe(1);
      live.socket.close();
      const deadline = Date.now() + 5_000;
      while (active > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(active).toBe(0);
    } finally {
      await counted.close();
    }
  });
});

describe('live updates when the incident changes, between pings', () => {
  let t: TestServer;
  let socket: WebSocket | undefined;

  beforeAll(async () => {
    // No ping during the test: only the incident's update can close the socket.
    t = await startTestServer('sqlite', { livePingMs: 60_000 });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    socket?.terminate();
    await t?.close();
  });

  it('closes the socket of an admin demoted since it opened, once the restricted incident changes', async () => {
    const secret = await t.store.incidents.create(
      { title: 'Restricted outage', severity: 'SEV2', restricted: true },
      { actor: 'tests' },
    );
    const admin = await t.accounts.createUser({
      username: 'demoted',
      name: 'Demoted Admin',
      password: 'admin password',
      role: 'admin',
    });
    const { token } = await t.accounts.createApiToken(admin.id, 'live');
    const port = (t.app.server.address() as AddressInfo).port;
    const live = await openLive(`ws://127.0.0.1:${port}/api/incidents/${secret.id}/live`, {
      authorization: `Bearer ${token}`,
    });
    socket = live.socket;
    const closed = new Promise<number>((resolve) => live.socket.on('close', (code) => resolve(code)));
    await t.accounts.updateUser(admin.id, { role: 'viewer' }, admin.version, { actor: 'tests' });
    await t.store.incidents.update(
      secret.id,
      secret.version,
      { title: 'Restricted outage, renamed' },
      {
        actor: 'tests',
      },
    );
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('still open'), 5_000));
    expect(await Promise.race([closed, timeout])).toBe(4403);
  });
});

describe('live updates across server instances on one PostgreSQL', () => {
  let first: TestServer;
  let second: Awaited<ReturnType<typeof buildServer>>;
  let secondDatabase: SqlStore;
  let socket: WebSocket | undefined;

  beforeAll(async () => {
    first = await startTestServer('postgres');
    await first.app.listen({ port: 0, host: '127.0.0.1' });
    secondDatabase = await openSqlStore(first.databaseUrl);
    second = await buildServer({
      store: secondDatabase.store,
      audit: secondDatabase.audit,
      changes: secondDatabase.changes,
      accounts: secondDatabase.accounts({ passwordCost: testPasswordCost }),
    });
  });
  afterAll(async () => {
    socket?.terminate();
    await second?.close();
    await secondDatabase?.store.close();
    await first?.close();
  });

  it('a change made through the second server reaches a socket on the first', async () => {
    const watched = await first.store.incidents.create(
      { title: 'Two servers', severity: 'SEV3' },
      { actor: 'tests' },
    );
    const port = (first.app.server.address() as AddressInfo).port;
    const live = await openLive(`ws://127.0.0.1:${port}/api/incidents/${watched.id}/live`, {
      authorization: `Bearer ${first.viewer.token}`,
    });
    socket = live.socket;
    const added = await second.inject({
      method: 'POST',
      url: `/api/incidents/${watched.id}/actions`,
      headers: { authorization: `Bearer ${first.editor.token}` },
      payload: { title: 'Made on the second server' },
    });
    expect(added.statusCode).toBe(201);
    const message = await live.next((m) => m.type === 'changed' && m.entity === 'action');
    expect(message).toMatchObject({ entityId: added.json().id, actor: 'eli', action: 'create' });
  });

  it('closes sockets with 1012 once listening resumes after a drop, so pages read the incident again', async () => {
    const watched = await first.store.incidents.create(
      { title: 'Dropped', severity: 'SEV3' },
      { actor: 'tests' },
    );
    const port = (first.app.server.address() as AddressInfo).port;
    const live = await openLive(`ws://127.0.0.1:${port}/api/incidents/${watched.id}/live`, {
      authorization: `Bearer ${first.viewer.token}`,
    });
    socket = live.socket;
    const closed = new Promise<number>((resolve) => live.socket.on('close', (code) => resolve(code)));
    await endListeners(first.databaseUrl);
    expect(await closed).toBe(1012);
  });
});
