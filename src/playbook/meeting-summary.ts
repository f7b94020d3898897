import type { Action, Factor, MeetingSummary, Review } from '../domain/index.js';
import type { MeetingPhase } from './meeting-agenda.js';

/** What a meeting's summary is made of: its agenda, what the room recorded, and the incident's records. */
export interface MeetingSummaryInput {
  agenda: readonly Pick<MeetingPhase, 'title' | 'minutes'>[];
  meeting: {
    startedAt: string;
    endedAt: string;
    spentMs: readonly number[];
    joined: ReadonlyArray<{ name: string }>;
  };
  review: Pick<Review, 'decisions' | 'attendees'>;
  /** The incident's factors and actions with when each was added. */
  factors: ReadonlyArray<Pick<Factor, 'id' | 'title'> & { createdAt: string }>;
  actions: ReadonlyArray<Pick<Action, 'id' | 'title' | 'owner' | 'dueDate'> & { createdAt: string }>;
}

const during = (at: string, from: string, to: string) =>
  Date.parse(at) >= Date.parse(from) && Date.parse(at) <= Date.parse(to);

/**
 * The meeting's summary: who joined (the people who opened the room while it ran, else the review's attendees),
 * each phase's time spent against its time box, the review's decisions, and the factors and actions added between
 * its start and its end.
 */
export function summarizeMeeting(input: MeetingSummaryInput): MeetingSummary {
  const { meeting, agenda, review } = input;
  const joined = meeting.joined.map((person) => person.name);
  return {
    startedAt: meeting.startedAt,
    endedAt: meeting.endedAt,
    attendees: joined.length > 0 ? joined : [...review.attendees],
    phases: agenda.map((item, index) => ({
      title: item.title,
      bookedMinutes: item.minutes,
      spentMs: Math.round(meeting.spentMs[index] ?? 0),
    })),
    decisions: [...review.decisions],
    factors: input.factors
      .filter((factor) => during(factor.createdAt, meeting.startedAt, meeting.endedAt))
      .map(({ id, title }) => ({ id, title })),
    actions: input.actions
      .filter((action) => during(action.createdAt, meeting.startedAt, meeting.endedAt))
      .map(({ id, title, owner, dueDate }) => ({ id, title, owner, ...(dueDate ? { dueDate } : {}) })),
  };
}
