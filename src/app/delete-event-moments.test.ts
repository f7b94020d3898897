import { describe, expect, it } from 'vitest';
import { incidentInput } from '../store/test-support/factories.js';
import { deleteById, findById } from './delete-by-id.js';
import { momentsWithoutEvent } from './moment-from-event.js';
import { addRecord, deleteRecord } from './records.js';
import { eachStore } from './test-support/each-store.js';

const ctx = { actor: 'test' };

describe('momentsWithoutEvent', () => {
  it('takes out only the moments founded on the event', () => {
    const moments = {
      impactStart: { at: '2026-03-04T14:00:00.000Z', eventId: 'EVT-1' },
      detected: { at: '2026-03-04T14:05:00.000Z', eventId: 'EVT-2' },
      resolved: { at: '2026-03-04T15:00:00.000Z', reason: 'the status page says so' },
    };
    expect(momentsWithoutEvent(moments, 'EVT-1')).toEqual({
      moments: { detected: moments.detected, resolved: moments.resolved },
      cleared: ['impactStart'],
    });
    expect(momentsWithoutEvent(moments, 'EVT-9')).toBeUndefined();
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
});
