import { expect, it } from 'vitest';
import { incidentInput } from '../store/test-support/factories.js';
import { closeReview, recordDecision, saveReviewNotes, scheduleReview } from './reviews.js';
import { eachStore } from './test-support/each-store.js';

const ana = { actor: 'ana' };

eachStore('review meetings', (store) => {
  it('keeps a closed meeting’s notes and decisions as they were', async () => {
    const incident = await store().incidents.create(incidentInput(), ana);
    const review = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-06T10:00:00Z' }, ana);
    await recordDecision(store(), review.id, 'Canary every release', ana);
    await closeReview(store(), review.id, ana, '2026-03-06T11:00:00Z');
    await expect(recordDecision(store(), review.id, 'One more', ana)).rejects.toThrow(
      /ended at 2026-03-06T11:00:00.000Z; its notes and decisions are closed/,
    );
    await expect(saveReviewNotes(store(), review.id, 'Later words', ana, { append: true })).rejects.toThrow(
      /are closed/,
    );
    const stored = await store().reviews.get(review.id);
    expect(stored.decisions).toEqual(['Canary every release']);
  });

  it('refuses a follow-up review before the review it follows up, and an end before the start', async () => {
    const incident = await store().incidents.create(incidentInput(), ana);
    const review = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-06T10:00:00Z' }, ana);
    await expect(
      scheduleReview(store(), incident.id, { kind: 'follow-up', scheduledAt: '2026-03-05T10:00:00Z' }, ana),
    ).rejects.toThrow(/cannot start \(2026-03-05T10:00:00.000Z\) before the review it follows up/);
    await scheduleReview(
      store(),
      incident.id,
      { kind: 'follow-up', scheduledAt: '2026-03-20T10:00:00Z' },
      ana,
    );
    await expect(closeReview(store(), review.id, ana, '2026-03-06T09:00:00Z')).rejects.toThrow(
      /before its scheduled start .*; give the time it ended/,
    );
  });

  it('with a decision and the close landing together, either the decision is kept or it is refused as closed', async () => {
    const incident = await store().incidents.create(incidentInput(), ana);
    const review = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-06T10:00:00Z' }, ana);
    const [decided, closed] = await Promise.allSettled([
      recordDecision(store(), review.id, 'Canary every release', { actor: 'bo' }),
      closeReview(store(), review.id, ana, '2026-03-06T11:00:00Z'),
    ]);
    const stored = await store().reviews.get(review.id);
    expect(stored.endedAt).toBe('2026-03-06T11:00:00.000Z');
    if (decided.status === 'fulfilled') expect(stored.decisions).toEqual(['Canary every release']);
    else {
      expect(String(decided.reason)).toMatch(/are closed/);
      expect(stored.decisions).toEqual([]);
    }
    // The close is never lost to the decision's retry.
    expect(
      closed.status === 'fulfilled' || /changed since/.test(String((closed as PromiseRejectedResult).reason)),
    ).toBe(true);
  });
});
