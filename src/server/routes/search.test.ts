import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

// Search through the API: what the caller may see only, any text taken, similar incidents by their telling words.
describe.each(dialects)('search over the API on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());
  const ctx = { actor: 'tests' };

  it('finds what the caller may see, never a restricted incident they take no part in', async () => {
    const word = `zk${Date.now()}`;
    const open = await t.store.incidents.create({ title: `Checkout ${word} 503s`, severity: 'SEV2' }, ctx);
    const hidden = await t.store.incidents.create(
      { title: `Payroll ${word} leak`, severity: 'SEV1', restricted: true, participants: [] },
      ctx,
    );
    await t.store.actions.add(hidden.id, { title: `Rotate ${word} keys` }, ctx);
    const seen = await t.as(t.viewer, { url: `/api/search?q=${word}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().hits.map((hit: { incidentId: string }) => hit.incidentId)).toEqual([open.id]);
    expect(seen.json().hits[0].snippet).toContainEqual({ text: word, match: true });
    const admin = await t.asAdmin({ url: `/api/search?q=${word}` });
    expect(admin.json().hits).toHaveLength(3);
    expect((await t.as(t.viewer, { url: `/api/search?q=${word}&incident=${hidden.id}` })).statusCode).toBe(
      404,
    );
    for (const q of ['"', 'a:* & (', '%00', 'x'.repeat(5_000), 'pool '.repeat(3_000)]) {
      const odd = await t.as(t.viewer, { url: `/api/search?q=${encodeURIComponent(q)}` });
      expect(odd.statusCode, q.slice(0, 20)).toBe(200);
    }
    // Long text is read up to its first 2,000 characters: what is found there is found.
    const long = await t.as(t.viewer, {
      url: `/api/search?q=${word}${encodeURIComponent(' '.repeat(12_000))}x`,
    });
    expect(long.json().hits.map((hit: { incidentId: string }) => hit.incidentId)).toEqual([open.id]);
    expect((await t.app.inject({ url: `/api/search?q=${word}` })).statusCode).toBe(401);
  });

  it('lists similar incidents by the telling words of title, services and summary, one entry each, not itself', async () => {
    const word = `zm${Date.now()}`;
    const now = await t.store.incidents.create(
      {
        title: `Checkout ${word} pool exhausted`,
        severity: 'SEV2',
        services: ['payments-api'],
        summary: 'The connection pool ran dry after a config push.',
      },
      ctx,
    );
    const before = await t.store.incidents.create(
      { title: 'Connection pool exhausted on payments-api', severity: 'SEV3' },
      ctx,
    );
    await t.store.factors.add(
      before.id,
      { title: `The ${word} pool limit was set per pod`, category: 'capacity' },
      ctx,
    );
    await t.store.incidents.create({ title: 'Disk full on the build host', severity: 'SEV4' }, ctx);
    const similar = await t.as(t.viewer, { url: `/api/incidents/${now.id}/similar` });
    expect(similar.statusCode).toBe(200);
    const ids = similar.json().incidents.map((entry: { incidentId: string }) => entry.incidentId);
    expect(ids[0]).toBe(before.id);
    expect(ids).not.toContain(now.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
