import { beforeEach, expect } from 'vitest';
import type { InsightRecords } from '../../../domain/index.js';
import type { InsightQuery, Store } from '../../store.js';
import { incidentInput, uniqueWord } from '../factories.js';
import { type ContractUse, contractIt, ctx } from './contract-use.js';

/** Each name's incidents, sorted, for names containing `word` (other cases share the database). */
function seen(records: InsightRecords, word: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (name: string, id: string) => {
    if (!name.includes(word)) return;
    out[name] = [...new Set([...(out[name] ?? []), id])].sort();
  };
  for (const mark of records.signatures) add(`sig ${mark.signature}`, mark.incidentId);
  for (const mark of records.alerts) add(`alert ${mark.name}`, mark.incidentId);
  return out;
}

/** Insight records: the signatures and alerts of every incident, kept right by every way events are written. */
export function insightCases(use: ContractUse): void {
  const it = contractIt(use);
  let store: Store;
  beforeEach(() => {
    store = use.store();
  });
  const records = (word: string, query: InsightQuery = {}) =>
    store.insightRecords(query).then((found) => seen(found, word));

  it('counts each signature and alert once per incident, in the incidents a reader may see', async () => {
    const w = uniqueWord('mk');
    const [a, b, c] = await Promise.all(
      ['A', 'B', 'C'].map((name) =>
        store.incidents.create(incidentInput({ title: `${name} ${w}`, restricted: name === 'C' }), ctx),
      ),
    );
    if (!a || !b || !c) throw new Error('incidents not created');
    const log = (signature: string, i: number) => ({
      at: `2026-03-04T10:0${i}:00Z`,
      kind: 'log-signature' as const,
      summary: `line ${i}`,
      signature,
    });
    const fired = (summary: string) => ({
      at: '2026-03-04T10:05:00Z',
      kind: 'alert-fired' as const,
      summary,
    });
    await store.timeline.addMany(
      a.id,
      [
        log(`${w}-one <*>`, 1),
        log(`${w}-one <*>`, 2),
        log('', 3),
        fired(`Alert ${w}Rate (pod=a) firing: 5xx`),
      ],
      ctx,
    );
    await store.timeline.addMany(b.id, [log(`${w}-one <*>`, 1), log(`${w}-two <*>`, 2)], ctx);
    await store.timeline.add(b.id, fired(`Alert ${w}Rate firing`), ctx);
    await store.timeline.addMany(c.id, [log(`${w}-one <*>`, 1), log(`${w}-two <*>`, 2)], ctx);
    // Not an alert name: a resolved alert, and a fired one whose summary does not start "Alert ".
    await store.timeline.add(c.id, { ...fired(`Alert ${w}Rate resolved`), kind: 'alert-resolved' }, ctx);
    await store.timeline.add(c.id, fired(`Paged: ${w}Rate`), ctx);

    expect(await records(w, { limit: 20 })).toEqual({
      [`sig ${w}-one <*>`]: [a.id, b.id, c.id].sort(),
      [`sig ${w}-two <*>`]: [b.id, c.id].sort(),
      [`alert ${w}Rate`]: [a.id, b.id].sort(),
    });
    // Someone who may not see C: the second signature is in one incident only, so not a repeat.
    expect(await records(w, { visibleTo: ['nobody'] })).toEqual({
      [`sig ${w}-one <*>`]: [a.id, b.id].sort(),
      [`alert ${w}Rate`]: [a.id, b.id].sort(),
    });
    expect(await records(w, { incidentId: a.id, visibleTo: ['nobody'] })).toEqual({
      [`sig ${w}-one <*>`]: [a.id, b.id].sort(),
      [`alert ${w}Rate`]: [a.id, b.id].sort(),
    });

    // A's events change: one of its two "one" lines becomes "two"; then the other goes; then B's alert is deleted.
    const events = await store.timeline.list(a.id);
    const ones = events.filter((event) => event.signature === `${w}-one <*>`);
    await store.timeline.update(
      ones[0]?.id as string,
      ones[0]?.version as number,
      { signature: `${w}-two <*>` },
      ctx,
    );
    expect((await records(w))[`sig ${w}-one <*>`]).toEqual([a.id, b.id, c.id].sort());
    expect((await records(w))[`sig ${w}-two <*>`]).toEqual([a.id, b.id, c.id].sort());
    await store.timeline.delete(ones[1]?.id as string, ones[1]?.version as number, ctx);
    expect((await records(w))[`sig ${w}-one <*>`]).toEqual([b.id, c.id].sort());
    const alert = (await store.timeline.list(b.id)).find((event) => event.kind === 'alert-fired');
    await store.timeline.delete(alert?.id as string, alert?.version as number, ctx);
    expect((await records(w))[`alert ${w}Rate`]).toBeUndefined();

    // A saved document replaces C's timeline; deleting B takes its marks with it.
    const doc = await store.documents.load(c.id);
    await store.documents.save(
      { ...doc, timeline: [{ ...log(`${w}-three <*>`, 1), id: `${c.id}-e1` }] },
      ctx,
    );
    await store.timeline.add(a.id, log(`${w}-three <*>`, 4), ctx);
    expect((await records(w))[`sig ${w}-three <*>`]).toEqual([a.id, c.id].sort());
    expect((await records(w))[`sig ${w}-one <*>`]).toBeUndefined();
    const current = await store.incidents.get(b.id);
    await store.incidents.delete(b.id, current.version, ctx);
    // A's "two" line is now in A alone: not a repeat.
    expect(await records(w)).toEqual({ [`sig ${w}-three <*>`]: [a.id, c.id].sort() });
  });

  it('keeps the names seen in the most incidents when asked for a few', async () => {
    const w = uniqueWord('top');
    const incidents = await Promise.all(
      [1, 2, 3].map((n) => store.incidents.create(incidentInput({ title: `${w} ${n}` }), ctx)),
    );
    for (const [n, incident] of incidents.entries()) {
      const names = n === 0 ? ['wide', 'narrow'] : n === 1 ? ['wide', 'narrow'] : ['wide'];
      await store.timeline.addMany(
        incident.id,
        names.map((name, i) => ({ at: `2026-03-04T10:0${i}:00Z`, summary: name, signature: `${w}-${name}` })),
        ctx,
      );
    }
    const all = await store.insightRecords({ limit: 100_000 });
    expect(Object.keys(seen(all, w)).sort()).toEqual([`sig ${w}-narrow`, `sig ${w}-wide`]);
    const names = new Set(
      (await store.insightRecords({ limit: 1 })).signatures.map((mark) => mark.signature),
    );
    expect(names.has(`${w}-narrow`)).toBe(false);
  });
}
