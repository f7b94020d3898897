import { expect, it } from 'vitest';
import { incidentInput } from '../store/test-support/factories.js';
import { addRecord } from './records.js';
import { eachStore } from './test-support/each-store.js';

const ctx = { actor: 'test' };
const event = (kind: string, at: string | null, summary = 'Dana acknowledged the page') => ({
  at,
  kind,
  summary,
  source: 'manual',
});

eachStore('a moment from an event added by hand', (store) => {
  it('sets the moment the event marks when none is set, linked to the event', async () => {
    const incident = await store().incidents.create(incidentInput(), ctx);
    const added = await addRecord(
      store(),
      'events',
      incident.id,
      event('acknowledged', '2026-03-04T14:07:00Z'),
      ctx,
    );
    const { moments } = await store().incidents.get(incident.id);
    expect(moments.acknowledged).toEqual({
      at: '2026-03-04T14:07:00.000Z',
      eventId: added.id,
      reason: 'acknowledged event: Dana acknowledged the page',
    });
    // A second acknowledgement changes nothing: the moment is set.
    await addRecord(store(), 'events', incident.id, event('acknowledged', '2026-03-04T14:09:00Z'), ctx);
    expect((await store().incidents.get(incident.id)).moments.acknowledged?.eventId).toBe(added.id);
  });

  it('never overwrites a moment, sets none out of order, and none for an event without a time', async () => {
    const incident = await store().incidents.create(incidentInput(), ctx);
    await addRecord(store(), 'events', incident.id, event('page', '2026-03-04T14:01:00Z', 'Paged Dana'), ctx);
    // Resolved at 14:40 already; a mitigation after it would be out of order.
    await addRecord(
      store(),
      'events',
      incident.id,
      event('mitigation', '2026-03-04T15:00:00Z', 'Drained'),
      ctx,
    );
    await addRecord(store(), 'events', incident.id, event('acknowledged', null), ctx);
    const { moments } = await store().incidents.get(incident.id);
    expect(moments.detected).toEqual({ at: '2026-03-04T14:05:00.000Z' });
    expect(moments.mitigated).toBeUndefined();
    expect(moments.acknowledged).toBeUndefined();
  });

  it('adds the event and leaves the moment unset when the incident’s other records refuse it', async () => {
    // No moments yet, and an action due before the time the event would make the start.
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ctx);
    await addRecord(store(), 'actions', incident.id, { title: 'Old follow-up', dueDate: '2026-03-01' }, ctx);
    const added = await addRecord(
      store(),
      'events',
      incident.id,
      event('alert-fired', '2026-03-04T14:03:00Z', 'Alert fired'),
      ctx,
    );
    expect((await store().timeline.list(incident.id)).map((e) => e.id)).toEqual([added.id]);
    expect((await store().incidents.get(incident.id)).moments.detected).toBeUndefined();
  });

  // Trial 18d, E-8: a rollback set `mitigated`; the mitigation saying the service recovered, later, was not taken.
  it('takes a later mitigation that says the service recovered as the resolution, never moving the mitigation', async () => {
    const incident = await store().incidents.create(
      incidentInput({ moments: { impactStart: { at: '2026-03-04T14:05:00Z' } } }),
      ctx,
    );
    const rollback = await addRecord(
      store(),
      'events',
      incident.id,
      event('rollback', '2026-03-04T14:41:00Z', 'Rolled back checkout-api'),
      ctx,
    );
    // Still failing: nothing recovered yet, so no resolution.
    await addRecord(
      store(),
      'events',
      incident.id,
      event('mitigation', '2026-03-04T14:45:00Z', 'Raised the pool size; errors not yet recovered'),
      ctx,
    );
    expect((await store().incidents.get(incident.id)).moments.resolved).toBeUndefined();
    const recovered = await addRecord(
      store(),
      'events',
      incident.id,
      event('mitigation', '2026-03-04T14:52:00Z', 'Error rate recovered to baseline; incident resolved'),
      ctx,
    );
    const { moments } = await store().incidents.get(incident.id);
    expect(moments.mitigated?.eventId).toBe(rollback.id);
    expect(moments.resolved).toEqual({
      at: '2026-03-04T14:52:00.000Z',
      eventId: recovered.id,
      reason: 'mitigation event: Error rate recovered to baseline; incident resolved',
    });
  });

  it('takes a flag change saying the service recovered after the mitigation as the resolution, and one before as nothing', async () => {
    const incident = await store().incidents.create(
      incidentInput({ moments: { impactStart: { at: '2026-05-12T13:10:00Z' } } }),
      ctx,
    );
    const flip = (at: string, summary: string) =>
      addRecord(store(), 'events', incident.id, { ...event('flag-change', at, summary) }, ctx);
    // Before any mitigation a flag change sets nothing: it may be the cause.
    await flip('2026-05-12T13:05:00Z', 'Turned resize-on-upload on; uploads succeed again');
    expect((await store().incidents.get(incident.id)).moments.resolved).toBeUndefined();
    await addRecord(
      store(),
      'events',
      incident.id,
      event('mitigation', '2026-05-12T13:30:00Z', 'Raised the quota'),
      ctx,
    );
    const recovered = await flip(
      '2026-05-12T13:48:00Z',
      'Turned resize-on-upload off; uploads succeed again',
    );
    expect((await store().incidents.get(incident.id)).moments.resolved?.eventId).toBe(recovered.id);
  });
});
