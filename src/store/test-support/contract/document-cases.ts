import { beforeEach, expect } from 'vitest';
import { canonicalDocument, incidentDocumentSchema } from '../../../domain/index.js';
import type { Store } from '../../store.js';
import { documentInput, incidentInput, uniqueWord } from '../factories.js';
import { auditedAs, type ContractUse, contractIt, ctx, failure } from './contract-use.js';

/** Whole documents saved and loaded in one transaction. */
export function documentCases(use: ContractUse): void {
  const it = contractIt(use);
  let store: Store;
  beforeEach(() => {
    store = use.store();
  });

  it('saves a whole document and loads it back field for field', async () => {
    const input = documentInput(uniqueWord('DOC'));
    const saved = await store.documents.save(input, ctx);
    expect(saved.created).toBe(true);
    expect(saved.incident.version).toBe(1);
    const expected = canonicalDocument(incidentDocumentSchema.parse(input));
    expect(await store.documents.load(input.id)).toEqual(expected);
    expect(await store.actions.list(input.id)).toHaveLength(1);
  });

  it('replaces a document in place: matched children keep their ids, missing ones go, stale saves conflict', async () => {
    const id = uniqueWord('DOC');
    await store.documents.save(documentInput(id), ctx);
    const loaded = await store.documents.load(id);
    const before = await store.timeline.get(`${id}-e1`);
    const edited = {
      ...loaded,
      title: 'Edited title',
      timeline: [
        { ...loaded.timeline[0]!, summary: 'deploy v42 (bad config)' },
        { id: `${id}-e4`, at: '2026-03-04T14:20:00.000Z', summary: 'rollback' },
      ],
      reviews: [],
    };
    const result = await store.documents.save(edited, ctx, { expectedVersion: 1 });
    expect(result).toMatchObject({ created: false, incident: { version: 2, title: 'Edited title' } });
    const after = await store.documents.load(id);
    expect(after.timeline.map((e) => e.id)).toEqual([`${id}-e1`, `${id}-e4`]);
    const kept = await store.timeline.get(`${id}-e1`);
    expect(kept).toMatchObject({
      version: before.version + 1,
      createdAt: before.createdAt,
      summary: 'deploy v42 (bad config)',
    });
    expect(after.reviews).toEqual([]);
    expect(after.actions).toEqual(loaded.actions);

    const stale = await failure(
      store.documents.save({ ...edited, title: 'Lost update' }, ctx, { expectedVersion: 1 }),
    );
    expect(stale.code).toBe('conflict');
    expect(await store.documents.load(id)).toEqual(after);
    const unchanged = await store.documents.save(after, ctx, { expectedVersion: 2 });
    expect(unchanged.incident.version).toBe(2);
  });

  it('treats a loaded document saved as it is as no change, and a pure reorder as a change it audits', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    // Added out of time order: the document lists them by time, unlike their insertion order.
    await store.timeline.add(incident.id, { at: '2026-03-04T14:30:00Z', summary: 'later' }, ctx);
    await store.timeline.add(incident.id, { at: '2026-03-04T14:10:00Z', summary: 'earlier' }, ctx);
    const first = await store.actions.add(incident.id, { title: 'first' }, ctx);
    const second = await store.actions.add(incident.id, { title: 'second' }, ctx);
    const { version } = await store.incidents.get(incident.id);
    const doc = await store.documents.load(incident.id);
    expect((await store.documents.save(doc, ctx, { expectedVersion: version })).incident.version).toBe(
      version,
    );

    const swapped = { ...doc, actions: [...doc.actions].reverse() };
    const saved = await store.documents.save(swapped, { actor: 'editor' }, { expectedVersion: version });
    expect(saved.incident.version).toBe(version + 1);
    expect((await store.actions.list(incident.id)).map((a) => a.id)).toEqual([second.id, first.id]);
    const [entry] = await use.audit().list({ incidentId: incident.id, limit: 1 });
    expect(entry).toMatchObject({
      actor: auditedAs(use, 'editor'),
      entity: 'incident',
      changes: { actionsOrder: { old: [first.id, second.id], new: [second.id, first.id] } },
    });
  });

  it('rejects a document that breaks a cross-record rule, naming the field', async () => {
    const input = documentInput(uniqueWord('DOC'));
    const error = await failure(
      store.documents.save({ ...input, actions: [{ title: 'x', id: 'a', factorId: 'nope' }] }, ctx),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('actions[0].factorId');
    expect(await store.incidents.find(input.id)).toBeUndefined();
  });
}
