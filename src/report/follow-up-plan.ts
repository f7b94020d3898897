import type { IncidentDocument, Severity } from '../domain/index.js';
import { followUpAt, formatUtcMinute, meetingDate, suggestedFollowUp } from '../playbook/index.js';
import { countWord, plainDate } from './plain-dates.js';

/**
 * Weeks from resolution to the follow-up review when none is booked: the playbook's interval for the severity
 * (`followUpAfter` in its agenda content), so the meeting script and the report suggest the same date.
 */
export const followUpWeeks = (severity: Severity): number => Math.round(suggestedFollowUp(severity).days / 7);

/** When the team reports back: the follow-up review booked, or debrief's suggestion from the severity. */
export type FollowUpPlan =
  | { kind: 'scheduled'; at: string }
  | { kind: 'suggested'; weeks: number; severity: Severity; date: string; from: 'review' | 'today' };

/**
 * The follow-up review booked (the earliest), or the playbook's suggestion: the severity's interval after the
 * review meeting, or after today when none is booked. The meeting script suggests the same date
 * (`suggestedFollowUp` from `meetingDate`), so the room and the report never disagree, and a suggestion is never
 * in the past.
 */
export function followUpPlan(
  doc: Pick<IncidentDocument, 'reviews' | 'severity'>,
  today: string,
): FollowUpPlan {
  const at = followUpAt(doc);
  if (at) return { kind: 'scheduled', at };
  const review = meetingDate(doc);
  const from = review !== undefined && review >= today ? review : today;
  const { date = from } = suggestedFollowUp(doc.severity, from);
  return {
    kind: 'suggested',
    weeks: followUpWeeks(doc.severity),
    severity: doc.severity,
    date,
    from: from === review ? 'review' : 'today',
  };
}

/** The plan in one or two plain sentences; a suggestion says that it is one. */
export function followUpSentence(plan: FollowUpPlan): string {
  if (plan.kind === 'scheduled') return `Follow-up review on ${formatUtcMinute(plan.at)}.`;
  const interval = `${countWord(plan.weeks)} ${plan.weeks === 1 ? 'week' : 'weeks'}`;
  const after = plan.from === 'review' ? 'after the review meeting' : 'from today';
  return `No follow-up review is booked yet. Suggested date: ${plainDate(plan.date)}, ${interval} ${after}, the usual interval for a ${plan.severity} incident.`;
}
