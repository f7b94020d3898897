import type { AgendaItem, ReviewKind, Severity } from '../domain/index.js';
import { agendaFor, bookedAgenda, reviewAgenda } from './agenda.js';
import type { AgendaPhase } from './schema.js';

/** One phase as the meeting runs it: its time box and, when it matches a playbook phase, that phase and goal. */
export interface MeetingPhase {
  title: string;
  minutes: number;
  phase?: AgendaPhase;
  goal?: string;
  /** A note to the facilitator at the start of the phase (the mid-meeting reminder of the blameless rule). */
  cue?: string;
}

// Words facilitators use for the playbook's phases in agendas they write themselves; the first match wins.
const phaseWords: ReadonlyArray<[AgendaPhase, RegExp]> = [
  ['ground-rules', /ground rules|purpose|opening|introduction|welcome|kick-?off/i],
  ['timeline', /timeline|what happened|walk-?through|sequence of events/i],
  ['factors', /factor|cause|why|analysis/i],
  ['went-well', /went well|lucky|luck|worked/i],
  ['actions', /action|remediation|next steps|follow-?up items/i],
  ['close', /close|closing|wrap|read-?back|recap/i],
];

/** The playbook phase an agenda item's title names, or undefined for an item of the facilitator's own. */
export function phaseOfTitle(title: string): AgendaPhase | undefined {
  const exact = agendaFor('SEV3').find((item) => item.title.toLowerCase() === title.trim().toLowerCase());
  if (exact) return exact.phase;
  return phaseWords.find(([, words]) => words.test(title))?.[0];
}

/**
 * The agenda a meeting runs: the review's own when it has one (each item matched to the playbook phase its title
 * names, for that phase's goal), else the playbook's agenda for the kind of meeting and the severity, fitted to
 * the length it is booked for (`bookedAgenda`). `debrief playbook agenda --incident` and the web app's review
 * console both use this one.
 */
export function meetingAgenda(
  review: { agenda: readonly AgendaItem[]; kind?: ReviewKind; durationMinutes?: number },
  severity: Severity,
): MeetingPhase[] {
  if (review.agenda.length === 0) return bookedAgenda(review, severity);
  const playbook = reviewAgenda(review.kind ?? 'review', severity);
  return review.agenda.map((item) => {
    const phase = phaseOfTitle(item.title);
    const entry = playbook.find((candidate) => candidate.phase === phase);
    return {
      title: item.title,
      minutes: item.minutes,
      ...(phase ? { phase } : {}),
      ...(entry?.goal ? { goal: entry.goal } : {}),
      ...(entry?.cue ? { cue: entry.cue } : {}),
    };
  });
}
