import { describe, expect, it } from 'vitest';
import type { Review, Severity } from '../domain/index.js';
import { followUpPlan, followUpSentence, followUpSentenceBeside } from './follow-up-plan.js';

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
    expect(followUpSentence(plan)).toBe('Follow-up review on 27 March 2026 at 15:00 UTC.');
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

  it('counts from a review already held while the interval after it is still ahead', () => {
    const plan = followUpPlan(
      { severity: 'SEV2', reviews: [review('review', '2026-11-28T10:00:00Z')] },
      '2026-12-03',
    );
    // Two weeks after the review is Saturday 12 December: the Monday after is suggested.
    expect(plan).toMatchObject({ kind: 'suggested', date: '2026-12-14', from: 'review' });
  });

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
      moved: false,
    });
    expect(followUpSentence(followUpPlan({ severity: 'SEV3', reviews: [] }, '2026-12-02'))).toBe(
      'No follow-up review is booked yet. Suggested date: 30 December 2026, four weeks from today, the usual interval for a SEV3 incident.',
    );
  });

  it('says when a suggestion moved off a weekend: not "one week from today" for eight days (trial 18b B-13)', () => {
    // 6 December 2026 is a Sunday: one week on is a Sunday too, so the suggestion is the Monday after.
    const plan = followUpPlan({ severity: 'SEV1', reviews: [] }, '2026-12-06');
    expect(plan).toMatchObject({ date: '2026-12-14', moved: true });
    expect(followUpSentence(plan)).toBe(
      'No follow-up review is booked yet. Suggested date: 14 December 2026, the first working day one week or more from today, the usual interval for a SEV1 incident.',
    );
  });

  it('says a follow-up review in the past took place, and suggests the next from today', () => {
    const held = { ...review('follow-up', '2026-10-19T10:00:00Z'), endedAt: '2026-10-19T10:40:00Z' };
    const plan = followUpPlan(
      { severity: 'SEV2', reviews: [review('review', '2026-10-05T10:00:00Z'), held] },
      '2026-12-02',
    );
    expect(plan).toEqual({
      kind: 'past',
      at: '2026-10-19T10:00:00Z',
      held: true,
      date: '2026-12-16',
      weeks: 2,
      severity: 'SEV2',
      moved: false,
    });
    expect(followUpSentence(plan)).toBe(
      'The follow-up review took place on 19 October 2026. Suggested date for the next one: 16 December 2026, two weeks from today, the usual interval for a SEV2 incident.',
    );
  });

  it('calls a past follow-up review with no record of being held overdue, and suggests a new date', () => {
    const plan = followUpPlan(
      { severity: 'SEV2', reviews: [review('follow-up', '2026-10-19T10:00:00Z')] },
      '2026-12-02',
    );
    expect(followUpSentence(plan)).toBe(
      'The follow-up review planned for 19 October 2026 is overdue: nothing records that it was held. Suggested new date: 16 December 2026, two weeks from today, the usual interval for a SEV2 incident.',
    );
  });

  it('prefers an upcoming follow-up review to one already past', () => {
    const plan = followUpPlan(
      {
        severity: 'SEV2',
        reviews: [review('follow-up', '2026-10-19T10:00:00Z'), review('follow-up', '2026-12-09T10:00:00Z')],
      },
      '2026-12-02',
    );
    expect(plan).toEqual({ kind: 'scheduled', at: '2026-12-09T10:00:00Z' });
  });
});

describe('the plan beside the author’s follow-up text (trial 18e)', () => {
  it('says a booked review once when the author already gives its day, and a suggestion always', () => {
    const booked = { kind: 'scheduled', at: '2026-12-08T14:00:00Z' } as const;
    expect(followUpSentenceBeside(booked, 'Follow-up review on 8 December to check the gate.')).toBe('');
    expect(followUpSentenceBeside(booked, 'We will check the gate.')).toBe(
      'Follow-up review on 8 December 2026 at 14:00 UTC.',
    );
  });
});
