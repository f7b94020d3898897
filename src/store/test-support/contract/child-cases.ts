import { beforeEach, expect } from 'vitest';
import type { Store } from '../../store.js';
import { incidentInput, uniqueWord } from '../factories.js';
import { auditedAs, type ContractUse, contractIt, ctx, failure } from './contract-use.js';

/** Timeline events, factors, actions and reviews: order, fingerprints, cross-record rules, conflicts. */
export function childCases(use: ContractUse): void {
  const it = contractIt(use);
  let store: Store;
  beforeEach(() => {
    store = use.store();
  });

  it('keeps the timeline in time order with unknown times last, and moves the incident version on', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const late = await store.timeline.add(
      incident.id,
      // A deploy: an event that marks a key moment (a rollback marks "mitigated") also sets it when added through
      // the API (src/app/moment-from-event.ts), one more write than the store's own add.
      { at: '2026-03-04T14:30:00Z', summary: 'second deploy', kind: 'deploy' },
      ctx,
    );
    const unknown = await store.timeline.add(
      incident.id,
      { at: null, summary: 'someone restarted a pod' },
      ctx,
    );
    const early = await store.timeline.add(
      incident.id,
      { at: '2026-03-04T14:00:00+01:00', summary: 'deploy' },
      ctx,
    );
    expect(early.at).toBe('2026-03-04T13:00:00.000Z');
    expect((await store.timeline.list(incident.id)).map((e) => e.id)).toEqual([
      early.id,
      late.id,
      unknown.id,
    ]);
    expect((await store.incidents.get(incident.id)).version).toBe(4);

    const moved = await store.timeline.update(
      unknown.id,
      1,
      { at: '2026-03-04T14:10:00Z', approximate: true },
      ctx,
    );
    expect(moved).toMatchObject({ version: 2, approximate: true, incidentId: incident.id });
    expect((await store.timeline.list(incident.id)).map((e) => e.id)).toEqual([
      early.id,
      unknown.id,
      late.id,
    ]);
    expect((await failure(store.timeline.update(unknown.id, 1, { summary: 'stale' }, ctx))).code).toBe(
      'conflict',
    );
    expect((await store.timeline.get(unknown.id)).summary).toBe('someone restarted a pod');
    await store.timeline.delete(late.id, 1, ctx);
    expect((await store.timeline.list(incident.id)).map((e) => e.id)).toEqual([early.id, unknown.id]);
    expect((await failure(store.timeline.list('INC-NOPE'))).code).toBe('not_found');
    expect(
      (await failure(store.timeline.add(incident.id, { at: 'yesterday', summary: 'x' }, ctx))).message,
    ).toContain('at');
  });

  it('adds many events in one go and skips fingerprints the incident already has', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const other = await store.incidents.create(incidentInput(), ctx);
    const events = Array.from({ length: 120 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 2, 4, 14, 0, i)).toISOString(),
      summary: `line ${i}`,
      fingerprint: `fp-${i % 100}`,
    }));
    const first = await store.timeline.addMany(incident.id, events, ctx);
    expect(first.added).toHaveLength(100);
    expect(first.skipped).toBe(20);
    const again = await store.timeline.addMany(incident.id, [...events, { at: null, summary: 'new' }], ctx);
    expect(again.added.map((e) => e.summary)).toEqual(['new']);
    expect(again.skipped).toBe(120);
    expect((await store.timeline.addMany(other.id, events.slice(0, 3), ctx)).added).toHaveLength(3);
    expect(await store.timeline.list(incident.id)).toHaveLength(101);
    const bad = await failure(
      store.timeline.addMany(
        incident.id,
        [
          { at: null, summary: 'ok' },
          { at: null, summary: '' },
        ],
        ctx,
      ),
    );
    // Each door names the bad event its own way: the store by its place, the API by the request body's path.
    expect(bad.message).toMatch(/timeline event 2\b|events\[1\]/);
    expect(await store.timeline.list(incident.id)).toHaveLength(101);
  });

  it('stores factors and actions, checking due dates against the incident and factors against their incident', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const other = await store.incidents.create(incidentInput(), ctx);
    const factor = await store.factors.add(
      incident.id,
      { title: 'No alert on queue depth', category: 'monitoring-alerting' },
      ctx,
    );
    const foreign = await store.factors.add(other.id, { title: 'Elsewhere', category: 'tooling' }, ctx);
    const action = await store.actions.add(
      incident.id,
      {
        title: 'Alert on queue depth',
        owner: 'sre',
        dueDate: '2026-03-20',
        factorId: factor.id,
        type: 'detect',
      },
      ctx,
    );
    expect(action).toMatchObject({ version: 1, status: 'open', priority: 'medium', factorId: factor.id });
    expect(await store.actions.list(incident.id)).toEqual([action]);

    const early = await failure(
      store.actions.add(incident.id, { title: 'Too early', dueDate: '2026-03-01' }, ctx),
    );
    expect(early.code).toBe('invalid_input');
    expect(early.message).toContain('dueDate (2026-03-01)');
    const wrong = await failure(
      store.actions.add(incident.id, { title: 'Wrong factor', factorId: foreign.id }, ctx),
    );
    // The store says `factorId "…"`, the API (which checks in the application layer first) `factorId: "…"`.
    expect(wrong.message).toMatch(new RegExp(`factorId:? "${foreign.id}"`));
    const dropped = await failure(store.actions.update(action.id, 1, { status: 'dropped' }, ctx));
    expect(dropped.message).toContain('droppedReason');

    const current = await store.incidents.get(incident.id);
    const later = {
      ...current.moments,
      impactStart: { at: '2026-03-25T00:00:00Z' },
      detected: undefined,
      resolved: undefined,
    };
    const moved = await failure(
      store.incidents.update(incident.id, current.version, { moments: later }, ctx),
    );
    expect(moved.code).toBe('invalid_input');
    expect(moved.message).toContain(`${action.id}.dueDate (2026-03-20)`);

    const refused = await failure(store.factors.delete(factor.id, 1, ctx));
    expect(refused.message).toContain(action.id);
    const done = await store.actions.update(action.id, 1, { status: 'done' }, ctx);
    expect(done.version).toBe(2);
    expect((await failure(store.actions.delete(action.id, 1, ctx))).code).toBe('conflict');
    await store.actions.delete(action.id, 2, ctx);
    await store.factors.delete(factor.id, 1, ctx);
    expect(await store.factors.list(incident.id)).toEqual([]);
  });

  it('keeps the day an action closed: set when it closes, kept through edits and saves, cleared on reopening', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const incident = await store.incidents.create(incidentInput(), ctx);
    const action = await store.actions.add(incident.id, { title: 'Alert on pool saturation' }, ctx);
    expect(action.closedOn).toBeUndefined();
    const done = await store.actions.update(action.id, 1, { status: 'done' }, ctx);
    expect(done.closedOn).toBe(today);
    const backdated = await store.actions.update(action.id, 2, { closedOn: '2026-03-05' }, ctx);
    expect(backdated.closedOn).toBe('2026-03-05');
    const retitled = await store.actions.update(action.id, 3, { title: 'Alert on pool use' }, ctx);
    expect(retitled.closedOn).toBe('2026-03-05');

    // A saved document that leaves the day out (a Markdown file written before the Closed column) keeps it.
    const doc = await store.documents.load(incident.id);
    const { closedOn: _left, ...withoutDay } = doc.actions[0] as (typeof doc.actions)[0];
    await store.documents.save({ ...doc, actions: [withoutDay] }, ctx);
    expect((await store.actions.get(action.id)).closedOn).toBe('2026-03-05');

    const reopened = await store.actions.update(action.id, retitled.version, { status: 'open' }, ctx);
    expect(reopened.closedOn).toBeUndefined();
    const future = await failure(
      store.actions.update(action.id, reopened.version, { status: 'done', closedOn: '2999-01-01' }, ctx),
    );
    expect(future.code).toBe('invalid_input');
    expect(future.message).toContain('closedOn: 2999-01-01 is after today');
    // An action written down after it was done keeps the day it was done (a write-up typed later, trial 25 F13).
    const early = await store.actions.update(
      action.id,
      reopened.version,
      { status: 'done', closedOn: '2020-01-01' },
      ctx,
    );
    expect(early.closedOn).toBe('2020-01-01');
    const added = await store.actions.add(
      incident.id,
      { title: 'Runbook', status: 'dropped', droppedReason: 'merged' },
      ctx,
    );
    expect(added.closedOn).toBe(today);
  });

  it('searches actions across incidents by owner, status and overdue day, soonest due first', async () => {
    const owner = uniqueWord('owner');
    const one = await store.incidents.create(incidentInput(), ctx);
    const two = await store.incidents.create(incidentInput(), ctx);
    const late = await store.actions.add(one.id, { title: 'late', owner, dueDate: '2026-05-01' }, ctx);
    const soon = await store.actions.add(
      two.id,
      { title: 'soon', owner, dueDate: '2026-03-10', status: 'in-progress' },
      ctx,
    );
    const never = await store.actions.add(two.id, { title: 'no date', owner }, ctx);
    await store.actions.add(two.id, { title: 'done', owner, dueDate: '2026-03-05', status: 'done' }, ctx);
    const titles = async (filter: Parameters<Store['actions']['search']>[0]) =>
      (await store.actions.search({ owner, ...filter })).map((a) => a.title);

    expect(await titles({ status: ['open', 'in-progress'] })).toEqual([soon.title, late.title, never.title]);
    expect(await titles({ overdueOn: '2026-04-01' })).toEqual([soon.title]);
    expect(await titles({ incidentId: one.id })).toEqual([late.title]);
    expect(await titles({ status: ['done'] })).toEqual(['done']);
    expect(await store.actions.count({ owner, status: ['open', 'in-progress'] })).toBe(3);
    expect(await store.actions.count({ owner, overdueOn: '2026-04-01' })).toBe(1);
    expect(await store.actions.count({ owner, incidentId: two.id })).toBe(3);
    expect(await store.actions.count({ owner: uniqueWord('nobody') })).toBe(0);
  });

  it('stores reviews in insertion order and audits every child write', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const review = await store.reviews.add(
      incident.id,
      { scheduledAt: '2026-03-06T10:00:00Z', attendees: ['ana'] },
      ctx,
    );
    const followUp = await store.reviews.add(
      incident.id,
      { kind: 'follow-up', scheduledAt: '2026-04-06T10:00:00Z' },
      ctx,
    );
    const noted = await store.reviews.update(
      review.id,
      1,
      { notes: 'We agreed on a canary.' },
      { actor: 'scribe' },
    );
    expect(noted.notes).toBe('We agreed on a canary.');
    expect((await store.reviews.list(incident.id)).map((r) => r.id)).toEqual([review.id, followUp.id]);
    const entries = await use.audit().list({ incidentId: incident.id });
    expect(entries.map((e) => [e.action, e.entity, e.entityId])).toEqual([
      ['update', 'review', review.id],
      ['create', 'review', followUp.id],
      ['create', 'review', review.id],
      ['create', 'incident', incident.id],
    ]);
    expect(entries[0]).toMatchObject({
      actor: auditedAs(use, 'scribe'),
      changes: { notes: { old: '', new: 'We agreed on a canary.' } },
    });
  });
}
