import type { AgendaItem, ReviewKind, Severity } from '../domain/index.js';
import type { AgendaPhase } from './schema.js';

/** One phase of the review with its default time box and what the facilitator aims to get out of it. */
export interface AgendaPhaseItem extends AgendaItem {
  phase: AgendaPhase;
  goal: string;
}

const phaseText: Record<AgendaPhase, { title: string; goal: string }> = {
  'ground-rules': {
    title: 'Purpose and ground rules',
    goal: 'Agree that we are here to learn and improve the system, and that nobody is on trial.',
  },
  timeline: {
    title: 'Timeline walk-through',
    goal: 'Build one shared account of what happened and what people knew at each point.',
  },
  factors: {
    title: 'Contributing factors',
    goal: 'Name the conditions that let the failure happen or grow, in systems and ways of working.',
  },
  'went-well': {
    title: 'What went well and where we got lucky',
    goal: 'Keep what worked, and notice the luck we should not count on next time.',
  },
  actions: {
    title: 'Action items',
    goal: 'Agree a few changes, each with an owner, a due date and the factor it addresses.',
  },
  close: {
    title: 'Close',
    goal: 'Read back the findings and actions, and set the follow-up review.',
  },
};

/**
 * Default minutes per phase by severity: a SEV1 gets two hours because the timeline and the factors need room;
 * a SEV4 fits in half an hour. Order follows `agendaPhases`.
 */
const minutesBySeverity: Record<Severity, Record<AgendaPhase, number>> = {
  SEV1: { 'ground-rules': 10, timeline: 35, factors: 35, 'went-well': 10, actions: 20, close: 10 },
  SEV2: { 'ground-rules': 5, timeline: 25, factors: 25, 'went-well': 10, actions: 20, close: 5 },
  SEV3: { 'ground-rules': 5, timeline: 15, factors: 15, 'went-well': 5, actions: 15, close: 5 },
  SEV4: { 'ground-rules': 3, timeline: 8, factors: 7, 'went-well': 4, actions: 5, close: 3 },
};

/** The review agenda for an incident of this severity, with default time boxes. */
export function agendaFor(severity: Severity): AgendaPhaseItem[] {
  const minutes = minutesBySeverity[severity];
  return (Object.keys(phaseText) as AgendaPhase[]).map((phase) => ({
    phase,
    title: phaseText[phase].title,
    goal: phaseText[phase].goal,
    minutes: minutes[phase],
  }));
}

/**
 * The follow-up review's agenda (half an hour whatever the severity): it checks that the agreed changes happened
 * and worked, rather than going over the incident again.
 */
const followUp: AgendaPhaseItem[] = [
  {
    phase: 'ground-rules',
    title: 'Purpose',
    goal: 'Recall the incident and the changes we agreed; we are checking the system, not grading people.',
    minutes: 3,
  },
  {
    phase: 'actions',
    title: 'Action review',
    goal: 'Go through each action: done, in progress, or dropped with a reason; find help for the stalled ones.',
    minutes: 15,
  },
  {
    phase: 'factors',
    title: 'Did the changes work?',
    goal: 'Check that each contributing factor is now addressed, and whether anything similar has happened since.',
    minutes: 7,
  },
  {
    phase: 'close',
    title: 'Close',
    goal: 'Agree what remains, who follows it up, and whether the incident can be closed.',
    minutes: 5,
  },
];

/** The default agenda of a review meeting of this kind: the full review, or the shorter follow-up review. */
export function reviewAgenda(kind: ReviewKind, severity: Severity): AgendaPhaseItem[] {
  return kind === 'follow-up' ? followUp.map((item) => ({ ...item })) : agendaFor(severity);
}

/** Total minutes of an agenda. */
export function agendaMinutes(agenda: ReadonlyArray<Pick<AgendaItem, 'minutes'>>): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}
