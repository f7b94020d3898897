import { describe, expect, it } from 'vitest';
import { type IncidentDocumentInput, incidentDocumentSchema } from '../domain/index.js';
import { followUpIntervalWarning } from './follow-up-interval.js';

const incident = (extra: Partial<IncidentDocumentInput> = {}) =>
  incidentDocumentSchema.parse({ id: 'INC-1', title: 'Checkout returned 502s', severity: 'SEV2', ...extra });
const review = { id: 'REV-1', scheduledAt: '2026-03-02T10:00:00Z', durationMinutes: 60 };
const followUp = (scheduledAt: string) => ({
  id: 'REV-2',
  kind: 'follow-up' as const,
  scheduledAt,
  durationMinutes: 30,
});

describe('a follow-up booked later than the usual interval', () => {
  it('is pointed out plainly: how long after the review, and the usual interval for the severity', () => {
    const late = followUp('2026-04-13T10:00:00Z');
    const doc = incident({ reviews: [review, late] });
    expect(followUpIntervalWarning(late, doc)).toBe(
      'The follow-up review is booked 6 weeks after the review on Monday 2 March; the usual interval for a SEV2 incident is two weeks. Actions go unchecked that much longer: book it sooner if you can.',
    );
  });

  it('says nothing of a follow-up on time, a few days late, or with no meeting before it', () => {
    for (const at of ['2026-03-16T10:00:00Z', '2026-03-18T10:00:00Z']) {
      const onTime = followUp(at);
      expect(followUpIntervalWarning(onTime, incident({ reviews: [review, onTime] }))).toBeUndefined();
    }
    const alone = followUp('2026-06-01T10:00:00Z');
    expect(followUpIntervalWarning(alone, incident({ reviews: [alone] }))).toBeUndefined();
    expect(
      followUpIntervalWarning({ ...review, kind: 'review' }, incident({ reviews: [review] })),
    ).toBeUndefined();
  });

  it('counts from the last follow-up when there was one, by the severity’s interval', () => {
    const first = followUp('2026-03-09T10:00:00Z');
    const next = { ...followUp('2026-04-06T10:00:00Z'), id: 'REV-3' };
    const doc = incident({ severity: 'SEV1', reviews: [review, first, next] });
    expect(followUpIntervalWarning(next, doc)).toMatch(
      /^The follow-up review is booked 4 weeks after the follow-up review on Monday 9 March; the usual interval for a SEV1 incident is one week\./,
    );
    expect(followUpIntervalWarning(next, { ...doc, severity: 'SEV3' })).toBeUndefined();
  });
});
