import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

// Closure figures count only what the caller may see: a restricted incident's actions stay out of every number.
describe.each(dialects)('GET /api/actions/stats on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    // The project's configured targets: SEV1 within 7 days, no target for SEV3.
    t = await startTestServer(dialect, { closureTargets: { SEV1: 7, SEV2: 60 } });
  });
  afterAll(async () => t?.close());

  it('measures closure over the incidents the caller may see, and refuses a hidden one by id', async () => {
    const ctx = { actor: 'tests' };
    const open = await t.store.incidents.create({ title: 'Checkout 503s', severity: 'SEV1' }, ctx);
    const hidden = await t.store.incidents.create(
      { title: 'Payroll leak', severity: 'SEV1', restricted: true, participants: [] },
      ctx,
    );
    const owner = `owner${Date.now()}`;
    const done = await t.store.actions.add(
      open.id,
      { title: 'Add a canary', owner, dueDate: '2099-01-01' },
      ctx,
    );
    await t.store.actions.update(done.id, done.version, { status: 'done' }, ctx);
    await t.store.actions.add(open.id, { title: 'Alert on pool use', owner }, ctx);
    await t.store.actions.add(hidden.id, { title: 'Rotate keys', owner }, ctx);

    const seen = await t.as(t.viewer, { url: `/api/actions/stats?owner=${owner}` });
    expect(seen.statusCode).toBe(200);
    const stats = seen.json();
    expect(stats.overall).toMatchObject({ total: 2, doneOnTime: 1, open: 1 });
    expect(stats.incidents.map((entry: { incidentId: string }) => entry.incidentId)).toEqual([open.id]);
    expect(stats.targets).toEqual([
      expect.objectContaining({ severity: 'SEV1', days: 7, actions: 2, met: 2 }),
    ]);
    expect(JSON.stringify(stats)).not.toContain('Rotate keys');

    const asked = await t.as(t.viewer, { url: `/api/actions/stats?incident=${hidden.id}` });
    expect(asked.statusCode).toBe(404);
    const admin = await t.asAdmin({ url: `/api/actions/stats?owner=${owner}` });
    expect(admin.json().overall.total).toBe(3);
    const anonymous = await t.app.inject({ url: '/api/actions/stats' });
    expect(anonymous.statusCode).toBe(401);
  });
});
