import { describe, expect, it } from 'vitest';
import type { IncidentListItem } from '../domain/index.js';
import { listRowCells } from './list-row.js';

const base = {
  id: 'INC-1',
  title: 'Checkout returned 502s',
  severity: 'SEV2',
  status: 'in-review',
  services: ['checkout'],
  createdAt: '2026-03-05T09:00:00.000Z',
  updatedAt: '2026-03-05T09:00:00.000Z',
  openActions: 2,
} as unknown as IncidentListItem;
const now = new Date('2026-03-10T12:00:00Z');

describe('listRowCells', () => {
  it('says when it began, who owns it, the next review and the open actions', () => {
    const item = {
      ...base,
      startedAt: '2026-03-04T14:00:00.000Z',
      owner: { name: 'Dana Kim', role: 'facilitator' },
      nextReview: { id: 'REV-1', kind: 'review', scheduledAt: '2026-03-12T10:00:00.000Z' },
    } as IncidentListItem;
    expect(listRowCells(item, now)).toEqual([
      '2026-03-04',
      'Dana Kim (facilitator)',
      '2026-03-12 review',
      '2',
    ]);
  });

  it('marks a review whose time passed as due, and an unknown start by the day it was recorded', () => {
    const item = {
      ...base,
      owner: { name: 'Lee', role: 'incident-commander' },
      nextReview: { id: 'REV-2', kind: 'follow-up', scheduledAt: '2026-03-09T10:00:00.000Z' },
    } as IncidentListItem;
    expect(listRowCells(item, now)).toEqual([
      '~2026-03-05',
      'Lee (commander)',
      '2026-03-09 follow-up, due',
      '2',
    ]);
  });

  it('says no review is booked only while the incident is open', () => {
    expect(listRowCells(base, now)[2]).toBe('none booked');
    expect(listRowCells({ ...base, status: 'closed' }, now)[1]).toBe('-');
    expect(listRowCells({ ...base, status: 'closed' }, now)[2]).toBe('-');
  });
});
