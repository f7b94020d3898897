import { describe, expect, it } from 'vitest';
import { incidentSchema } from './incident.js';
import { nextBookedReview, postMortemOwner } from './incident-list.js';
import { type Review, reviewSchema } from './review.js';

const incident = (participants: object[]) =>
  incidentSchema.parse({
    id: 'INC-1',
    title: 'T',
    severity: 'SEV3',
    participants,
    version: 1,
    createdAt: '2026-03-04T00:00:00Z',
    updatedAt: '2026-03-04T00:00:00Z',
  });

const review = (id: string, scheduledAt: string, more: object = {}): Review =>
  reviewSchema.parse({ id, scheduledAt, ...more });

describe('postMortemOwner', () => {
  it('prefers the facilitator, then the incident commander, and is absent without either', () => {
    const commander = { name: 'Kofi Mensah', role: 'incident-commander' };
    const facilitator = { name: 'Zhang Wei', role: 'facilitator' };
    expect(postMortemOwner(incident([commander, facilitator]))).toEqual({
      name: 'Zhang Wei',
      role: 'facilitator',
    });
    expect(postMortemOwner(incident([commander]))).toEqual({
      name: 'Kofi Mensah',
      role: 'incident-commander',
    });
    expect(postMortemOwner(incident([{ name: 'Ana', role: 'responder' }]))).toBeUndefined();
  });
});

describe('nextBookedReview', () => {
  it('is the earliest review not held yet, in time order rather than booking order', () => {
    const reviews = [
      review('RV-1', '2026-03-06T14:00:00Z', { endedAt: '2026-03-06T15:00:00Z' }),
      review('RV-3', '2026-03-27T14:00:00+02:00', { kind: 'follow-up' }),
      review('RV-2', '2026-03-27T13:00:00Z', { kind: 'follow-up' }),
    ];
    expect(nextBookedReview(reviews)?.id).toBe('RV-3');
    expect(nextBookedReview(reviews.slice(0, 1))).toBeUndefined();
    expect(nextBookedReview([])).toBeUndefined();
  });
});
