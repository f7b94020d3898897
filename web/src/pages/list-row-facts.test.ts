import { describe, expect, it } from 'vitest';
import type { IncidentListItem } from '../../../src/domain/index.js';
import { listRowFacts } from './list-row-facts.js';

const base: IncidentListItem = {
  id: 'INC-1',
  title: 'Checkout errors',
  severity: 'SEV2',
  status: 'in-review',
  services: ['checkout'],
  restricted: false,
  version: 3,
  createdAt: '2026-03-05T10:00:00.000Z',
  updatedAt: '2026-03-05T10:00:00.000Z',
  openActions: 0,
};
const now = new Date('2026-03-10T12:00:00Z');

describe('listRowFacts', () => {
  it('names the start, the owner, the next review and the open actions', () => {
    const item: IncidentListItem = {
      ...base,
      startedAt: '2026-03-04T09:12:00.000Z',
      owner: { name: 'Mei-Ling Chen', role: 'facilitator' },
      nextReview: { id: 'RV-1', kind: 'follow-up', scheduledAt: '2026-03-20T14:00:00.000Z' },
      openActions: 2,
    };
    expect(listRowFacts(item, now, 'en-GB')).toEqual([
      'Began 4 Mar 2026',
      'Facilitator: Mei-Ling Chen',
      'Follow-up 20 Mar 2026',
      '2 open actions',
    ]);
  });

  it('says what is missing: no start (the day it was recorded), no owner, no review booked', () => {
    expect(listRowFacts({ ...base, openActions: 1 }, now, 'en-GB')).toEqual([
      'Recorded 5 Mar 2026',
      'No facilitator named',
      'No review booked',
      '1 open action',
    ]);
  });

  it('points out a review whose time has passed without an end recorded, and asks none of a closed incident', () => {
    const late = { id: 'RV-2', kind: 'review' as const, scheduledAt: '2026-03-06T14:00:00.000Z' };
    expect(listRowFacts({ ...base, nextReview: late }, now, 'en-GB')).toContain('Review was due 6 Mar 2026');
    const closed = listRowFacts({ ...base, status: 'closed' }, now, 'en-GB');
    expect(closed.some((fact) => fact.includes('review'))).toBe(false);
    const commander = listRowFacts(
      { ...base, owner: { name: 'Kofi', role: 'incident-commander' } },
      now,
      'en-GB',
    );
    expect(commander).toContain('Incident commander: Kofi');
  });
});
