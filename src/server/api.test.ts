import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentPageSize } from '../domain/index.js';
import { startTestServer, type TestServer } from './test-support/test-server.js';
import { dialects } from './test-support/test-store.js';

const incident = { title: 'Checkout errors after deploy', severity: 'SEV2', services: ['checkout-api'] };

describe.each(dialects)('the API on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect, { jsonBodyLimit: 20_000 });
  });
  afterAll(async () => t?.close());

  it('answers /healthz and /readyz without a session but nothing under /api/', async () => {
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready', database: dialect });
    const denied = await t.app.inject({ url: '/api/incidents' });
    expect(denied.statusCode).toBe(401);
    expect(denied.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect((await t.app.inject({ url: '/metrics' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/openapi.json' })).statusCode).toBe(401);
  });

  it('rejects an unknown API token', async () => {
    const response = await t.as({ username: 'x', name: 'x', token: 'dbt_nope' }, { url: '/api/me' });
    expect(response.statusCode).toBe(401);
  });

  it('says setup is done and refuses a second setup', async () => {
    expect((await t.app.inject({ url: '/api/setup/status' })).json()).toEqual({ needsSetup: false });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { token: 'dbsetup_guess', username: 'eve', name: 'Eve', password: 'long password' },
    });
    expect(again.statusCode).toBe(403);
  });

  it('logs in with a password and sets an httpOnly SameSite session cookie', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: 'eli', password: 'not it at all' },
    });
    expect(wrong.statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: 'ELI', password: 'eli password' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ username: 'eli', role: 'editor' });
    const cookie = login.cookies.find((c) => c.name === 'debrief_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({
      url: '/api/me',
      headers: { cookie: `debrief_session=${cookie?.value}` },
    });
    expect(me.json()).toMatchObject({ user: { username: 'eli' }, csrfToken: login.json().csrfToken });
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/logout',
      headers: { cookie: `debrief_session=${cookie?.value}` },
    });
    expect(logout.statusCode).toBe(204);
    const after = await t.app.inject({
      url: '/api/me',
      headers: { cookie: `debrief_session=${cookie?.value}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('needs the CSRF header for writes made with a session cookie', async () => {
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: { cookie: t.admin.cookie },
      payload: incident,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.message).toMatch(/x-csrf-token/);
    const withHeader = await t.asAdmin({ method: 'POST', url: '/api/incidents', payload: incident });
    expect(withHeader.statusCode).toBe(201);
  });

  it('creates, reads and updates an incident, answering a stale version with 409 and the current record', async () => {
    const created = await t.as(t.editor, { method: 'POST', url: '/api/incidents', payload: incident });
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json();
    const read = await t.as(t.viewer, { url: `/api/incidents/${id}` });
    expect(read.json()).toMatchObject({
      incident: { id, title: incident.title, status: 'draft' },
      timeline: [],
      factors: [],
      actions: [],
      reviews: [],
      metrics: {},
    });
    const updated = await t.as(t.editor, {
      method: 'PATCH',
      url: `/api/incidents/${id}`,
      payload: { version, bluf: 'Checkout failed for 20 minutes.' },
    });
    expect(updated.json()).toMatchObject({ bluf: 'Checkout failed for 20 minutes.', version: version + 1 });
    const viaIfMatch = await t.as(t.editor, {
      method: 'PATCH',
      url: `/api/incidents/${id}`,
      headers: { 'if-match': `"${version + 1}"` },
      payload: { status: 'in-review' },
    });
    expect(viaIfMatch.json()).toMatchObject({ status: 'in-review', version: version + 2 });
    const stale = await t.as(t.editor, {
      method: 'PATCH',
      url: `/api/incidents/${id}`,
      payload: { version, title: 'Lost update' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'conflict' },
      current: { id, version: version + 2, title: incident.title },
    });
    const list = await t.as(t.viewer, { url: '/api/incidents?status=in-review&q=checkout' });
    expect(list.json().incidents.map((i: { id: string }) => i.id)).toContain(id);
    // A version is a whole number as read: not true, [3], 3e0 or If-Match: *.
    for (const [payload, headers, url] of [
      [{ version: true, title: 'x' }, {}, `/api/incidents/${id}`],
      [{ version: [version + 2], title: 'x' }, {}, `/api/incidents/${id}`],
      [{ title: 'x' }, {}, `/api/incidents/${id}?version=${version + 2}e0`],
      [{ title: 'x' }, { 'if-match': '*' }, `/api/incidents/${id}`],
    ] as const) {
      const odd = await t.as(t.editor, { method: 'PATCH', url, payload, headers });
      expect(odd.statusCode, JSON.stringify([payload, headers, url])).toBe(400);
      expect(odd.json().error.message).toMatch(/version|If-Match/);
    }
  });

  it('lists summaries by default and whole records with view=full', async () => {
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { ...incident, summary: 'A long write-up that a list does not need.' },
    });
    const id = created.json().id;
    const summaries = await t.as(t.viewer, { url: '/api/incidents?limit=200' });
    const summary = summaries.json().incidents.find((i: { id: string }) => i.id === id);
    expect(Object.keys(summary).sort()).toEqual(
      [
        'createdAt',
        'id',
        'openActions',
        'restricted',
        'services',
        'severity',
        'status',
        'title',
        'updatedAt',
        'version',
      ].sort(),
    );
    const full = await t.as(t.viewer, { url: '/api/incidents?limit=200&view=full' });
    expect(full.json().incidents.find((i: { id: string }) => i.id === id)).toEqual(created.json());
    for (let i = 0; i < 26; i++)
      await t.store.incidents.create({ title: `Paged ${i}`, severity: 'SEV4' }, { actor: 'tests' });
    const firstPage = (await t.as(t.viewer, { url: '/api/incidents' })).json();
    expect(firstPage.total).toBeGreaterThan(26);
    expect(firstPage.incidents).toHaveLength(incidentPageSize);
    const wrong = await t.as(t.viewer, { url: '/api/incidents?view=everything' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('view');
  });

  it('records the user of every change in the audit log', async () => {
    const created = await t.as(t.editor, { method: 'POST', url: '/api/incidents', payload: incident });
    const audit = await t.audit.list({ incidentId: created.json().id });
    expect(audit.map((entry) => entry.actor)).toEqual(['eli']);
  });

  it('answers invalid bodies with 400 naming the field path', async () => {
    const bad = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { ...incident, participants: [{ name: 'Ana', role: 'hero' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('participants[0].role'),
    });
    const malformed = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('invalid_input');
    expect(malformed.body).not.toMatch(/at .*\.js/);
  });

  it('takes a severity in any case, storing and filtering by the canonical one', async () => {
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { ...incident, severity: 'sev4' },
    });
    expect(created.json().severity).toBe('SEV4');
    const listed = await t.as(t.viewer, { url: '/api/incidents?severity=sev4' });
    expect(listed.json().incidents.map((i: { id: string }) => i.id)).toContain(created.json().id);
    const bad = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { ...incident, severity: 'sev9' },
    });
    expect(bad.json().error.message).toBe(
      'invalid incident: severity: expected one of SEV1, SEV2, SEV3, SEV4, got "SEV9"',
    );
  });

  it('refuses the same participant twice, as the CLI does', async () => {
    const bad = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: {
        ...incident,
        participants: [
          { name: 'Ama Owusu', role: 'responder' },
          { name: 'ama owusu', role: 'scribe' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('participants[1].name: ama owusu is listed twice');
  });

  it('answers a NUL character and an endless search with 400 naming the field, never 500', async () => {
    const nul = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { ...incident, title: 'a\u0000b' },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.message).toMatch(/title: expected text without NUL/);
    const search = await t.as(t.viewer, { url: '/api/incidents?q=a%00b' });
    expect(search.statusCode).toBe(400);
    const long = await t.as(t.viewer, { url: `/api/incidents?q=${'word '.repeat(1_000)}` });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toMatch(/q: expected at most 500 characters/);
  });

  it('answers NUL in a path id, half a surrogate pair and a boundary too long with 4xx, never 500', async () => {
    const created = await t.as(t.editor, { method: 'POST', url: '/api/incidents', payload: incident });
    const id = created.json().id as string;
    const paths = [
      { url: '/api/incidents/INC-%00' },
      { url: '/api/incidents/INC-%00/report' },
      { url: '/api/events/EVT-%00' },
      { url: '/api/users/%00' },
      { method: 'DELETE' as const, url: '/api/incidents/INC-%00?version=1' },
      { method: 'DELETE' as const, url: '/api/tokens/%00' },
    ];
    for (const request of paths) {
      const answer = await t.asAdmin(request);
      expect([400, 404], `${request.method ?? 'GET'} ${request.url}: ${answer.body}`).toContain(
        answer.statusCode,
      );
    }
    const surrogate = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      headers: { 'content-type': 'application/json' },
      payload: '{"title":"x\\ud800y","severity":"SEV3"}',
    });
    expect(surrogate.statusCode).toBe(400);
    expect(surrogate.json().error.message).toMatch(/title: expected valid Unicode text/);
    const owner = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${id}/actions`,
      headers: { 'content-type': 'application/json' },
      payload: '{"title":"Fix","owner":"o\\udc00"}',
    });
    expect(owner.statusCode).toBe(400);
    const boundary = 'B'.repeat(400);
    const upload = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${id}/evidence`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.log"\r\n\r\nx\r\n--${boundary}--\r\n`,
    });
    expect(upload.statusCode).toBe(400);
    expect(upload.json().error.message).toContain('boundary');
  });

  it('answers a wrong content type with 415 and a body over the limit with 413', async () => {
    const text = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      headers: { 'content-type': 'text/plain' },
      payload: 'title=x',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('unsupported_media_type');
    const big = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { ...incident, summary: 'x'.repeat(30_000) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toEqual({
      code: 'too_large',
      message: 'the request body is larger than this server takes (0 MiB)',
    });
    // Broken JSON says where; a key that would reach a prototype is named.
    const broken = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": "x",}',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toMatch(/^the body is not valid JSON: .*position 14/);
    for (const body of [
      '{"__proto__": {"role": "admin"}, "title": "x", "severity": "SEV1"}',
      '{"title": "x", "severity": "SEV1", "a": {"constructor": {"prototype": {}}}}',
    ]) {
      const poisoned = await t.as(t.editor, {
        method: 'POST',
        url: '/api/incidents',
        headers: { 'content-type': 'application/json' },
        payload: body,
      });
      expect(poisoned.statusCode).toBe(400);
      expect(poisoned.json().error.message).toMatch(
        /^the key "(__proto__|constructor)" is not accepted in a JSON body/,
      );
    }
  });

  it('answers unknown ids and routes with 404', async () => {
    const missing = await t.as(t.viewer, { url: '/api/incidents/INC-NOPE' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    expect((await t.as(t.viewer, { url: '/api/nothing-here' })).statusCode).toBe(404);
    const patch = await t.as(t.editor, {
      method: 'PATCH',
      url: '/api/actions/ACT-NOPE',
      payload: { version: 1 },
    });
    expect(patch.statusCode).toBe(404);
  });

  it('lets a viewer read but not write', async () => {
    const write = await t.as(t.viewer, { method: 'POST', url: '/api/incidents', payload: incident });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('forbidden');
    expect((await t.as(t.viewer, { url: '/api/incidents' })).statusCode).toBe(200);
    expect((await t.as(t.viewer, { url: '/api/users' })).statusCode).toBe(403);
  });

  it('shows a restricted incident only to its participants and admins', async () => {
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: {
        ...incident,
        title: 'Restricted: credential leak',
        restricted: true,
        participants: [{ name: 'eli', role: 'responder' }],
      },
    });
    const { id } = created.json();
    expect((await t.as(t.editor, { url: `/api/incidents/${id}` })).statusCode).toBe(200);
    expect((await t.asAdmin({ url: `/api/incidents/${id}` })).statusCode).toBe(200);
    expect((await t.as(t.viewer, { url: `/api/incidents/${id}` })).statusCode).toBe(404);
    const list = await t.as(t.viewer, { url: '/api/incidents?limit=200' });
    expect(list.json().incidents.map((i: { id: string }) => i.id)).not.toContain(id);
    const adminList = await t.asAdmin({ url: '/api/incidents?limit=200' });
    expect(adminList.json().incidents.map((i: { id: string }) => i.id)).toContain(id);
    expect(adminList.json().total).toBe(list.json().total + 1);
    // The other way round: a member's cached page is never served to a non-member asking the same thing.
    const url = '/api/incidents?q=credential';
    const member = await t.as(t.editor, { url });
    expect(member.json().incidents.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await t.as(t.viewer, { url })).json()).toEqual({ incidents: [], total: 0 });
  });

  it('adds, updates and deletes timeline events, factors, actions and reviews', async () => {
    const { id } = (
      await t.as(t.editor, { method: 'POST', url: '/api/incidents', payload: incident })
    ).json();
    const add = (segment: string, payload: object) =>
      t.as(t.editor, { method: 'POST', url: `/api/incidents/${id}/${segment}`, payload });
    const event = await add('events', {
      at: '2026-03-04T14:02:11+01:00',
      kind: 'deploy',
      summary: 'Deployed v2',
    });
    expect(event.statusCode).toBe(201);
    expect(event.json()).toMatchObject({ at: '2026-03-04T13:02:11.000Z', incidentId: id, version: 1 });
    // Deleting an event says which key moments it founded, now unset.
    const page = (await add('events', { at: '2026-03-04T14:05:00Z', kind: 'page', summary: 'Paged' })).json();
    const unset = await t.as(t.editor, { method: 'DELETE', url: `/api/events/${page.id}?version=1` });
    expect([unset.statusCode, unset.json()]).toEqual([200, { clearedMoments: ['detected'] }]);
    const factor = (await add('factors', { title: 'No canary stage', category: 'deploy-release' })).json();
    const orphan = await add('actions', { title: 'Add a canary', factorId: 'FAC-NONE' });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().error.message).toMatch(/factorId/);
    const action = await add('actions', {
      title: 'Add a canary',
      owner: 'Eli',
      dueDate: '2026-01-02',
      factorId: factor.id,
    });
    expect(action.statusCode).toBe(201);
    const review = await add('reviews', { scheduledAt: '2026-03-06T15:00:00Z' });
    expect(review.json()).toMatchObject({ durationMinutes: 90, kind: 'review' }); // a SEV2 review's whole agenda

    const actionId = action.json().id;
    const dropped = await t.as(t.editor, {
      method: 'PATCH',
      url: `/api/actions/${actionId}`,
      payload: { version: 1, status: 'dropped' },
    });
    expect(dropped.statusCode).toBe(400);
    expect(dropped.json().error.message).toMatch(/droppedReason/);
    const overdue = await t.as(t.viewer, { url: '/api/actions?overdue=true' });
    expect(overdue.json().actions.map((a: { id: string }) => a.id)).toContain(actionId);
    const done = await t.as(t.editor, {
      method: 'PATCH',
      url: `/api/actions/${actionId}`,
      payload: { version: 1, status: 'done' },
    });
    expect(done.json()).toMatchObject({ status: 'done', version: 2 });
    const staleDelete = await t.as(t.editor, { method: 'DELETE', url: `/api/actions/${actionId}?version=1` });
    expect(staleDelete.statusCode).toBe(409);
    expect(staleDelete.json().current).toMatchObject({ id: actionId, version: 2 });
    expect(
      (await t.as(t.editor, { method: 'DELETE', url: `/api/actions/${actionId}?version=2` })).statusCode,
    ).toBe(204);
    const whole = (await t.as(t.viewer, { url: `/api/incidents/${id}` })).json();
    expect([whole.timeline.length, whole.factors.length, whole.actions.length, whole.reviews.length]).toEqual(
      [1, 1, 0, 1],
    );
  });

  it('saves accepted draft events once and sets the moments', async () => {
    const { id } = (
      await t.as(t.editor, { method: 'POST', url: '/api/incidents', payload: incident })
    ).json();
    const payload = {
      events: [
        { at: '2026-03-04T14:00:00Z', kind: 'log-spike', summary: 'Error spike', fingerprint: 'f1' },
        { at: '2026-03-04T14:05:00Z', kind: 'alert-fired', summary: 'Alert fired', fingerprint: 'f2' },
      ],
      moments: { impactStart: { at: '2026-03-04T14:00:00Z' }, detected: { at: '2026-03-04T14:05:00Z' } },
    };
    const first = await t.as(t.editor, { method: 'POST', url: `/api/incidents/${id}/events/bulk`, payload });
    expect(first.json()).toMatchObject({
      skipped: 0,
      incident: { moments: { detected: { at: '2026-03-04T14:05:00.000Z' } } },
    });
    expect(first.json().added).toHaveLength(2);
    const again = await t.as(t.editor, { method: 'POST', url: `/api/incidents/${id}/events/bulk`, payload });
    expect(again.json()).toMatchObject({ added: [], skipped: 2, differing: [] });
    // The same file read in another zone: its stored events are kept, and the ones whose time differs are named.
    const shifted = {
      events: payload.events.map((e) => ({
        ...e,
        at: e.at.replace('T14', 'T13'),
        origins: [{ file: 'app.log', line: 1 }],
      })),
    };
    const moved = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${id}/events/bulk`,
      payload: shifted,
    });
    expect(moved.json()).toMatchObject({ added: [], skipped: 2, differing: [{ file: 'app.log' }] });
    expect(moved.json().differing[0].ids).toHaveLength(2);
    const read = (await t.as(t.viewer, { url: `/api/incidents/${id}` })).json();
    expect(read.metrics).toEqual({ timeToDetect: 300_000 });
  });

  it('keeps a <script> in a title inert in JSON responses and sends a strict CSP', async () => {
    const title = '<script>alert(1)</script>';
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { ...incident, title },
    });
    const read = await t.as(t.viewer, { url: `/api/incidents/${created.json().id}` });
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.headers['x-content-type-options']).toBe('nosniff');
    expect(read.body).not.toContain('<script>');
    expect(read.json().incident.title).toBe(title);
    const csp = String(read.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('lets admins list and create users and anyone signed in create an API token, but not with a token', async () => {
    const created = await t.asAdmin({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'newbie', name: 'New Bie', password: 'fresh start 2026', role: 'viewer' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).not.toHaveProperty('password_hash');
    const audit = await t.audit.list({ limit: 20 });
    expect(
      audit.find((entry) => entry.entity === 'user' && entry.entityId === created.json().id),
    ).toMatchObject({
      actor: 'ada',
      action: 'create',
      changes: { username: 'newbie', role: 'viewer' },
    });
    expect(JSON.stringify(audit)).not.toMatch(/scrypt\$|fresh start 2026/);
    const users = (await t.asAdmin({ url: '/api/users' }))
      .json()
      .users.map((u: { username: string }) => u.username);
    expect(users).toEqual(expect.arrayContaining(['ada', 'eli', 'vera', 'newbie']));
    const minted = await t.as(t.viewer, { method: 'POST', url: '/api/tokens', payload: { name: 'ci' } });
    expect(minted.statusCode).toBe(403);
    expect(minted.json().error).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/People page/),
    });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: 'vera', password: 'vera password' },
    });
    const cookie = `debrief_session=${login.cookies.find((c) => c.name === 'debrief_session')?.value}`;
    const token = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie, 'x-csrf-token': login.json().csrfToken },
      payload: { name: 'ci' },
    });
    expect(token.statusCode).toBe(201);
    const me = await t.as({ ...t.viewer, token: token.json().token }, { url: '/api/me' });
    expect(me.json().user).toMatchObject({ username: 'vera', role: 'viewer' });
  });

  it('serves Prometheus metrics and the OpenAPI document', async () => {
    await t.as(t.viewer, { url: '/api/incidents' });
    const metrics = await t.asAdmin({ url: '/metrics' });
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.body).toMatch(
      /debrief_http_request_duration_seconds_count\{method="GET",route="\/api\/incidents",status="2xx"\} \d+/,
    );
    expect(metrics.body).toMatch(/debrief_incidents\{status="draft"\} [1-9]/);
    expect(metrics.body).toMatch(/debrief_actions_overdue \d+/);
    const doc = (await t.as(t.viewer, { url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.schemas.IncidentFields.properties.severity.enum).toEqual([
      'SEV1',
      'SEV2',
      'SEV3',
      'SEV4',
    ]);
    expect(Object.keys(doc.paths)).toContain('/api/incidents/{id}');
  });
});
