import type { AgendaItem, ReviewKind, Severity } from '../domain/index.js';
import { agendaContent } from './content/generated/agenda.js';
import { type AgendaPhase, agendaPhases } from './schema.js';

/** One phase of the review with its default time box and what the facilitator aims to get out of it. */
export interface AgendaPhaseItem extends AgendaItem {
  phase: AgendaPhase;
  goal: string;
}

// Titles, goals and time boxes are data: content/agenda.yml.
const { phases: phaseText, minutes: minutesBySeverity, followUp } = agendaContent;

/** The review agenda for an incident of this severity, with default time boxes. */
export function agendaFor(severity: Severity): AgendaPhaseItem[] {
  const minutes = minutesBySeverity[severity];
  return agendaPhases.map((phase) => ({
    phase,
    title: phaseText[phase].title,
    goal: phaseText[phase].goal,
    minutes: minutes[phase],
  }));
}

/** The default agenda of a review meeting of this kind: the full review, or the shorter follow-up review. */
export function reviewAgenda(kind: ReviewKind, severity: Severity): AgendaPhaseItem[] {
  return kind === 'follow-up' ? followUp.map((item) => ({ ...item })) : agendaFor(severity);
}

/** Total minutes of an agenda. */
export function agendaMinutes(agenda: ReadonlyArray<Pick<AgendaItem, 'minutes'>>): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}
