import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankedCandidates, searchRepository } from './search-repository.js';
import { incidentInput } from './test-support/factories.js';
import { type OpenedSql, openSql } from './test-support/open-sql.js';
import { createTestDatabase, type TestDatabase } from './test-support/postgres.js';

// PostgreSQL reads a word's newest matches slice by slice (search-repository.ts); with small slices here, every
// path (enough in the first slice, a wider one, all) must find what one query over everything finds.
describe('search slices on PostgreSQL', () => {
  let target: TestDatabase;
  let opened: OpenedSql;
  beforeAll(async () => {
    target = await createTestDatabase('debrief_slices');
    opened = await openSql(target.url);
    await opened.store.migrate();
    const ctx = { actor: 'test' };
    const incident = await opened.store.incidents.create(incidentInput({ title: 'Slices' }), ctx);
    // Old matches of "often", then many records without it, then more matches: the newest are spread out.
    const events = (count: number, text: (i: number) => string, from: number) =>
      Array.from({ length: count }, (_, i) => ({
        at: new Date(Date.UTC(2026, 0, 1) + (from + i) * 1_000).toISOString(),
        summary: text(i),
      }));
    await opened.store.timeline.addMany(
      incident.id,
      events(1_500, (i) => `often early ${i} seldom`, 0),
      ctx,
    );
    await opened.store.timeline.addMany(
      incident.id,
      events(500, (i) => `filler ${i}`, 2_000),
      ctx,
    );
    await opened.store.timeline.addMany(
      incident.id,
      events(2_200, (i) => `often late ${i}`, 3_000),
      ctx,
    );
  });
  afterAll(async () => {
    await opened?.store.close();
    await target?.drop();
  });

  it('finds the same newest matches as one query over everything', async () => {
    const whole = searchRepository(opened.database, []);
    for (const slices of [
      [1_000, Number.POSITIVE_INFINITY],
      [400, 4_000, Number.POSITIVE_INFINITY],
      [10_000_000],
    ]) {
      const sliced = searchRepository(opened.database, slices);
      for (const text of ['often', 'seldom', 'late', 'filler 29', '"often early"']) {
        const expected = await whole.search(text, { limit: 200 });
        expect(await sliced.search(text, { limit: 200 }), `${text} with slices ${slices}`).toEqual(expected);
      }
    }
    // The second slice above holds more than enough matches of "often": the path that stops early is taken.
    expect(rankedCandidates).toBeLessThan(2_200);
  });
});
