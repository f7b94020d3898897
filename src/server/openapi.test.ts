import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEvidence } from './demo/demo-evidence.js';
import { openApiPath } from './openapi.js';
import { multipart, multipartHeaders } from './test-support/multipart.js';
import { type ResponseChecker, responseChecker } from './test-support/openapi-validator.js';
import { type Caller, startTestServer, type TestServer } from './test-support/test-server.js';
import { dialects } from './test-support/test-store.js';

type Operation = { 'x-access'?: string; responses: Record<string, unknown> };
type Document = { paths: Record<string, Record<string, Operation>> } & Record<string, unknown>;

describe('the OpenAPI document', () => {
  let t: TestServer;
  let doc: Document & {
    components: { schemas: Record<string, { properties: object; description?: string }> };
  };
  beforeAll(async () => {
    t = await startTestServer('sqlite');
    doc = (await t.as(t.viewer, { url: '/api/openapi.json' })).json();
  });
  afterAll(async () => t?.close());

  it('documents every route the server registered, with its method, path and access rule', () => {
    const routes = t.app.routeContracts.routes().filter((route) => route.method !== 'HEAD');
    const api = routes.filter((route) => route.url.startsWith('/api/'));
    expect(api.length).toBeGreaterThan(40);
    for (const route of routes) {
      if (!route.url.startsWith('/api/') && !['/healthz', '/readyz', '/metrics'].includes(route.url))
        continue;
      const operation = doc.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      expect(operation?.['x-access'], `${route.method} ${route.url}`).toBe(route.access);
    }
  });

  it('lists no operation the server does not serve', () => {
    const served = new Set(
      t.app.routeContracts.routes().map((route) => `${route.method} ${openApiPath(route.url)}`),
    );
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations)) {
        expect(served.has(`${method.toUpperCase()} ${path}`), `${method} ${path}`).toBe(true);
      }
    }
  });

  it('declares who may call each operation, and an error shape for every error', () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(['public', 'user', 'editor', 'admin'], `${method} ${path}`).toContain(operation['x-access']);
        if (operation['x-access'] !== 'public') expect(operation.responses).toHaveProperty('401');
      }
    }
  });

  it('puts no default in a change: a field left out of a PATCH keeps its value', () => {
    const patch = doc.components.schemas.IncidentPatch;
    const fields = Object.entries((patch?.properties ?? {}) as Record<string, object>);
    expect(fields.length).toBeGreaterThan(5);
    for (const [name, field] of fields) expect(field, name).not.toHaveProperty('default');
    expect(patch?.description).toContain('sent whole');
    expect(JSON.stringify(doc.components.schemas)).toContain('"default"');
  });

  it('is read by ajv as JSON Schema 2020-12, references included', () => {
    expect(() => responseChecker(doc)).not.toThrow();
  });
});

describe.each(dialects)('responses match the OpenAPI document on %s', (dialect) => {
  let t: TestServer;
  let checker: ResponseChecker;
  beforeAll(async () => {
    t = await startTestServer(dialect);
    checker = responseChecker((await t.as(t.viewer, { url: '/api/openapi.json' })).json());
  });
  afterAll(async () => t?.close());

  /** Sends a request and checks the answer against the document; returns the parsed body. */
  async function call(who: Caller | 'admin', options: InjectOptions, status: number) {
    const response: LightMyRequestResponse =
      who === 'admin' ? await t.asAdmin(options) : await t.as(who, options);
    expect(response.statusCode, response.body).toBe(status);
    const body = response.body === '' ? undefined : response.json();
    const method = options.method ?? 'GET';
    expect(checker.problems(method, String(options.url), status, body)).toEqual([]);
    return body;
  }

  it('incidents, their records, documents and lists', async () => {
    const incident = await call(
      t.editor,
      { method: 'POST', url: '/api/incidents', payload: { title: 'Checkout errors', severity: 'SEV2' } },
      201,
    );
    const url = `/api/incidents/${incident.id}`;
    const event = await call(
      t.editor,
      { method: 'POST', url: `${url}/events`, payload: { at: '2026-03-04T14:02:00Z', summary: 'Deploy 42' } },
      201,
    );
    const factor = await call(
      t.editor,
      {
        method: 'POST',
        url: `${url}/factors`,
        payload: { title: 'No canary for config', category: 'deploy-release' },
      },
      201,
    );
    await call(
      t.editor,
      { method: 'POST', url: `${url}/actions`, payload: { title: 'Add a canary', factorId: factor.id } },
      201,
    );
    await call(
      t.editor,
      { method: 'POST', url: `${url}/reviews`, payload: { scheduledAt: '2026-03-06T10:00:00Z' } },
      201,
    );
    await call(t.viewer, { url: `/api/events/${event.id}` }, 200);
    await call(
      t.editor,
      {
        method: 'PATCH',
        url: `/api/events/${event.id}`,
        payload: { summary: 'Deploy 43', version: event.version },
      },
      200,
    );
    // Every record added moved the incident's version on: the first one is stale now.
    await call(t.editor, { method: 'PATCH', url, payload: { bluf: 'late', version: incident.version } }, 409);
    const view = await call(t.viewer, { url }, 200);
    const patched = await call(
      t.editor,
      { method: 'PATCH', url, payload: { summary: 'Config push', version: view.incident.version } },
      200,
    );
    await call(t.viewer, { url: '/api/incidents' }, 200);
    await call(t.viewer, { url: '/api/incidents?view=full&limit=5' }, 200);
    await call(t.viewer, { url: '/api/incidents?limit=0' }, 400);
    await call(t.viewer, { url: '/api/actions?status=open' }, 200);
    const document = await call(t.viewer, { url: `${url}/document` }, 200);
    await call(
      t.editor,
      {
        method: 'PUT',
        url: `${url}/document`,
        headers: { 'if-match': String(patched.version) },
        payload: document,
      },
      200,
    );
    await call(t.viewer, { url: '/api/incidents/INC-NOPE' }, 404);
    await call(t.viewer, { method: 'DELETE', url: `${url}?version=1` }, 403);
  });

  it('evidence drafts, bulk events, intake and lint', async () => {
    const incident = await call(
      t.editor,
      { method: 'POST', url: '/api/incidents', payload: { title: 'Payments down', severity: 'SEV1' } },
      201,
    );
    const url = `/api/incidents/${incident.id}`;
    const files = demoEvidence(Date.UTC(2026, 2, 4, 14));
    const upload = {
      'alerts.json': files['alertmanager-firing.json'] ?? '',
      'gitops.log': files['gitops-checkout.log'] ?? '',
    };
    const draft = await call(
      t.editor,
      { method: 'POST', url: `${url}/evidence`, headers: multipartHeaders, payload: multipart(upload) },
      200,
    );
    await call(
      t.editor,
      {
        method: 'POST',
        url: `${url}/events/bulk`,
        payload: { events: draft.events, moments: draft.moments },
      },
      200,
    );
    await call(
      t.editor,
      {
        method: 'POST',
        url: `/api/intake/alertmanager?incident=${incident.id}`,
        payload: { version: '4', status: 'firing', alerts: [] },
      },
      200,
    );
    await call(t.viewer, { method: 'POST', url: '/api/lint', payload: { text: 'Bob broke prod.' } }, 200);
  });

  it('sessions, users and tokens', async () => {
    await call(t.viewer, { url: '/api/me' }, 200);
    await call('admin', { url: '/api/me' }, 200);
    const users = await call('admin', { url: '/api/users' }, 200);
    const vera = users.users.find((user: { username: string }) => user.username === 'vera');
    await call('admin', { url: `/api/users/${vera.id}` }, 200);
    await call(
      'admin',
      { method: 'PATCH', url: `/api/users/${vera.id}`, payload: { role: 'viewer', version: vera.version } },
      200,
    );
    await call(
      'admin',
      {
        method: 'POST',
        url: '/api/users',
        payload: { username: 'sam', name: 'Sam', password: 'a long password' },
      },
      201,
    );
    const token = await call('admin', { method: 'POST', url: '/api/tokens', payload: { name: 'ci' } }, 201);
    await call('admin', { url: '/api/tokens' }, 200);
    await call('admin', { url: `/api/users/${vera.id}/tokens` }, 200);
    await call('admin', { method: 'DELETE', url: `/api/tokens/${token.id}` }, 204);
    await call(t.viewer, { url: '/api/users' }, 403);
    await call(t.editor, { method: 'POST', url: '/api/tokens', payload: {} }, 403);
    const status = await t.app.inject({ url: '/api/setup/status' });
    expect(checker.problems('GET', '/api/setup/status', 200, status.json())).toEqual([]);
    const anonymous = await t.app.inject({ url: '/api/me' });
    expect(checker.problems('GET', '/api/me', 401, anonymous.json())).toEqual([]);
    const health = await t.app.inject({ url: '/readyz' });
    expect(checker.problems('GET', '/readyz', 200, health.json())).toEqual([]);
  });
});
