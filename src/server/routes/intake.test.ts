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
    expect(first.json()).toEqual({ added: 1, skipped: 0, incidentId, opened: false });
    expect((await deliver(firing)).json()).toMatchObject({ added: 0, skipped: 1 });
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
    expect((await deliver(resolved)).json()).toMatchObject({ added: 1, skipped: 1 });
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
    expect(noIncident.json().error.message).toBe(
      'expected ?incident=ID (the incident the alerts belong to) or ?open=draft, not both',
    );
  });

  describe('with open=draft', () => {
    const group = (key: string, alerts: object[], status = 'firing') => ({
      ...firing,
      status,
      groupKey: key,
      commonLabels: { alertname: 'HighErrorRate', service: 'checkout-api' },
      commonAnnotations: { summary: '5xx above 5% for 5 minutes' },
      alerts,
    });
    const pod = (name: string, fingerprint: string, ended?: string) => ({
      ...firing.alerts[0],
      labels: { ...firing.alerts[0]?.labels, pod: name },
      fingerprint,
      ...(ended ? { status: 'resolved', endsAt: ended } : {}),
    });
    const open = (payload: object, query = 'open=draft&severity=sev2') =>
      t.as(t.editor, { method: 'POST', url: `/api/intake/alertmanager?${query}`, payload });

    it('opens one draft per alert group, and the group’s later deliveries land on it', async () => {
      const key = `{}:{alertname="HighErrorRate",run="${Math.random()}"}`;
      const first = await open(group(key, [pod('pay-1', 'f1')]));
      expect(first.statusCode).toBe(200);
      const { incidentId: opened, ...counts } = first.json();
      expect(counts).toEqual({ added: 1, skipped: 0, opened: true });
      expect(await t.store.incidents.get(opened)).toMatchObject({
        title: 'HighErrorRate: 5xx above 5% for 5 minutes',
        severity: 'SEV2',
        status: 'draft',
        services: ['checkout-api'],
      });
      // The draft has the moments an imported webhook file would give it: detected when the alert fired.
      const { moments } = await t.store.incidents.get(opened);
      expect(moments.detected?.at).toBe('2026-03-04T14:03:00.000Z');
      // A second pod joins the group, then both resolve: same incident, two alerts, each fired and resolved.
      const second = await open(group(key, [pod('pay-1', 'f1'), pod('pay-2', 'f2')]));
      expect(second.json()).toEqual({ added: 1, skipped: 1, incidentId: opened, opened: false });
      // One pod resolved while the other fires: the incident is not resolved yet.
      await open(group(key, [pod('pay-1', 'f1', '2026-03-04T14:40:00Z'), pod('pay-2', 'f2')]));
      expect((await t.store.incidents.get(opened)).moments.resolved).toBeUndefined();
      const done = [pod('pay-1', 'f1', '2026-03-04T14:40:00Z'), pod('pay-2', 'f2', '2026-03-04T14:41:00Z')];
      expect((await open(group(key, done, 'resolved'))).json()).toMatchObject({
        added: 1,
        incidentId: opened,
      });
      expect((await t.store.incidents.get(opened)).moments.resolved?.at).toBe('2026-03-04T14:41:00.000Z');
      const kinds = (await t.store.timeline.list(opened)).map((event) => event.kind);
      expect(kinds).toEqual(['alert-fired', 'alert-fired', 'alert-resolved', 'alert-resolved']);

      // Another group opens its own incident, severity SEV3 unless set.
      const other = await open(group(`${key}-other`, [pod('db-0', 'f9')]), 'open=draft');
      expect(other.json().incidentId).not.toBe(opened);
      expect((await t.store.incidents.get(other.json().incidentId)).severity).toBe('SEV3');
    });

    it('refuses, naming no incident, a delivery whose group’s incident was restricted to others since', async () => {
      const key = `{}:{alertname="Secret",run="${Math.random()}"}`;
      const opened = (await open(group(key, [pod('pay-1', 's1')]))).json().incidentId as string;
      const incident = await t.store.incidents.get(opened);
      await t.store.incidents.update(
        opened,
        incident.version,
        { restricted: true, participants: [{ name: 'Sam Someone', role: 'incident-commander' }] },
        { actor: 'test' },
      );
      const refused = await open(group(key, [pod('pay-2', 's2')]));
      expect(refused.statusCode).toBe(403);
      expect(refused.body).not.toContain(opened);
      expect(refused.json().error.message).toContain('restricted to its participants');
      expect(await t.store.timeline.list(opened)).toHaveLength(1);
    });

    it('opens one incident when deliveries of a new group race', async () => {
      const key = `{}:{alertname="Race",run="${Math.random()}"}`;
      const answers = await Promise.all([1, 2, 3, 4].map(() => open(group(key, [pod('pay-1', 'r1')]))));
      expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);
      expect(new Set(answers.map((answer) => answer.json().incidentId)).size).toBe(1);
      expect(answers.filter((answer) => answer.json().opened)).toHaveLength(1);
    });

    it('opens a new incident when the group’s incident was deleted, and refuses a payload without a group key', async () => {
      const key = `{}:{alertname="Gone",run="${Math.random()}"}`;
      const first = (await open(group(key, [pod('pay-1', 'g1')]))).json().incidentId;
      const incident = await t.store.incidents.get(first);
      await t.store.incidents.delete(first, incident.version, { actor: 'test' });
      const again = (await open(group(key, [pod('pay-1', 'g1')]))).json();
      expect(again.opened).toBe(true);
      expect(again.incidentId).not.toBe(first);
      const keyless = await open({ ...group(key, [pod('pay-1', 'g1')]), groupKey: undefined });
      expect(keyless.statusCode).toBe(400);
      expect(keyless.json().error.message).toContain('groupKey');
      const empty = await open(group(`${key}-empty`, []));
      expect(empty.json()).toEqual({ added: 0, skipped: 0, incidentId: null, opened: false });
      const both = await open(group(key, []), `open=draft&incident=${incidentId}`);
      expect(both.statusCode).toBe(400);
    });
  });
});
