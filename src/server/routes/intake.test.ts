import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

const firing = {
  version: '4',
  status: 'firing',
  receiver: 'debrief',
  groupKey: '{}:{alertname="HighErrorRate"}',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'HighErrorRate', severity: 'critical', service: 'checkout-api' },
      annotations: { summary: '5xx above 5% for 5 minutes' },
      startsAt: '2026-03-04T14:03:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      fingerprint: 'a1b2c3d4e5f60718',
    },
  ],
};

const resolved = {
  ...firing,
  status: 'resolved',
  alerts: [{ ...firing.alerts[0], status: 'resolved', endsAt: '2026-03-04T14:41:00Z' }],
};

describe.each(dialects)('the Alertmanager intake on %s', (dialect) => {
  let t: TestServer;
  let incidentId: string;
  beforeAll(async () => {
    t = await startTestServer(dialect);
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { title: 'Checkout errors', severity: 'SEV2' },
    });
    incidentId = created.json().id;
  });
  afterAll(async () => t?.close());

  const deliver = (payload: object, who = t.editor, incident = incidentId) =>
    t.as(who, { method: 'POST', url: `/api/intake/alertmanager?incident=${incident}`, payload });

  it('adds an alert-fired event, and nothing more when the same webhook is delivered again', async () => {
    const first = await deliver(firing);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ added: 1, skipped: 0 });
    expect((await deliver(firing)).json()).toEqual({ added: 0, skipped: 1 });
    const timeline = await t.store.timeline.list(incidentId);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({
      at: '2026-03-04T14:03:00.000Z',
      kind: 'alert-fired',
      severity: 'critical',
      service: 'checkout-api',
      source: 'alertmanager',
      summary: 'Alert HighErrorRate firing: 5xx above 5% for 5 minutes',
    });
  });

  it('adds the alert-resolved event when the alert resolves, keeping the fired one once', async () => {
    expect((await deliver(resolved)).json()).toEqual({ added: 1, skipped: 1 });
    const kinds = (await t.store.timeline.list(incidentId)).map((event) => [event.kind, event.at]);
    expect(kinds).toEqual([
      ['alert-fired', '2026-03-04T14:03:00.000Z'],
      ['alert-resolved', '2026-03-04T14:41:00.000Z'],
    ]);
  });

  it('answers 400 naming the field of a malformed payload and stores nothing', async () => {
    const before = (await t.store.timeline.list(incidentId)).length;
    const bad = await deliver({ ...firing, alerts: [{ ...firing.alerts[0], startsAt: 'yesterday' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/alerts\[0\]\.startsAt/);
    const noEnd = await deliver({ ...resolved, alerts: [{ ...resolved.alerts[0], endsAt: undefined }] });
    expect(noEnd.json().error.message).toMatch(/alerts\[0\]\.endsAt/);
    expect((await deliver({ ...firing, version: '3' })).json().error.message).toMatch(/version/);
    expect((await t.store.timeline.list(incidentId)).length).toBe(before);
  });

  it('needs an editor token and an incident the caller can see', async () => {
    expect((await deliver(firing, t.viewer)).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/intake/alertmanager?incident=${incidentId}`,
      payload: firing,
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await deliver(firing, t.editor, 'inc_missing')).statusCode).toBe(404);
    const noIncident = await t.as(t.editor, {
      method: 'POST',
      url: '/api/intake/alertmanager',
      payload: firing,
    });
    expect(noIncident.statusCode).toBe(400);
    expect(noIncident.json().error.message).toMatch(/incident/);
  });
});
