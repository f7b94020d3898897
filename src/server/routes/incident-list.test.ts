import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

describe.each(dialects)('the incident list on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  async function create(payload: object): Promise<string> {
    const created = await t.as(t.editor, { method: 'POST', url: '/api/incidents', payload });
    expect(created.statusCode).toBe(201);
    return created.json().id;
  }

  async function row(id: string) {
    const page = await t.as(t.viewer, { url: '/api/incidents?limit=200' });
    expect(page.statusCode).toBe(200);
    return page.json().incidents.find((incident: { id: string }) => incident.id === id);
  }

  it('shows when each incident began, its owner, the next review booked and its open actions', async () => {
    const id = await create({
      title: 'Checkout errors after the config push',
      severity: 'SEV2',
      moments: { impactStart: { at: '2026-03-04T09:12:00Z' }, detected: { at: '2026-03-04T09:20:00Z' } },
      participants: [
        { name: 'Ana Lima', role: 'responder' },
        { name: 'Kofi Mensah', role: 'incident-commander' },
        { name: 'Mei-Ling Chen', role: 'facilitator' },
      ],
    });
    const base = `/api/incidents/${id}`;
    for (const [title, status] of [
      ['Alert on config drift', 'open'],
      ['Canary the config push', 'in-progress'],
      ['Write the runbook', 'done'],
    ]) {
      const added = await t.as(t.editor, {
        method: 'POST',
        url: `${base}/actions`,
        payload: { title, status },
      });
      expect(added.statusCode).toBe(201);
    }
    for (const [kind, scheduledAt, endedAt] of [
      ['review', '2026-03-06T14:00:00Z', '2026-03-06T15:00:00Z'],
      ['follow-up', '2026-03-27T14:00:00Z', undefined],
      ['follow-up', '2026-03-20T14:00:00Z', undefined],
    ]) {
      const booked = await t.as(t.editor, {
        method: 'POST',
        url: `${base}/reviews`,
        payload: { kind, scheduledAt, ...(endedAt && { endedAt }) },
      });
      expect(booked.statusCode).toBe(201);
    }
    const listed = await row(id);
    expect(listed).toMatchObject({
      startedAt: '2026-03-04T09:12:00.000Z',
      owner: { name: 'Mei-Ling Chen', role: 'facilitator' },
      nextReview: { kind: 'follow-up', scheduledAt: '2026-03-20T14:00:00.000Z' },
      openActions: 2,
    });
    // The summary stays a summary: no participants, timeline or impact in the list.
    expect(listed.participants).toBeUndefined();
  });

  it('leaves out what is not known yet, and counts no actions as zero', async () => {
    const id = await create({ title: 'A fresh incident', severity: 'SEV4' });
    const listed = await row(id);
    expect(listed.openActions).toBe(0);
    expect(listed).not.toHaveProperty('startedAt');
    expect(listed).not.toHaveProperty('owner');
    expect(listed).not.toHaveProperty('nextReview');
  });

  it('sees an action closed by a later write, not the page it cached before', async () => {
    const id = await create({ title: 'Cache and counts', severity: 'SEV3' });
    const added = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${id}/actions`,
      payload: { title: 'Add a rate limit' },
    });
    expect((await row(id)).openActions).toBe(1);
    const action = added.json();
    const done = await t.as(t.editor, {
      method: 'PATCH',
      url: `/api/actions/${action.id}`,
      payload: { version: action.version, status: 'done' },
    });
    expect(done.statusCode).toBe(200);
    expect((await row(id)).openActions).toBe(0);
  });
});
