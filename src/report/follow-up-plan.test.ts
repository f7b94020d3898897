import { describe, expect, it } from 'vitest';
import type { Review, Severity } from '../domain/index.js';
import { followUpPlan, followUpSentence } from './follow-up-plan.js';

const review = (kind: Review['kind'], scheduledAt: string): Review => ({
  id: `REV-${scheduledAt}`,
  kind,
  scheduledAt,
  durationMinutes: 30,
  attendees: [],
  agenda: [],
  notes: '',
  decisions: [],
});

describe('the follow-up plan', () => {
  it('gives the earliest follow-up review booked, not the review meeting', () => {
    const plan = followUpPlan(
      {
        severity: 'SEV2',
        reviews: [
          review('review', '2026-03-06T15:00:00.000Z'),
          review('follow-up', '2026-04-03T15:00:00.000Z'),
          review('follow-up', '2026-03-27T15:00:00.000Z'),
        ],
      },
      '2026-03-05',
    );
    expect(plan).toEqual({ kind: 'scheduled', at: '2026-03-27T15:00:00.000Z' });
    expect(followUpSentence(plan)).toBe('Follow-up review on 2026-03-27 15:00 UTC.');
  });

  it.each<[Severity, string, string]>([
    ['SEV1', '2026-03-13', '13 March 2026, one week'],
    ['SEV2', '2026-03-20', '20 March 2026, two weeks'],
    ['SEV3', '2026-04-03', '3 April 2026, four weeks'],
    ['SEV4', '2026-04-03', '3 April 2026, four weeks'],
  ])(
    'suggests a date for a %s incident after its review meeting, as the meeting script does, and says it is a suggestion',
    (severity, date, words) => {
      const plan = followUpPlan(
        { severity, reviews: [review('review', '2026-03-06T15:00:00Z')] },
        '2026-03-05',
      );
      expect(plan).toMatchObject({ kind: 'suggested', date });
      expect(followUpSentence(plan)).toBe(
        `No follow-up review is booked yet. Suggested date: ${words} after the review meeting, the usual interval for a ${severity} incident.`,
      );
    },
  );

  it('never suggests a date in the past: with the meeting behind us or none booked, it counts from today', () => {
    const past = followUpPlan(
      { severity: 'SEV1', reviews: [review('review', '2026-03-06T15:00:00Z')] },
      '2026-12-02',
    );
    expect(past).toEqual({
      kind: 'suggested',
      weeks: 1,
      severity: 'SEV1',
      date: '2026-12-09',
      from: 'today',
    });
    expect(followUpSentence(followUpPlan({ severity: 'SEV3', reviews: [] }, '2026-12-02'))).toBe(
      'No follow-up review is booked yet. Suggested date: 30 December 2026, four weeks from today, the usual interval for a SEV3 incident.',
    );
  });
});
