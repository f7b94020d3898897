import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

describe.each(dialects)('/metrics on %s', (dialect) => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer(dialect, { now: () => new Date('2026-04-01T12:00:00Z') });
  });
  afterAll(async () => t?.close());

  it('counts incidents by status and open and overdue actions on the server’s day', async () => {
    const ctx = { actor: 'tests' };
    const draft = await t.store.incidents.create({ title: 'Queue backlog', severity: 'SEV2' }, ctx);
    await t.store.incidents.create({ title: 'DNS flap', severity: 'SEV3', status: 'in-review' }, ctx);
    const add = (title: string, fields: Record<string, string>) =>
      t.store.actions.add(draft.id, { title, owner: 'eli', ...fields }, ctx);
    await add('late', { dueDate: '2026-03-01' });
    await add('late but started', { dueDate: '2026-03-31', status: 'in-progress' });
    await add('due on the day', { dueDate: '2026-04-01' });
    await add('no date', {});
    await add('late and done', { dueDate: '2026-03-01', status: 'done' });
    await add('dropped', { status: 'dropped', droppedReason: 'superseded by the queue redesign' });

    const metrics = await t.asAdmin({ url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toContain('debrief_incidents{status="draft"} 1\n');
    expect(metrics.body).toContain('debrief_incidents{status="in-review"} 1\n');
    expect(metrics.body).toContain('debrief_incidents{status="closed"} 0\n');
    expect(metrics.body).toContain('debrief_actions_open 4\n');
    expect(metrics.body).toContain('debrief_actions_overdue 2\n');
    expect(metrics.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it('adds the request histogram and the process metrics', async () => {
    await t.as(t.viewer, { url: '/healthz' });
    const metrics = await t.asAdmin({ url: '/metrics' });
    expect(metrics.body).toContain(
      'debrief_http_request_duration_seconds_count{method="GET",route="/healthz",status="2xx"} 1\n',
    );
    expect(metrics.body).toContain('# TYPE process_cpu_user_seconds_total counter\n');
    expect(metrics.body).toContain('# TYPE nodejs_eventloop_lag_seconds gauge\n');
    expect(metrics.body).toContain('# TYPE nodejs_heap_size_used_bytes gauge\n');
  });

  it('needs an admin: its counts include restricted incidents', async () => {
    const anonymous = await t.app.inject({ url: '/metrics' });
    expect(anonymous.statusCode).toBe(401);
    expect((await t.as(t.viewer, { url: '/metrics' })).statusCode).toBe(403);
    expect((await t.as(t.editor, { url: '/metrics' })).statusCode).toBe(403);
  });
});
