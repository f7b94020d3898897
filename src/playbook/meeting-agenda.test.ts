import { describe, expect, it } from 'vitest';
import { bookedAgenda } from './agenda.js';
import { meetingAgenda, phaseOfTitle } from './meeting-agenda.js';
import { agendaPhases } from './schema.js';

describe('meeting agenda', () => {
  it('uses the playbook agenda for the severity when the review has none', () => {
    const agenda = meetingAgenda({ agenda: [] }, 'SEV2');
    expect(agenda.map((item) => item.phase)).toEqual([...agendaPhases]);
    expect(agenda.every((item) => item.goal && item.minutes > 0)).toBe(true);
  });

  it('runs the shorter follow-up agenda for a follow-up review', () => {
    const agenda = meetingAgenda({ agenda: [], kind: 'follow-up' }, 'SEV1');
    expect(agenda.map((item) => item.phase)).toEqual(['ground-rules', 'actions', 'factors', 'close']);
    expect(agenda.reduce((sum, item) => sum + item.minutes, 0)).toBe(30);
    expect(agenda[1]?.title).toBe('Action review');
  });

  it('fits the playbook agenda to the length the review is booked for, as the CLI agenda does', () => {
    const agenda = meetingAgenda({ agenda: [], kind: 'review', durationMinutes: 45 }, 'SEV2');
    expect(agenda.reduce((sum, item) => sum + item.minutes, 0)).toBe(45);
    expect(agenda.map((item) => item.phase)).toEqual([...agendaPhases]);
    expect(agenda).toEqual(bookedAgenda({ kind: 'review', durationMinutes: 45 }, 'SEV2'));
    const followUp = meetingAgenda({ agenda: [], kind: 'follow-up', durationMinutes: 20 }, 'SEV1');
    expect(followUp.reduce((sum, item) => sum + item.minutes, 0)).toBe(20);
  });

  it("uses the review's own agenda with its time boxes when it has one", () => {
    const agenda = meetingAgenda(
      {
        agenda: [
          { title: 'Welcome and ground rules', minutes: 5 },
          { title: 'Walk-through of the timeline', minutes: 20 },
          { title: 'Demo of the new dashboard', minutes: 10 },
          { title: 'Wrap-up', minutes: 5 },
        ],
      },
      'SEV1',
    );
    expect(agenda.map((item) => [item.title, item.minutes, item.phase])).toEqual([
      ['Welcome and ground rules', 5, 'ground-rules'],
      ['Walk-through of the timeline', 20, 'timeline'],
      ['Demo of the new dashboard', 10, undefined],
      ['Wrap-up', 5, 'close'],
    ]);
    expect(agenda[1]?.goal).toMatch(/shared account/);
    expect(agenda[2]).not.toHaveProperty('goal');
  });

  it('recognises the playbook titles exactly and common words for each phase', () => {
    expect(phaseOfTitle('Contributing factors')).toBe('factors');
    expect(phaseOfTitle('What went well and where we got lucky')).toBe('went-well');
    expect(phaseOfTitle('Root cause analysis')).toBe('factors');
    expect(phaseOfTitle('Agree action items')).toBe('actions');
    expect(phaseOfTitle('Coffee')).toBeUndefined();
  });
});
