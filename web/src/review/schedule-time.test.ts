import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { suggestedFollowUp } from '../../../src/playbook/agenda.js';
import {
  byTime,
  currentReview,
  defaultScheduledAt,
  fromLocalInput,
  lateFollowUps,
  toLocalInput,
} from './schedule-time.js';

// Local time is the point of these functions, so they run in a zone with daylight saving.
beforeAll(() => {
  vi.stubEnv('TZ', 'Europe/Berlin');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('review schedule times', () => {
  it('reads a time typed in local time as the UTC instant it means', () => {
    expect(fromLocalInput('2026-03-04T10:00')).toBe('2026-03-04T09:00:00.000Z');
    expect(fromLocalInput('2026-07-04T10:00')).toBe('2026-07-04T08:00:00.000Z');
  });

  it('shows a stored instant in local time and reads it back unchanged', () => {
    expect(toLocalInput('2026-03-04T09:00:00.000Z')).toBe('2026-03-04T10:00');
    expect(fromLocalInput(toLocalInput('2026-11-30T16:45:00.000Z'))).toBe('2026-11-30T16:45:00.000Z');
  });

  it('treats a blank or malformed value as no time', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('next tuesday')).toBeUndefined();
    expect(fromLocalInput('2026-13-45T10:00')).toBeUndefined();
    expect(toLocalInput(undefined)).toBe('');
    expect(toLocalInput('garbage')).toBe('');
  });

  it('proposes a review tomorrow at ten', () => {
    const now = new Date('2026-03-04T15:30:00Z');
    expect(defaultScheduledAt('review', 'SEV2', [], now)).toBe('2026-03-05T09:00:00.000Z');
  });

  it('proposes the follow-up after the latest review by the playbook’s gap for the severity, at the same local time across a clock change', () => {
    const reviews = [
      { kind: 'review' as const, scheduledAt: '2026-03-05T09:00:00.000Z' },
      { kind: 'review' as const, scheduledAt: '2026-03-10T13:00:00.000Z' },
      { kind: 'follow-up' as const, scheduledAt: '2026-12-01T09:00:00.000Z' },
    ];
    const now = new Date('2026-03-04T15:30:00Z');
    // 14:00 in Berlin on 10 March (CET) is 14:00 on 7 April (CEST), one hour earlier in UTC: four weeks for a SEV3.
    expect(defaultScheduledAt('follow-up', 'SEV3', reviews, now)).toBe('2026-04-07T12:00:00.000Z');
    // Two weeks for a SEV2, one for a SEV1: the dates the script and the agenda suggest.
    expect(suggestedFollowUp('SEV2').days).toBe(14);
    expect(defaultScheduledAt('follow-up', 'SEV2', reviews, now)).toBe('2026-03-24T13:00:00.000Z');
    expect(defaultScheduledAt('follow-up', 'SEV1', reviews, now)).toBe('2026-03-17T13:00:00.000Z');
  });

  it('proposes a follow-up the severity’s gap after tomorrow when no review is scheduled', () => {
    expect(defaultScheduledAt('follow-up', 'SEV4', [], new Date('2026-03-04T15:30:00Z'))).toBe(
      '2026-04-02T08:00:00.000Z',
    );
  });

  it('moves a proposal that falls on a weekend to the Monday after', () => {
    // Friday afternoon: the review is proposed for Monday, not Saturday.
    expect(defaultScheduledAt('review', 'SEV2', [], new Date('2026-03-06T15:30:00Z'))).toBe(
      '2026-03-09T09:00:00.000Z',
    );
    // Two weeks after a Saturday review.
    const reviews = [{ kind: 'review' as const, scheduledAt: '2026-03-14T09:00:00.000Z' }];
    expect(defaultScheduledAt('follow-up', 'SEV2', reviews, new Date('2026-03-14T12:00:00Z'))).toBe(
      '2026-03-30T08:00:00.000Z',
    );
  });

  it('never proposes a follow-up in the past: after a review long ago, the gap runs from tomorrow', () => {
    const reviews = [{ kind: 'review' as const, scheduledAt: '2026-10-05T08:00:00.000Z' }];
    expect(defaultScheduledAt('follow-up', 'SEV2', reviews, new Date('2026-12-02T15:30:00Z'))).toBe(
      '2026-12-17T09:00:00.000Z',
    );
  });

  it('runs the earliest review that has not ended, or the last one when all are over', () => {
    const reviews = byTime([
      { id: 'follow', scheduledAt: '2026-04-01T09:00:00.000Z', durationMinutes: 30 },
      { id: 'review', scheduledAt: '2026-03-04T09:00:00.000Z', durationMinutes: 60 },
    ]);
    expect(reviews.map((review) => review.id)).toEqual(['review', 'follow']);
    expect(currentReview(reviews, new Date('2026-03-04T09:59:00Z'))?.id).toBe('review');
    expect(currentReview(reviews, new Date('2026-03-04T10:01:00Z'))?.id).toBe('follow');
    expect(currentReview(reviews, new Date('2026-05-01T00:00:00Z'))?.id).toBe('follow');
    expect(currentReview([], new Date())).toBeUndefined();
  });

  it('never lands on a closed review while another is still to be held, even one booked before it ended', () => {
    const reviews = [
      {
        id: 'review',
        scheduledAt: '2026-03-04T09:00:00.000Z',
        durationMinutes: 60,
        endedAt: '2026-03-04T09:40:00.000Z',
      },
      { id: 'follow', scheduledAt: '2026-03-04T09:45:00.000Z', durationMinutes: 30 },
    ];
    // The follow-up started right after the review ended, within the review's booked hour.
    expect(currentReview(reviews, new Date('2026-03-04T09:50:00Z'))?.id).toBe('follow');
    // Running late: past its booked half hour, not closed yet.
    expect(currentReview(reviews, new Date('2026-03-04T11:00:00Z'))?.id).toBe('follow');
    const closed = [reviews[0]!, { ...reviews[1]!, endedAt: '2026-03-04T10:10:00.000Z' }];
    expect(currentReview(closed, new Date('2026-03-04T11:00:00Z'))?.id).toBe('follow');
  });
});

describe('follow-ups booked late', () => {
  it('warns of a follow-up booked later than the severity’s interval after the review, and only that one', () => {
    const reviews = [
      { id: 'REV-1', kind: 'review' as const, scheduledAt: '2026-03-02T10:00:00.000Z' },
      { id: 'REV-2', kind: 'follow-up' as const, scheduledAt: '2026-04-13T09:00:00.000Z' },
    ];
    expect([...lateFollowUps(reviews, 'SEV2')]).toEqual([
      [
        'REV-2',
        'The follow-up review is booked 6 weeks after the review on Monday 2 March; the usual interval for a SEV2 incident is two weeks. Actions go unchecked that much longer: book it sooner if you can.',
      ],
    ]);
    const onTime = { id: 'REV-2', kind: 'follow-up' as const, scheduledAt: '2026-03-16T09:00:00.000Z' };
    expect(
      lateFollowUps(
        [reviews[0], onTime].flatMap((r) => (r ? [r] : [])),
        'SEV2',
      ).size,
    ).toBe(0);
    expect(lateFollowUps(reviews, 'SEV3').get('REV-2')).toContain(
      'the usual interval for a SEV3 incident is four weeks',
    );
  });
});
