import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const document = {
  id: 'inc-remote-1',
  title: 'Search latency after index rebuild',
  severity: 'SEV3',
  timeline: [
    { id: 'ev-1', at: '2026-03-04T10:00:00Z', summary: 'p99 latency alert fired', kind: 'alert-fired' },
  ],
  actions: [{ id: 'act-1', title: 'Throttle index rebuilds', owner: 'search team' }],
};

describe('whole documents and single records over the API', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('sqlite');
  });
  afterAll(async () => t?.close());

  it('creates an incident from a document under its id, then replaces it', async () => {
    const url = `/api/incidents/${document.id}/document`;
    const created = await t.as(t.editor, { method: 'PUT', url, payload: document });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ created: true, incident: { id: document.id, version: 1 } });
    // An import: the moment the document leaves unset comes from its timeline, linked to the event.
    expect(created.json().momentsFromTimeline).toEqual(['detected']);
    expect(created.json().unknownFields).toEqual([]);
    expect(created.json().incident.moments).toEqual({
      detected: {
        at: '2026-03-04T10:00:00.000Z',
        eventId: 'ev-1',
        reason: 'alert-fired event: p99 latency alert fired',
      },
    });
    // Replacing needs the version read, or `*` to replace whatever is there; without either, nothing changes.
    const blind = await t.as(t.editor, {
      method: 'PUT',
      url,
      payload: { title: 'Overwritten', severity: 'SEV3' },
    });
    expect(blind.statusCode).toBe(400);
    expect(blind.json().error.message).toContain('If-Match: incident');
    expect((await t.as(t.viewer, { url })).json()).toMatchObject({ title: document.title });
    const replaced = await t.as(t.editor, {
      method: 'PUT',
      url,
      payload: { ...document, title: 'Search latency after a full index rebuild' },
      headers: { 'if-match': '"1"' },
    });
    expect(replaced.statusCode).toBe(200);
    // A document read and saved with its version is an edit: the moment its author removed stays removed.
    expect(replaced.json().incident.moments).toEqual({});
    expect(replaced.json().momentsFromTimeline).toBeUndefined();
    const anyway = await t.as(t.editor, {
      method: 'PUT',
      url,
      payload: { ...document, title: 'Search latency after a full index rebuild', severty: 'SEV1' },
      headers: { 'if-match': '*' },
    });
    expect(anyway.statusCode).toBe(200);
    // An import over the API names the fields it left out, as the CLI does (one home, importDocument).
    expect(anyway.json().unknownFields).toEqual(['severty (did you mean severity?)']);
    expect(replaced.json().created).toBe(false);
    const loaded = await t.as(t.viewer, { url });
    expect(loaded.json()).toMatchObject({
      id: document.id,
      title: 'Search latency after a full index rebuild',
      timeline: [{ id: 'ev-1', at: '2026-03-04T10:00:00.000Z' }],
      actions: [{ id: 'act-1', owner: 'search team' }],
    });
  });

  it('refuses a stale If-Match with 409, a mismatched id with 400, and a viewer with 403', async () => {
    const url = `/api/incidents/${document.id}/document`;
    const stale = await t.as(t.editor, {
      method: 'PUT',
      url,
      payload: document,
      headers: { 'if-match': '1' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: document.id });
    const other = await t.as(t.editor, {
      method: 'PUT',
      url,
      payload: { ...document, id: 'inc-other' },
      headers: { 'if-match': '*' },
    });
    expect(other.statusCode).toBe(400);
    expect((await t.as(t.viewer, { method: 'PUT', url, payload: document })).statusCode).toBe(403);
  });

  it('reads one action by id with its version, and 404 for an unknown one', async () => {
    const action = await t.as(t.viewer, { url: '/api/actions/act-1' });
    expect(action.statusCode).toBe(200);
    expect(action.json()).toMatchObject({
      id: 'act-1',
      incidentId: document.id,
      version: expect.any(Number),
    });
    expect((await t.as(t.viewer, { url: '/api/events/ev-missing' })).statusCode).toBe(404);
  });

  it('lists the document, record and intake routes in the OpenAPI document', async () => {
    const doc = (await t.as(t.viewer, { url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths['/api/incidents/{id}/document'])).toEqual(['get', 'put']);
    expect(doc.paths['/api/actions/{recordId}'].get).toBeDefined();
    expect(doc.components.schemas.AlertmanagerPayload.required).toContain('alerts');
  });
});
