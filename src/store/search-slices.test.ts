import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SearchTuning, searchRepository } from './search-repository.js';
import { incidentInput } from './test-support/factories.js';
import { type OpenedSql, openSql } from './test-support/open-sql.js';
import { createTestDatabase, type TestDatabase } from './test-support/postgres.js';

// PostgreSQL picks how it reads a query's newest matches by how often the newest records match
// (search-repository.ts). With small numbers here, both ways (records newest first, the index's records) must find
// what the plain query finds, for words, phrases, and readers who may not see every incident.
describe('how PostgreSQL finds the newest matches', () => {
  let target: TestDatabase;
  let opened: OpenedSql;
  let restrictedId: string;
  beforeAll(async () => {
    target = await createTestDatabase('debrief_slices');
    opened = await openSql(target.url);
    await opened.store.migrate();
    const ctx = { actor: 'test' };
    const incident = await opened.store.incidents.create(incidentInput({ title: 'Slices' }), ctx);
    const restricted = await opened.store.incidents.create(
      incidentInput({ title: 'Hidden', restricted: true }),
      ctx,
    );
    restrictedId = restricted.id;
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
      restricted.id,
      events(300, (i) => `often secret ${i} seldom`, 1_600),
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

  it('finds the same newest matches whichever way it reads them', async () => {
    // No sample: every query reads all of the index's matches, the plain answer the others must give.
    const plain = (candidates: number): SearchTuning => ({ candidates, sample: 0, visitCost: 1 });
    const ways: SearchTuning[] = [
      // Reading newest first whenever the sample holds a match: "often" is in every one of the newest 100 records;
      // "seldom" in 300 of the newest 3,000, and only past 2,700 records of "often late" and filler.
      { candidates: 2_000, sample: 100, visitCost: 1e9 },
      { candidates: 100, sample: 3_000, visitCost: 1e9 },
      // Visiting the index's records whatever the sample says.
      { candidates: 100, sample: 3_000, visitCost: 0 },
      { candidates: 2_000, sample: 3_000, visitCost: 0 },
      // The newest 1,000 hold no "early" or "seldom": taken from the index.
      { candidates: 100, sample: 1_000, visitCost: 1e9 },
    ];
    for (const tuning of ways) {
      const expected = searchRepository(opened.database, plain(tuning.candidates));
      const tuned = searchRepository(opened.database, tuning);
      for (const text of ['often', 'seldom', 'early', 'late', 'filler 29', '"often early"', 'often secret']) {
        for (const visibleTo of [undefined, ['someone else']]) {
          const options = { limit: 200, visibleTo };
          const want = await expected.search(text, options);
          expect(await tuned.search(text, options), `${text} with ${JSON.stringify(tuning)}`).toEqual(want);
          if (visibleTo) expect(want.some((hit) => hit.incidentId === restrictedId)).toBe(false);
        }
      }
    }
    // The restricted incident's records are found by those who may see them.
    const all = await searchRepository(opened.database).search('secret', { limit: 200 });
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((hit) => hit.incidentId === restrictedId)).toBe(true);
  });
});
