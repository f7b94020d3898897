import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

// Insights through the API count only what the caller may see.
describe.each(dialects)('GET /api/insights on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  it('counts per month and names repeats among the incidents the caller may see, nothing of a hidden one', async () => {
    const ctx = { actor: 'tests' };
    const moments = (at: string) => ({ impactStart: { at }, detected: { at } });
    const first = await t.store.incidents.create(
      {
        title: 'Checkout 503s',
        severity: 'SEV1',
        services: ['checkout'],
        moments: moments('2026-03-04T10:00:00Z'),
      },
      ctx,
    );
    const second = await t.store.incidents.create(
      {
        title: 'Checkout slow',
        severity: 'SEV3',
        services: ['checkout'],
        moments: moments('2026-04-04T10:00:00Z'),
      },
      ctx,
    );
    const hidden = await t.store.incidents.create(
      {
        title: 'Payroll leak',
        severity: 'SEV1',
        services: ['payroll'],
        restricted: true,
        participants: [],
        moments: moments('2026-03-10T10:00:00Z'),
      },
      ctx,
    );
    const seen = await t.as(t.viewer, { url: '/api/insights' });
    expect(seen.statusCode).toBe(200);
    const insights = seen.json();
    expect(insights.incidents).toBe(2);
    expect(insights.months.map((m: { month: string }) => m.month)).toEqual(['2026-03', '2026-04']);
    expect(insights.repeats.services).toEqual([
      expect.objectContaining({ name: 'checkout', incidents: [expect.anything(), expect.anything()] }),
    ]);
    expect(JSON.stringify(insights)).not.toContain('Payroll');
    expect((await t.asAdmin({ url: '/api/insights' })).json().incidents).toBe(3);
    expect((await t.app.inject({ url: '/api/insights' })).statusCode).toBe(401);

    // One incident's view: what it shares with the others, naming only the others.
    for (const id of [first.id, second.id, hidden.id]) {
      await t.store.timeline.add(
        id,
        { at: '2026-03-04T10:00:00Z', summary: 'Alert PoolSaturated firing', kind: 'alert-fired' },
        ctx,
      );
    }
    // A log signature is known by its template, not by its id.
    for (const id of [first.id, second.id]) {
      await t.store.timeline.add(
        id,
        {
          at: '2026-03-04T10:01:00Z',
          summary: '`pgxpool: acquire conn <*>: context deadline exceeded` started 10:01:00 (1,204 lines)',
          kind: 'log-signature',
          severity: 'error',
          source: 'log-signature',
          signature: 's7fd310a4',
        },
        ctx,
      );
    }
    const template = 'pgxpool: acquire conn <*>: context deadline exceeded';
    const repeats = (await t.as(t.viewer, { url: '/api/insights' })).json().repeats;
    expect(repeats.signatures).toEqual([expect.objectContaining({ name: 's7fd310a4', label: template })]);
    const shared = await t.as(t.viewer, { url: `/api/incidents/${first.id}/seen-elsewhere` });
    expect(shared.json().signatures).toEqual([
      { name: 's7fd310a4', label: template, incidents: expect.anything() },
    ]);
    expect(shared.statusCode).toBe(200);
    const other = [{ incidentId: second.id, title: 'Checkout slow', month: '2026-04' }];
    expect(shared.json().services).toEqual([{ name: 'checkout', incidents: other }]);
    expect(shared.json().alerts).toEqual([{ name: 'PoolSaturated', incidents: other }]);
    const refused = await t.as(t.viewer, { url: `/api/incidents/${hidden.id}/seen-elsewhere` });
    expect(refused.statusCode).toBe(404);
  });
});
