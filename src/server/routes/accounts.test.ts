import { setTimeout as sleep } from 'node:timers/promises';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../build-server.js';
import { type Caller, startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

const errorShape = { error: { code: expect.any(String), message: expect.any(String) } };

describe.each(dialects)('tokens and users on %s', (dialect) => {
  let t: TestServer;
  let count = 0;

  // The default identity cache (1 s) stays on: revocation must not wait for it on this instance.
  beforeAll(async () => {
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  /** A fresh user of a role with one API token, so cases do not depend on each other. */
  async function newCaller(role: 'admin' | 'editor' | 'viewer'): Promise<Caller & { id: string }> {
    count += 1;
    const username = `${role}${count}`;
    const user = await t.accounts.createUser({
      username,
      name: `${role} ${count}`,
      password: `${username} pw!`,
      role,
    });
    const { token } = await t.accounts.createApiToken(user.id, 'first');
    return { id: user.id, username, name: user.name, token };
  }

  /** Signs a caller in through POST /api/login; the result sends requests with its cookie and CSRF header. */
  async function signIn(caller: Caller) {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: caller.username, password: `${caller.username} pw!` },
    });
    expect(login.statusCode).toBe(200);
    const cookie = `debrief_session=${login.cookies.find((c) => c.name === 'debrief_session')?.value}`;
    const csrfToken = login.json().csrfToken as string;
    return (options: InjectOptions) =>
      t.app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...options.headers } });
  }

  async function userVersion(id: string): Promise<number> {
    return (await t.accounts.getUser(id)).version;
  }

  it('offers everyone signed in the names of the people who can sign in, never a disabled one or a role', async () => {
    const viewer = await newCaller('viewer');
    const gone = await newCaller('editor');
    await t.accounts.updateUser(gone.id, { disabled: true }, 1);
    const response = await t.as(viewer, { url: '/api/people' });
    expect(response.statusCode).toBe(200);
    const { people } = response.json() as { people: Array<Record<string, unknown>> };
    expect(people).toContainEqual({ username: viewer.username, name: viewer.name });
    expect(people.map((person) => person.username)).not.toContain(gone.username);
    expect(Object.keys(people[0] ?? {}).sort()).toEqual(['name', 'username']);
    const names = people.map((person) => String(person.name));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect((await t.app.inject({ url: '/api/people' })).statusCode).toBe(401);
  });

  it('lists only the caller’s own tokens, without secrets', async () => {
    const me = await newCaller('editor');
    const session = await signIn(me);
    const created = await session({ method: 'POST', url: '/api/tokens', payload: { name: 'laptop' } });
    expect(created.statusCode).toBe(201);
    const response = await t.as(me, { url: '/api/tokens' });
    expect(response.statusCode).toBe(200);
    const { tokens } = response.json() as { tokens: Array<Record<string, unknown>> };
    expect(tokens.map((token) => token.name)).toEqual(['first', 'laptop']);
    expect(tokens[0]).toEqual({
      id: expect.stringMatching(/^TOK-/),
      name: 'first',
      userId: me.id,
      createdAt: expect.any(String),
      // This very request used the token.
      lastUsedAt: expect.any(String),
    });
    expect(response.body).not.toContain(me.token);
    expect(response.body).not.toContain(created.json().token);
    expect(response.body).not.toMatch(/hash/);
  });

  it('creates a token only from a signed-in session, never with an API token', async () => {
    const me = await newCaller('editor');
    // Ids only: using the token stamps its lastUsedAt.
    const tokenIds = async () => (await t.accounts.listApiTokens(me.id)).map((token) => token.id);
    const before = await tokenIds();
    const bearer = await t.as(me, { method: 'POST', url: '/api/tokens', payload: { name: 'minted' } });
    expect(bearer.statusCode).toBe(403);
    expect(bearer.json()).toMatchObject({
      error: {
        code: 'forbidden',
        message: expect.stringMatching(/People page.*debrief token create --user NAME --db URL/),
      },
    });
    // A session needs the CSRF header to create one, as for any write.
    const session = await signIn(me);
    const noCsrf = await session({
      method: 'POST',
      url: '/api/tokens',
      headers: { 'x-csrf-token': 'wrong' },
      payload: { name: 'minted' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.message).toContain('x-csrf-token');
    // Even with a session cookie beside it, a request that sends a token is the token's.
    const both = await session({
      method: 'POST',
      url: '/api/tokens',
      headers: { authorization: `Bearer ${me.token}` },
      payload: { name: 'minted' },
    });
    expect(both.statusCode).toBe(403);
    expect(await tokenIds()).toEqual(before);

    const created = await session({ method: 'POST', url: '/api/tokens', payload: { name: 'laptop' } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'laptop',
      userId: me.id,
      token: expect.stringMatching(/^dbt_/),
    });
    expect((await t.as({ ...me, token: created.json().token }, { url: '/api/me' })).statusCode).toBe(200);
  });

  it('revokes an own token, and the revoked token is refused at once', async () => {
    const me = await newCaller('viewer');
    const session = await signIn(me);
    const spare = await session({ method: 'POST', url: '/api/tokens', payload: { name: 'spare' } });
    const { id, token } = spare.json() as { id: string; token: string };
    const holder = { ...me, token };
    expect((await t.as(holder, { url: '/api/me' })).statusCode).toBe(200); // now cached for 1 s
    const revoked = await t.as(me, { method: 'DELETE', url: `/api/tokens/${id}` });
    expect(revoked.statusCode).toBe(204);
    const after = await t.as(holder, { url: '/api/me' });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual(errorShape);
    const again = await t.as(me, { method: 'DELETE', url: `/api/tokens/${id}` });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({
      error: { code: 'not_found', message: expect.stringContaining(id) },
    });
  });

  it('answers 404 for someone else’s token unless the caller is an admin', async () => {
    const owner = await newCaller('editor');
    const stranger = await newCaller('editor');
    const [listed] = (await t.as(owner, { url: '/api/tokens' })).json().tokens as Array<{ id: string }>;
    const denied = await t.as(stranger, { method: 'DELETE', url: `/api/tokens/${listed?.id}` });
    expect(denied.statusCode).toBe(404);
    expect((await t.as(owner, { url: '/api/me' })).statusCode).toBe(200);
    const byAdmin = await t.asAdmin({ method: 'DELETE', url: `/api/tokens/${listed?.id}` });
    expect(byAdmin.statusCode).toBe(204);
    expect((await t.as(owner, { url: '/api/me' })).statusCode).toBe(401);
    const audit = await t.audit.list({ limit: 5 });
    expect(audit.find((entry) => entry.entityId === listed?.id && entry.action === 'delete')).toMatchObject({
      actor: 'ada',
      entity: 'api-token',
    });
  });

  it('lets an admin make an editor a viewer, who then cannot write', async () => {
    const editor = await newCaller('editor');
    const incident = { title: 'Queue backlog', severity: 'SEV3' };
    expect(
      (await t.as(editor, { method: 'POST', url: '/api/incidents', payload: incident })).statusCode,
    ).toBe(201);
    const changed = await t.asAdmin({
      method: 'PATCH',
      url: `/api/users/${editor.id}`,
      payload: { role: 'viewer', version: 1 },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: editor.id, role: 'viewer', version: 2, disabled: false });
    const write = await t.as(editor, { method: 'POST', url: '/api/incidents', payload: incident });
    expect(write.statusCode).toBe(403);
    expect((await t.as(editor, { url: '/api/incidents' })).statusCode).toBe(200);
  });

  it('takes the version from If-Match and answers a stale one with 409 and the current user', async () => {
    const user = await newCaller('editor');
    const first = await t.asAdmin({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: { 'if-match': 'W/"1"' },
      payload: { role: 'viewer' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.asAdmin({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { role: 'admin', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ ...errorShape, current: { role: 'viewer', version: 2 } });
    const missing = await t.asAdmin({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { role: 'admin' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/version/);
  });

  it('names a bad field, and answers 404 for an unknown user', async () => {
    const user = await newCaller('editor');
    const bad = await t.asAdmin({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { role: 'superuser', version: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: { code: 'invalid_input', message: expect.stringMatching(/role/) },
    });
    const unknownField = await t.asAdmin({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { password: 'sneaky one', version: 1 },
    });
    expect(unknownField.statusCode).toBe(400);
    const unknown = await t.asAdmin({
      method: 'PATCH',
      url: '/api/users/USR-nobody',
      payload: { version: 1 },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual(errorShape);
  });

  it('lets only admins change users', async () => {
    const editor = await newCaller('editor');
    const target = await newCaller('viewer');
    const denied = await t.as(editor, {
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      payload: { role: 'admin', version: 1 },
    });
    expect(denied.statusCode).toBe(403);
    expect((await t.as(editor, { url: `/api/users/${target.id}` })).statusCode).toBe(403);
    expect((await t.asAdmin({ url: `/api/users/${target.id}` })).json()).toMatchObject({ version: 1 });
  });

  it('disables a user: their token and session stop working at once and they cannot sign in', async () => {
    const user = await newCaller('editor');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: user.username, password: `${user.username} pw!` },
    });
    const cookie = `debrief_session=${login.cookies.find((c) => c.name === 'debrief_session')?.value}`;
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.as(user, { url: '/api/me' })).statusCode).toBe(200);

    const disabled = await t.asAdmin({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { disabled: true, version: 1 },
    });
    expect(disabled.json()).toMatchObject({ disabled: true, version: 2 });
    expect((await t.as(user, { url: '/api/me' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: user.username, password: `${user.username} pw!` },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.message).toMatch(/disabled/);

    await t.asAdmin({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { disabled: false, version: 2 },
    });
    expect((await t.as(user, { url: '/api/me' })).statusCode).toBe(200);
  });

  it('refuses to demote or disable the last enabled admin with a 409 that says why', async () => {
    const admin = (await t.accounts.findUser('ada'))!;
    const demote = await t.asAdmin({
      method: 'PATCH',
      url: `/api/users/${admin.id}`,
      payload: { role: 'editor', version: await userVersion(admin.id) },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.message).toMatch(/last enabled admin/);
    const disable = await t.asAdmin({
      method: 'PATCH',
      url: `/api/users/${admin.id}`,
      payload: { disabled: true, version: await userVersion(admin.id) },
    });
    expect(disable.statusCode).toBe(409);
  });

  it('refuses a revoked token on another instance within its cache time, however busy the token is', async () => {
    const cacheMs = 300;
    const other = await buildServer({
      store: t.store,
      audit: t.audit,
      changes: t.changes,
      accounts: t.accounts,
      loginAttemptsPerMinute: 1_000,
      cacheMs,
    });
    try {
      const me = await newCaller('editor');
      const ask = () => other.inject({ url: '/api/me', headers: { authorization: `Bearer ${me.token}` } });
      expect((await ask()).statusCode).toBe(200); // the other instance now caches the token
      const [listed] = (await t.as(me, { url: '/api/tokens' })).json().tokens as Array<{ id: string }>;
      const revokedAt = Date.now();
      expect((await t.as(me, { method: 'DELETE', url: `/api/tokens/${listed?.id}` })).statusCode).toBe(204);
      // Keep using it on the other instance: each hit must not extend the cached entry.
      let status = 200;
      while (status === 200 && Date.now() - revokedAt < 10 * cacheMs) {
        status = (await ask()).statusCode;
        if (status === 200) await sleep(20);
      }
      expect(status).toBe(401);
      // A sliding expiry would keep it alive to the end of the loop; slack for a busy machine.
      expect(Date.now() - revokedAt).toBeLessThan(3 * cacheMs);
    } finally {
      await other.close();
    }
  });

  it('shows admins anyone’s tokens, and nobody else', async () => {
    const owner = await newCaller('editor');
    const admin = await newCaller('admin');
    const url = `/api/users/${owner.id}/tokens`;
    const listed = await t.as(admin, { url });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().tokens).toEqual([expect.objectContaining({ name: 'first', userId: owner.id })]);
    expect(JSON.stringify(listed.json())).not.toContain(owner.token);
    expect((await t.as(owner, { url })).statusCode).toBe(403);
    const unknown = await t.as(admin, { url: '/api/users/usr_nobody/tokens' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject(errorShape);
  });

  it('needs the CSRF header for revoking a token or changing a user from a browser session', async () => {
    const someone = await newCaller('editor');
    const [token] = (await t.as(someone, { url: '/api/tokens' })).json().tokens as Array<{ id: string }>;
    const noHeader = { cookie: t.admin.cookie };
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${token?.id}`,
      headers: noHeader,
    });
    const change = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${someone.id}`,
      headers: noHeader,
      payload: { role: 'viewer', version: await userVersion(someone.id) },
    });
    for (const refused of [revoke, change]) {
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toContain('x-csrf-token');
    }
    expect((await t.as(someone, { url: '/api/me' })).json().user.role).toBe('editor');
    const withHeader = await t.asAdmin({ method: 'DELETE', url: `/api/tokens/${token?.id}` });
    expect(withHeader.statusCode).toBe(204);
  });

  it('describes the new routes in the OpenAPI document', async () => {
    const doc = (await t.as(t.viewer, { url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths['/api/tokens'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(doc.paths['/api/tokens'].post.security).toEqual([{ session: [] }]);
    expect(doc.paths['/api/tokens'].post.responses['403'].description).toMatch(/People page/);
    expect(doc.paths['/api/tokens/{id}'].delete.responses).toHaveProperty('404');
    expect(doc.paths['/api/users/{id}'].patch.responses).toHaveProperty('409');
    expect(doc.components.schemas.UserPatch.properties).toHaveProperty('role');
    expect(doc.components.schemas.UserPatch.properties).toHaveProperty('disabled');
    expect(doc.components.schemas.ApiToken.required).toContain('lastUsedAt');
  });
});
