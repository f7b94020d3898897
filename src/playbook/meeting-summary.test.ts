import { describe, expect, it } from 'vitest';
import { summarizeMeeting } from './meeting-summary.js';

describe('summarizeMeeting', () => {
  const base = {
    agenda: [
      { title: 'Purpose and ground rules', minutes: 5 },
      { title: 'Timeline walk-through', minutes: 15 },
    ],
    meeting: {
      startedAt: '2026-03-06T15:00:00.000Z',
      endedAt: '2026-03-06T15:40:00.000Z',
      spentMs: [6 * 60_000, 20 * 60_000 + 400.4],
      joined: [{ name: 'Ana' }, { name: 'Ben' }],
    },
    review: { decisions: ['Flags get an owner'], attendees: ['Ana', 'Ben', 'Cy'] },
    factors: [
      { id: 'FAC-1', title: 'No canary', createdAt: '2026-03-06T15:10:00.000Z' },
      { id: 'FAC-0', title: 'Older', createdAt: '2026-03-05T09:00:00.000Z' },
    ],
    actions: [
      {
        id: 'ACT-1',
        title: 'Add a canary',
        owner: 'Ana',
        dueDate: '2026-04-01',
        createdAt: '2026-03-06T15:30:00.000Z',
      },
      { id: 'ACT-2', title: 'Later', owner: '', createdAt: '2026-03-06T16:00:00.000Z' },
    ],
  };

  it('lists who joined, each phase against its box, the decisions and what was added while it ran', () => {
    expect(summarizeMeeting(base)).toEqual({
      startedAt: '2026-03-06T15:00:00.000Z',
      endedAt: '2026-03-06T15:40:00.000Z',
      attendees: ['Ana', 'Ben'],
      phases: [
        { title: 'Purpose and ground rules', bookedMinutes: 5, spentMs: 360_000 },
        { title: 'Timeline walk-through', bookedMinutes: 15, spentMs: 1_200_400 },
      ],
      decisions: ['Flags get an owner'],
      factors: [{ id: 'FAC-1', title: 'No canary' }],
      actions: [{ id: 'ACT-1', title: 'Add a canary', owner: 'Ana', dueDate: '2026-04-01' }],
    });
  });

  it('falls back to the review’s attendees when nobody opened the room', () => {
    const summary = summarizeMeeting({ ...base, meeting: { ...base.meeting, joined: [] } });
    expect(summary.attendees).toEqual(['Ana', 'Ben', 'Cy']);
  });
});
