import type { IncidentDocument, Severity } from '../domain/index.js';
import { followUpAt, formatUtcMinute, suggestedFollowUp } from '../playbook/index.js';
import { countWord, plainDate } from './plain-dates.js';

/**
 * Weeks from resolution to the follow-up review when none is booked: the playbook's interval for the severity
 * (`followUpAfter` in its agenda content), so the meeting script and the report suggest the same date.
 */
export const followUpWeeks = (severity: Severity): number => Math.round(suggestedFollowUp(severity).days / 7);

/** When the team reports back: the follow-up review booked, or debrief's suggestion from the severity. */
export type FollowUpPlan =
  | { kind: 'scheduled'; at: string }
  | { kind: 'suggested'; weeks: number; severity: Severity; date?: string };

const dayMs = 86_400_000;

/** The follow-up review booked (the earliest), or a suggested date counted from resolution (or mitigation). */
export function followUpPlan(doc: Pick<IncidentDocument, 'reviews' | 'severity' | 'moments'>): FollowUpPlan {
  const at = followUpAt(doc);
  if (at) return { kind: 'scheduled', at };
  const weeks = followUpWeeks(doc.severity);
  const ended = doc.moments.resolved?.at ?? doc.moments.mitigated?.at;
  if (!ended) return { kind: 'suggested', weeks, severity: doc.severity };
  const date = new Date(Date.parse(ended) + weeks * 7 * dayMs).toISOString().slice(0, 10);
  return { kind: 'suggested', weeks, severity: doc.severity, date };
}

/** The plan in one or two plain sentences; a suggestion says that it is one. */
export function followUpSentence(plan: FollowUpPlan): string {
  if (plan.kind === 'scheduled') return `Follow-up review on ${formatUtcMinute(plan.at)}.`;
  const interval = `${countWord(plan.weeks)} ${plan.weeks === 1 ? 'week' : 'weeks'}`;
  const usual = `the usual interval for a ${plan.severity} incident`;
  return plan.date
    ? `No follow-up review is booked yet. Suggested date: ${plainDate(plan.date)}, ${interval} after the incident was resolved, ${usual}.`
    : `No follow-up review is booked yet. We suggest one ${interval} after the incident is resolved, ${usual}.`;
}
