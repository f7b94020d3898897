import { expect, it } from 'vitest';
import { incidentInput } from '../store/test-support/factories.js';
import { addAction, addRecord, closeAction, updateRecord } from './records.js';
import { scheduleReview } from './reviews.js';
import { eachStore } from './test-support/each-store.js';

const ctx = { actor: 'test' };

eachStore('records', (store) => {
  it('refuses an action whose factor is not one of the incident’s, naming it', async () => {
    const incident = await store().incidents.create(incidentInput(), ctx);
    await expect(
      addAction(store(), incident.id, { title: 'Add a canary', factorId: 'FAC-NOPE' }, ctx),
    ).rejects.toThrow(/factorId: "FAC-NOPE" names no contributing factor/);
    const factor = await addRecord(
      store(),
      'factors',
      incident.id,
      { title: 'No canary', category: 'deploy-release' },
      ctx,
    );
    const action = await addAction(store(), incident.id, { title: 'Add a canary', factorId: factor.id }, ctx);
    expect(action.factorId).toBe(factor.id);
    await expect(
      updateRecord(store(), 'actions', action.id, action.version, { factorId: 'FAC-NOPE' }, ctx),
    ).rejects.toThrow(/names no contributing factor/);
  });

  it('closes an action as done, or dropped with its reason; a stale version is a conflict', async () => {
    const incident = await store().incidents.create(incidentInput(), ctx);
    const a = await addAction(store(), incident.id, { title: 'Alert on pool saturation' }, ctx);
    const b = await addAction(store(), incident.id, { title: 'Rewrite the client' }, ctx);
    expect((await closeAction(store(), a.id, { status: 'done' }, ctx)).status).toBe('done');
    const dropped = await closeAction(
      store(),
      b.id,
      { status: 'dropped', reason: 'superseded by the canary' },
      ctx,
    );
    expect(dropped).toMatchObject({ status: 'dropped', droppedReason: 'superseded by the canary' });
    await expect(closeAction(store(), b.id, { status: 'done' }, ctx, b.version)).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('schedules a review and a follow-up review, validated', async () => {
    const incident = await store().incidents.create(incidentInput(), ctx);
    const review = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-06T10:00:00Z' }, ctx);
    expect(review).toMatchObject({ kind: 'review', durationMinutes: 90 }); // the factory's SEV2: its whole agenda
    const followUp = await addRecord(
      store(),
      'reviews',
      incident.id,
      { kind: 'follow-up', scheduledAt: '2026-04-06T10:00:00Z', durationMinutes: 30 },
      ctx,
    );
    expect(followUp.kind).toBe('follow-up');
    await expect(
      scheduleReview(store(), incident.id, { scheduledAt: 'next tuesday' }, ctx),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
