import { beforeEach, expect } from 'vitest';
import type { SearchHit, Store } from '../../store.js';
import { incidentInput, uniqueWord } from '../factories.js';
import { type ContractUse, contractIt, ctx } from './contract-use.js';

const ids = (hits: readonly SearchHit[]) => hits.map((hit) => hit.recordId).sort();
const marked = (hit: SearchHit | undefined) =>
  (hit?.snippet ?? [])
    .filter((part) => part.match)
    .map((part) => part.text.toLowerCase())
    .sort();

/** Full-text search: the same hits on every adapter, kept right by every write, never failing on what is typed. */
export function searchCases(use: ContractUse): void {
  const it = contractIt(use);
  let store: Store;
  beforeEach(() => {
    store = use.store();
  });

  it('finds every kind of record by the start of its words, all words required, phrases in order', async () => {
    const word = uniqueWord('zq');
    const incident = await store.incidents.create(
      incidentInput({
        title: `Checkout ${word} outage`,
        summary: 'The pay-api-3 pool ran out of connections.',
      }),
      ctx,
    );
    const event = await store.timeline.add(
      incident.id,
      { at: '2026-03-04T10:00:00Z', summary: `${word} alert fired: p99 latency over 2s on checkout` },
      ctx,
    );
    const factor = await store.factors.add(
      incident.id,
      { title: `No load test of ${word} retries`, category: 'automated-testing' },
      ctx,
    );
    const action = await store.actions.add(
      incident.id,
      { title: `Cap ${word} retries`, owner: 'Özlem Kaya' },
      ctx,
    );
    const review = await store.reviews.add(
      incident.id,
      {
        scheduledAt: '2026-03-06T10:00:00Z',
        notes: `We agreed the ${word} timeouts were too long.`,
        decisions: [`Shorten ${word} timeouts`],
      },
      ctx,
    );
    const all = await store.search.search(word);
    expect(ids(all)).toEqual(
      ids([...[incident, event, factor, action, review].map((r) => ({ recordId: r.id }) as SearchHit)]),
    );
    expect(all.every((hit) => hit.incidentId === incident.id && hit.incidentTitle === incident.title)).toBe(
      true,
    );
    expect(new Set(all.map((hit) => hit.kind))).toEqual(
      new Set(['incident', 'event', 'factor', 'action', 'review']),
    );

    // Prefixes, every word, any case; a phrase in quotes must stand together.
    expect(ids(await store.search.search(`${word} RETR`))).toEqual([action.id, factor.id].sort());
    expect(ids(await store.search.search(`${word} "load test"`))).toEqual([factor.id]);
    expect(ids(await store.search.search(`${word} "test load"`))).toEqual([]);
    // Words joined by punctuation are found one by one; accents are kept.
    expect(ids(await store.search.search(`${word} api 3 pool`))).toEqual([incident.id]);
    expect(ids(await store.search.search(`${word} özlem`))).toEqual([action.id]);
    expect(marked((await store.search.search(`${word} latency`))[0])).toEqual(['latency', word]);
    expect(await store.search.search(`${word} missingword`)).toEqual([]);
  });

  it('follows every write: an update, a saved document, a delete, and the incident deleted with its records', async () => {
    const word = uniqueWord('zu');
    const other = uniqueWord('zv');
    const incident = await store.incidents.create(incidentInput({ title: 'Search upkeep' }), ctx);
    const action = await store.actions.add(incident.id, { title: `Rotate ${word} keys` }, ctx);
    await store.actions.update(action.id, action.version, { title: `Rotate ${other} keys` }, ctx);
    expect(await store.search.search(word)).toEqual([]);
    expect(ids(await store.search.search(other))).toEqual([action.id]);

    const doc = await store.documents.load(incident.id);
    await store.documents.save(
      {
        ...doc,
        summary: `Saved with ${word}`,
        timeline: [
          ...doc.timeline,
          { id: 'EVT-SEARCH-1', at: null, summary: `${word} seen in a saved file` },
        ],
      },
      ctx,
    );
    expect(new Set((await store.search.search(word)).map((hit) => hit.kind))).toEqual(
      new Set(['incident', 'event']),
    );

    await store.actions.delete(action.id, action.version + 1, ctx);
    expect(await store.search.search(other)).toEqual([]);
    await store.incidents.delete(incident.id, (await store.incidents.get(incident.id)).version, ctx);
    expect(await store.search.search(word)).toEqual([]);
  });

  it('ranks a record that says it more, of the same length, first; narrows to one incident or leaves one out', async () => {
    const word = uniqueWord('zr');
    const one = await store.incidents.create(incidentInput({ title: 'Rank one' }), ctx);
    const two = await store.incidents.create(incidentInput({ title: 'Rank two' }), ctx);
    const once = await store.actions.add(one.id, { title: `${word} alpha beta gamma delta epsilon` }, ctx);
    const thrice = await store.actions.add(
      two.id,
      { title: `${word} alpha ${word} gamma ${word} epsilon` },
      ctx,
    );
    const hits = await store.search.search(word);
    expect(hits.map((hit) => hit.recordId)).toEqual([thrice.id, once.id]);
    expect(ids(await store.search.search(word, { incidentId: one.id }))).toEqual([once.id]);
    expect(ids(await store.search.search(word, { excludeIncidentId: one.id }))).toEqual([thrice.id]);
    expect(ids(await store.search.search(`${word} nothingelse`, { any: true }))).toEqual(
      [once.id, thrice.id].sort(),
    );
    expect(await store.search.search(word, { limit: 1 })).toHaveLength(1);
  });

  it('leaves out restricted incidents of people who do not take part', async () => {
    const word = uniqueWord('zs');
    const hidden = await store.incidents.create(
      incidentInput({
        title: `Payroll ${word}`,
        restricted: true,
        participants: [{ name: 'vera', role: 'responder' }],
      }),
      ctx,
    );
    expect(await store.search.search(word, { visibleTo: ['eli'] })).toEqual([]);
    expect(ids(await store.search.search(word, { visibleTo: ['eli', 'Vera'] }))).toEqual([hidden.id]);
    expect(ids(await store.search.search(word))).toEqual([hidden.id]);
  });

  it('never fails on what is typed: quotes, operators, symbols, control characters, any length', async () => {
    const typed = [
      '',
      '"',
      '""',
      '"unclosed phrase',
      '*',
      'AND OR NOT',
      'NEAR(a b)',
      'a:* & !b | (c',
      "'; drop table incidents; --",
      'title:checkout',
      '^start -minus +plus',
      '\u0000\u0002\u0003',
      '🙂 🔥',
      'x'.repeat(10_000),
      Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '),
    ];
    for (const text of typed) {
      await expect(store.search.search(text), JSON.stringify(text.slice(0, 40))).resolves.toBeInstanceOf(
        Array,
      );
    }
  });

  it('finds the words in and after HTML-like text, as SQLite does', async () => {
    const word = uniqueWord('zh');
    const incident = await store.incidents.create(
      incidentInput({ title: `Paiements refusés: "timeout" <script>alert(1)</script> & café ${word}` }),
      ctx,
    );
    await store.timeline.add(
      incident.id,
      { at: '2026-03-04T10:00:00Z', summary: `x <p class="a">inside</p> y &amp; ${word} z;w` },
      ctx,
    );
    for (const text of [`café ${word}`, `alert ${word}`, `script ${word}`, `refusés ${word}`, `z ${word}`]) {
      const hits = await store.search.search(text);
      expect(
        hits.map((hit) => hit.incidentId),
        text,
      ).toContain(incident.id);
    }
    const inside = await store.search.search(`inside ${word}`);
    expect(inside.map((hit) => hit.kind)).toEqual(['event']);
  });

  it('collects every incident’s factor categories, distinct log signatures and fired alerts for insights', async () => {
    const word = uniqueWord('zi');
    const incident = await store.incidents.create(incidentInput({ title: `Insights ${word}` }), ctx);
    await store.factors.add(
      incident.id,
      { title: 'No alert on pool use', category: 'monitoring-alerting' },
      ctx,
    );
    await store.timeline.addMany(
      incident.id,
      [
        {
          at: '2026-03-04T10:00:00Z',
          summary: `timeout ${word} (×3)`,
          kind: 'log-signature',
          signature: `timeout ${word} <*>`,
        },
        {
          at: '2026-03-04T10:01:00Z',
          summary: `timeout ${word} again`,
          kind: 'log-signature',
          signature: `timeout ${word} <*>`,
        },
        {
          at: '2026-03-04T10:02:00Z',
          summary: `Alert ${word}High (pod=a) firing: 5xx over 5%`,
          kind: 'alert-fired',
        },
        { at: '2026-03-04T10:05:00Z', summary: `Alert ${word}High (pod=a) resolved`, kind: 'alert-resolved' },
      ],
      ctx,
    );
    const records = await store.insightRecords({ incidentId: incident.id });
    expect(records.factors.filter((f) => f.incidentId === incident.id)).toEqual([
      { incidentId: incident.id, category: 'monitoring-alerting' },
    ]);
    expect(records.signatures.filter((s) => s.incidentId === incident.id)).toEqual([
      // Named by what the first of its events shows (a template in backticks, else the summary's first line).
      { incidentId: incident.id, signature: `timeout ${word} <*>`, label: `timeout ${word} (×3)` },
    ]);
    expect(records.alerts.filter((a) => a.incidentId === incident.id)).toEqual([
      { incidentId: incident.id, name: `${word}High` },
    ]);
  });
}
