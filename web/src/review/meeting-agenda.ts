import type { AgendaItem, ReviewKind, Severity } from '../../../src/domain/index.js';
import { agendaFor, bookedAgenda, reviewAgenda } from '../../../src/playbook/agenda.js';
import type { AgendaPhase } from '../../../src/playbook/schema.js';

/** One phase as the meeting runs it: its time box and, when it matches a playbook phase, that phase and goal. */
export interface MeetingPhase {
  title: string;
  minutes: number;
  phase?: AgendaPhase;
  goal?: string;
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
 * The agenda to run: the review's own when it has one, else the playbook's agenda for the kind of meeting (the
 * follow-up review has its own, shorter one) and the severity, fitted to the length the meeting is booked for
 * (`bookedAgenda`, the same agenda `debrief playbook agenda` prints).
 */
export function meetingAgenda(
  review: { agenda: readonly AgendaItem[]; kind?: ReviewKind; durationMinutes?: number },
  severity: Severity,
): MeetingPhase[] {
  if (review.agenda.length === 0) return bookedAgenda(review, severity);
  const playbook = reviewAgenda(review.kind ?? 'review', severity);
  return review.agenda.map((item) => {
    const phase = phaseOfTitle(item.title);
    const goal = playbook.find((entry) => entry.phase === phase)?.goal;
    return {
      title: item.title,
      minutes: item.minutes,
      ...(phase ? { phase } : {}),
      ...(goal ? { goal } : {}),
    };
  });
}
