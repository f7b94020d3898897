import { describe, expect, it } from 'vitest';
import { incidentInput } from '../store/test-support/factories.js';
import { deleteById, findById } from './delete-by-id.js';
import { momentsAfterEventChange } from './moment-from-event.js';
import { addRecord, deleteRecord, updateRecord } from './records.js';
import { eachStore } from './test-support/each-store.js';

const ctx = { actor: 'test' };

describe('momentsAfterEventChange', () => {
  const event = (id: string, at: string, kind: string, severity = 'info') =>
    ({ id, at, kind, severity, summary: id }) as never;
  const moments = {
    impactStart: { at: '2026-03-04T14:00:00.000Z', eventId: 'EVT-1' },
    detected: { at: '2026-03-04T14:05:00.000Z', eventId: 'EVT-2' },
    resolved: { at: '2026-03-04T15:00:00.000Z', reason: 'the status page says so' },
  };
  const error = event('EVT-1', '2026-03-04T14:00:00.000Z', 'error', 'error');
  const alert = event('EVT-2', '2026-03-04T14:05:00.000Z', 'alert-fired', 'error');

  it("unsets a deleted event's moments and leaves the others alone", () => {
    expect(momentsAfterEventChange(moments, 'EVT-1', [alert], 'deleted')).toEqual({
      moments: { detected: moments.detected, resolved: moments.resolved },
      cleared: ['impactStart'],
      unlinked: [],
    });
    expect(momentsAfterEventChange(moments, 'EVT-9', [error, alert], 'deleted')).toBeUndefined();
  });

  it('links the moment to a twin at its time instead, when one founds it', () => {
    const twin = event('EVT-3', '2026-03-04T14:05:00.000Z', 'alert-fired', 'error');
    expect(momentsAfterEventChange(moments, 'EVT-2', [error, twin], 'deleted')?.moments.detected).toEqual({
      at: '2026-03-04T14:05:00.000Z',
      eventId: 'EVT-3',
      reason: 'alert-fired event: EVT-3',
    });
  });

  it("keeps a changed event's moment at its time without the link once it no longer founds it", () => {
    const moved = event('EVT-2', '2026-03-04T14:09:00.000Z', 'alert-fired', 'error');
    expect(momentsAfterEventChange(moments, 'EVT-2', [error, moved], 'changed')).toEqual({
      moments: { ...moments, detected: { at: '2026-03-04T14:05:00.000Z' } },
      cleared: [],
      unlinked: ['detected'],
    });
    const note = event('EVT-2', '2026-03-04T14:05:00.000Z', 'note');
    expect(momentsAfterEventChange(moments, 'EVT-2', [error, note], 'changed')?.unlinked).toEqual([
      'detected',
    ]);
    // A new summary or a stronger severity still founds it: nothing changes.
    expect(momentsAfterEventChange(moments, 'EVT-2', [error, alert], 'changed')).toBeUndefined();
  });
});

eachStore('deleting an event', (store) => {
  it('unsets the moments founded on it, so evidence attached again can set them; others stay', async () => {
    const incident = await store().incidents.create(incidentInput(), ctx);
    const wrongZone = await addRecord(
      store(),
      'events',
      incident.id,
      { at: '2026-03-04T13:00:00Z', kind: 'error', severity: 'error', summary: 'pool exhausted' },
      ctx,
    );
    const page = await addRecord(
      store(),
      'events',
      incident.id,
      { at: '2026-03-04T14:05:00Z', kind: 'page', summary: 'on-call paged' },
      ctx,
    );
    const read = await store().incidents.get(incident.id);
    await store().incidents.update(
      incident.id,
      read.version,
      {
        moments: {
          ...read.moments,
          impactStart: { at: '2026-03-04T13:00:00.000Z', eventId: wrongZone.id },
          detected: { at: '2026-03-04T14:05:00.000Z', eventId: page.id },
        },
      },
      ctx,
    );
    const current = await store().timeline.get(wrongZone.id);
    expect(await deleteRecord(store(), 'events', wrongZone.id, current.version, ctx)).toEqual({
      clearedMoments: ['impactStart'],
    });
    const after = await store().incidents.get(incident.id);
    expect(after.moments.impactStart).toBeUndefined();
    expect(after.moments.detected?.eventId).toBe(page.id);

    // The CLI's `delete ID` goes the same way.
    expect(await deleteById(store(), await findById(store(), page.id), ctx)).toEqual({
      clearedMoments: ['detected'],
    });
    expect((await store().incidents.get(incident.id)).moments.detected).toBeUndefined();
  });

  it('a moved event, or one made a note, no longer names the moment it founded; the moment keeps its time', async () => {
    const incident = await store().incidents.create(
      incidentInput({ moments: { impactStart: { at: '2026-03-04T14:00:00Z' } } }),
      ctx,
    );
    const page = await addRecord(
      store(),
      'events',
      incident.id,
      { at: '2026-03-04T14:05:00Z', kind: 'page', summary: 'on-call paged' },
      ctx,
    );
    expect((await store().incidents.get(incident.id)).moments.detected?.eventId).toBe(page.id);
    await updateRecord(store(), 'events', page.id, page.version, { summary: 'on-call paged (Dana)' }, ctx);
    expect((await store().incidents.get(incident.id)).moments.detected?.eventId).toBe(page.id);
    await updateRecord(store(), 'events', page.id, page.version + 1, { at: '2026-03-04T14:15:00.000Z' }, ctx);
    const detected = (await store().incidents.get(incident.id)).moments.detected;
    expect(detected?.at).toBe('2026-03-04T14:05:00.000Z');
    expect(detected?.eventId).toBeUndefined();
  });
});
