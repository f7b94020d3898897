import { describe, expect, it } from 'vitest';
import { otherBookingWarning, overlappingMeetingWarning } from '../domain/index.js';
import { incidentInput } from '../store/test-support/factories.js';
import { updateRecord } from './records.js';
import {
  closeReview,
  pastBookingWarning,
  recordDecision,
  saveReviewNotes,
  scheduleReview,
} from './reviews.js';
import { eachStore } from './test-support/each-store.js';

const ana = { actor: 'ana' };

eachStore('review meetings', (store) => {
  it('books a review for its whole agenda and a follow-up for half an hour when no length is given', async () => {
    const incident = await store().incidents.create({ ...incidentInput(), severity: 'SEV1' }, ana);
    const review = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-06T10:00:00Z' }, ana);
    const followUp = await scheduleReview(
      store(),
      incident.id,
      { kind: 'follow-up', scheduledAt: '2026-03-20T10:00:00Z' },
      ana,
    );
    expect([review.durationMinutes, followUp.durationMinutes]).toEqual([120, 30]);
    // The same meeting twice is refused; another time is booked, and the one still open is named.
    await expect(
      scheduleReview(store(), incident.id, { scheduledAt: '2026-03-06T11:00:00+01:00' }, ana),
    ).rejects.toThrow(
      `this review is already booked (${review.id}, at 2026-03-06T10:00:00.000Z); nothing was added`,
    );
    const second = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-09T10:00:00Z' }, ana);
    const all = await store().reviews.list(incident.id);
    expect(otherBookingWarning(second, all, (id) => `move ${id}`)).toBe(
      `another review is still booked (${review.id}, at 2026-03-06T10:00:00.000Z); if this one replaces it, move ${review.id}`,
    );
    await closeReview(store(), review.id, ana, '2026-03-06T12:00:00Z');
    expect(otherBookingWarning(second, await store().reviews.list(incident.id), (id) => id)).toBeUndefined();
  });

  it('moves a meeting, but not one already held, nor onto the slot of another of its kind', async () => {
    const incident = await store().incidents.create(incidentInput(), ana);
    const first = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-06T10:00:00Z' }, ana);
    const second = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-09T10:00:00Z' }, ana);
    const third = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-10T10:00:00Z' }, ana);
    expect(otherBookingWarning(third, await store().reviews.list(incident.id), (id) => `move ${id}`)).toBe(
      `2 other reviews are still booked (${first.id}, at 2026-03-06T10:00:00.000Z; ${second.id}, at 2026-03-09T10:00:00.000Z); if this one replaces one of them, move ${first.id}`,
    );
    await expect(
      updateRecord(
        store(),
        'reviews',
        second.id,
        second.version,
        { scheduledAt: '2026-03-06T11:00:00+01:00' },
        ana,
      ),
    ).rejects.toThrow(
      `this review is already booked (${first.id}, at 2026-03-06T10:00:00.000Z); nothing was changed`,
    );
    const moved = await updateRecord(
      store(),
      'reviews',
      second.id,
      second.version,
      { scheduledAt: '2026-03-11T10:00:00.000Z' },
      ana,
    );
    expect(moved.durationMinutes).toBe(second.durationMinutes);
    const held = await closeReview(store(), first.id, ana, '2026-03-06T11:00:00Z');
    await expect(
      updateRecord(store(), 'reviews', first.id, held.version, { scheduledAt: '2026-03-13T10:00:00Z' }, ana),
    ).rejects.toThrow(/was held and closed at 2026-03-06T11:00:00.000Z; when it met stays as it was/);
    // Its notes may still be tidied: only its time is the record of when it met.
    await expect(
      updateRecord(store(), 'reviews', first.id, held.version, { location: 'Room 4' }, ana),
    ).resolves.toMatchObject({ location: 'Room 4' });
  });

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
    ).rejects.toThrow(/cannot start \(2026-03-05T10:00:00.000Z\) at or before the review it follows up/);
    await scheduleReview(
      store(),
      incident.id,
      { kind: 'follow-up', scheduledAt: '2026-03-20T10:00:00Z' },
      ana,
    );
    await expect(closeReview(store(), review.id, ana, '2026-03-06T09:00:00Z')).rejects.toThrow(
      /before its scheduled start .*; give the time it ended/,
    );
    // Nor at a time still to come (trial 26 F12).
    const ahead = new Date(Date.now() + 2 * 86_400_000).toISOString();
    await expect(closeReview(store(), review.id, ana, ahead)).rejects.toThrow(/a time still to come/);
  });

  it('keeps a follow-up after the review when either is moved, and says when a move overlaps another meeting (trial Z-3)', async () => {
    const incident = await store().incidents.create(incidentInput(), ana);
    const review = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-06T10:00:00Z' }, ana);
    const followUp = await scheduleReview(
      store(),
      incident.id,
      { kind: 'follow-up', scheduledAt: '2026-03-20T10:00:00Z' },
      ana,
    );
    // The review moved onto (or past) its follow-up's start, or the follow-up before the review: refused.
    await expect(
      updateRecord(
        store(),
        'reviews',
        review.id,
        review.version,
        { scheduledAt: '2026-03-20T10:00:00Z' },
        ana,
      ),
    ).rejects.toThrow(
      `the review would start (2026-03-20T10:00:00.000Z) at or after its follow-up review (${followUp.id}, at 2026-03-20T10:00:00.000Z), which checks what the review decided; move the follow-up first. Nothing was changed`,
    );
    await expect(
      updateRecord(
        store(),
        'reviews',
        followUp.id,
        followUp.version,
        { scheduledAt: '2026-03-05T10:00:00Z' },
        ana,
      ),
    ).rejects.toThrow(
      /a follow-up review cannot start \(2026-03-05T10:00:00.000Z\) at or before the review it follows up \(2026-03-06T10:00:00.000Z\); nothing was changed/,
    );
    expect((await store().reviews.get(review.id)).scheduledAt).toBe('2026-03-06T10:00:00.000Z');
    // A move that overlaps another open meeting goes through, and is said.
    const second = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-09T10:00:00Z' }, ana);
    const moved = await updateRecord(
      store(),
      'reviews',
      second.id,
      second.version,
      { scheduledAt: '2026-03-06T10:30:00Z' },
      ana,
    );
    const all = await store().reviews.list(incident.id);
    expect(overlappingMeetingWarning(moved, all)).toBe(
      `it overlaps the review ${review.id} (at 2026-03-06T10:00:00.000Z, ${review.durationMinutes} minutes); the same people cannot be in both, so move one of them`,
    );
    // Back to back is not an overlap; a meeting already held is not in the way.
    const after = new Date(Date.parse(review.scheduledAt) + review.durationMinutes * 60_000).toISOString();
    expect(overlappingMeetingWarning({ ...moved, scheduledAt: after }, all)).toBeUndefined();
    await closeReview(store(), review.id, ana, '2026-03-06T11:00:00Z');
    expect(overlappingMeetingWarning(moved, await store().reviews.list(incident.id))).toBeUndefined();
  });

  it('refuses a review before the incident began, as it refuses an action due before it', async () => {
    // The factory's incident began at 2026-03-04T14:00:00Z.
    const incident = await store().incidents.create(incidentInput(), ana);
    await expect(
      scheduleReview(store(), incident.id, { scheduledAt: '2026-02-01T10:00:00Z' }, ana),
    ).rejects.toThrow(
      'scheduledAt (2026-02-01T10:00:00.000Z) is before the incident began (2026-03-04T14:00:00.000Z); a review meets after the incident — check the date',
    );
    await expect(
      scheduleReview(store(), incident.id, { kind: 'follow-up', scheduledAt: '2026-03-04T13:59:00Z' }, ana),
    ).rejects.toThrow(/before the incident began/);
    const during = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-04T14:30:00Z' }, ana);
    expect(during.scheduledAt).toBe('2026-03-04T14:30:00.000Z');
  });

  it('refuses to move a review before the incident began', async () => {
    const incident = await store().incidents.create(incidentInput(), ana);
    const review = await scheduleReview(store(), incident.id, { scheduledAt: '2026-03-06T10:00:00Z' }, ana);
    await expect(
      updateRecord(
        store(),
        'reviews',
        review.id,
        review.version,
        { scheduledAt: '2026-02-06T10:00:00.000Z' },
        ana,
      ),
    ).rejects.toThrow(/^scheduledAt \(2026-02-06T10:00:00.000Z\) is before the incident began/);
    const moved = await updateRecord(
      store(),
      'reviews',
      review.id,
      review.version,
      { scheduledAt: '2026-03-07T10:00:00.000Z' },
      ana,
    );
    expect(moved.scheduledAt).toBe('2026-03-07T10:00:00.000Z');
  });

  it('books a review for an incident with no recorded start at any time', async () => {
    const incident = await store().incidents.create(incidentInput({ moments: {} }), ana);
    const review = await scheduleReview(store(), incident.id, { scheduledAt: '2020-01-01T10:00:00Z' }, ana);
    expect(review.scheduledAt).toBe('2020-01-01T10:00:00.000Z');
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

describe('a booking in the past', () => {
  it('is warned about, naming the time and now; a booking ahead is not', () => {
    const now = '2026-12-02T09:00:00.000Z';
    expect(pastBookingWarning({ kind: 'review', scheduledAt: '2026-11-01T10:00:00.000Z' }, now)).toBe(
      'the review is booked for 2026-11-01T10:00:00.000Z, which is in the past (now 2026-12-02T09:00:00.000Z); if it has not happened yet, reschedule it',
    );
    expect(pastBookingWarning({ kind: 'follow-up', scheduledAt: '2026-11-01T10:00:00.000Z' }, now)).toMatch(
      /^the follow-up review is booked/,
    );
    expect(
      pastBookingWarning({ kind: 'review', scheduledAt: '2026-12-03T10:00:00.000Z' }, now),
    ).toBeUndefined();
  });
});
