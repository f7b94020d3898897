import { describe, expect, it } from 'vitest';
import type { Review, Severity } from '../domain/index.js';
import { followUpPlan, followUpSentence } from './follow-up-plan.js';

const resolved = { resolved: { at: '2026-03-04T13:05:00.000Z' } };
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
    const plan = followUpPlan({
      severity: 'SEV2',
      moments: resolved,
      reviews: [
        review('review', '2026-03-06T15:00:00.000Z'),
        review('follow-up', '2026-04-03T15:00:00.000Z'),
        review('follow-up', '2026-03-27T15:00:00.000Z'),
      ],
    });
    expect(plan).toEqual({ kind: 'scheduled', at: '2026-03-27T15:00:00.000Z' });
    expect(followUpSentence(plan)).toBe('Follow-up review on 2026-03-27 15:00 UTC.');
  });

  it.each<[Severity, string, string]>([
    ['SEV1', '2026-03-11', '11 March 2026, one week'],
    ['SEV2', '2026-03-18', '18 March 2026, two weeks'],
    ['SEV3', '2026-04-01', '1 April 2026, four weeks'],
    ['SEV4', '2026-04-01', '1 April 2026, four weeks'],
  ])(
    'suggests a date for a %s incident with no follow-up booked, and says it is a suggestion',
    (severity, date, words) => {
      const plan = followUpPlan({
        severity,
        moments: resolved,
        reviews: [review('review', '2026-03-06T15:00:00Z')],
      });
      expect(plan).toMatchObject({ kind: 'suggested', date });
      expect(followUpSentence(plan)).toBe(
        `No follow-up review is booked yet. Suggested date: ${words} after the incident was resolved, the usual interval for a ${severity} incident.`,
      );
    },
  );

  it('counts from mitigation when the incident is not resolved yet, and gives the interval without either', () => {
    expect(
      followUpPlan({ severity: 'SEV1', moments: { mitigated: { at: '2026-03-04T12:41:00Z' } }, reviews: [] }),
    ).toEqual({
      kind: 'suggested',
      weeks: 1,
      severity: 'SEV1',
      date: '2026-03-11',
    });
    expect(followUpSentence(followUpPlan({ severity: 'SEV3', moments: {}, reviews: [] }))).toBe(
      'No follow-up review is booked yet. We suggest one four weeks after the incident is resolved, the usual interval for a SEV3 incident.',
    );
  });
});
