import type { IncidentDocument, Severity } from '../domain/index.js';
import { meetingDate, suggestedFollowUp } from '../playbook/index.js';
import { countWord, plainDate } from './plain-dates.js';

/**
 * Weeks from resolution to the follow-up review when none is booked: the playbook's interval for the severity
 * (`followUpAfter` in its agenda content), so the meeting script and the report suggest the same date.
 */
export const followUpWeeks = (severity: Severity): number => Math.round(suggestedFollowUp(severity).days / 7);

/**
 * When the team reports back: the next follow-up review booked; the last one, already past (held, or overdue
 * when nothing records it was held), with a suggested date for the next; or debrief's suggestion from the severity.
 */
export type FollowUpPlan =
  | { kind: 'scheduled'; at: string }
  | {
      kind: 'past';
      at: string;
      held: boolean;
      weeks: number;
      severity: Severity;
      date: string;
      moved: boolean;
    }
  | {
      kind: 'suggested';
      weeks: number;
      severity: Severity;
      date: string;
      from: 'review' | 'today';
      /** The interval ended on a weekend: the date is the working day after it. */
      moved: boolean;
    };

/** Whether `date` is not `weeks` whole weeks after `from` (the suggestion moved off a weekend). */
const movedFrom = (from: string, weeks: number, date: string) =>
  Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`) !==
  weeks * 7 * 86_400_000;

/**
 * The earliest follow-up review booked from today on; else the latest one already past, with the severity's
 * interval from today as the next date; else the playbook's suggestion: the severity's interval after the review
 * meeting, or after today when none is booked or that interval has already run out. The meeting script counts
 * from the meeting too (`meetingFollowUp`), so the room and the report agree, and a suggestion is never in the past.
 */
export function followUpPlan(
  doc: Pick<IncidentDocument, 'reviews' | 'severity'>,
  today: string,
): FollowUpPlan {
  const followUps = doc.reviews
    .filter((review) => review.kind === 'follow-up')
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const upcoming = followUps.find((review) => review.scheduledAt.slice(0, 10) >= today);
  if (upcoming) return { kind: 'scheduled', at: upcoming.scheduledAt };
  const weeks = followUpWeeks(doc.severity);
  const last = followUps.at(-1);
  if (last) {
    const { date = today } = suggestedFollowUp(doc.severity, today);
    return {
      kind: 'past',
      at: last.scheduledAt,
      held: last.endedAt !== undefined,
      weeks,
      severity: doc.severity,
      date,
      moved: movedFrom(today, weeks, date),
    };
  }
  // The interval counts from the review meeting, as the script says it ("two weeks after this meeting"), while
  // that date is still ahead; once it is behind us, from today.
  const review = meetingDate(doc);
  const afterReview = review === undefined ? undefined : suggestedFollowUp(doc.severity, review).date;
  const from = review !== undefined && afterReview !== undefined && afterReview >= today ? review : today;
  const { date = from } = suggestedFollowUp(doc.severity, from);
  return {
    kind: 'suggested',
    weeks,
    severity: doc.severity,
    date,
    from: from === review ? 'review' : 'today',
    moved: movedFrom(from, weeks, date),
  };
}

// "one week from today"; a date moved off a weekend is "the first working day one week or more from today" (trial
// 18b B-13 read "14 December, one week from today" on 6 December).
const interval = (weeks: number, moved = false) =>
  `${moved ? 'the first working day ' : ''}${countWord(weeks)} ${weeks === 1 ? 'week' : 'weeks'}${moved ? ' or more' : ''}`;

/**
 * The plan's sentence beside the author's follow-up text, or nothing when that text already gives the booked review's
 * day ("Follow-up review on 8 December to check the gate" after "Follow-up review on 8 December 2026 at 14:00 UTC."
 * said it twice, trial 18e). A suggestion or an overdue review is always said: the author's text cannot know it.
 */
export function followUpSentenceBeside(plan: FollowUpPlan, authored: string): string {
  if (plan.kind === 'scheduled' && authored.includes(plainDate(plan.at).replace(/ \d{4}$/, ''))) return '';
  return followUpSentence(plan);
}

/** The plan in one or two plain sentences; a past review says so, and a suggestion says that it is one. */
export function followUpSentence(plan: FollowUpPlan): string {
  if (plan.kind === 'scheduled')
    return `Follow-up review on ${plainDate(plan.at)} at ${plan.at.slice(11, 16)} UTC.`;
  const usual = `the usual interval for a ${plan.severity} incident`;
  if (plan.kind === 'past') {
    const next = `${plainDate(plan.date)}, ${interval(plan.weeks, plan.moved)} from today, ${usual}.`;
    return plan.held
      ? `The follow-up review took place on ${plainDate(plan.at)}. Suggested date for the next one: ${next}`
      : `The follow-up review planned for ${plainDate(plan.at)} is overdue: nothing records that it was held. Suggested new date: ${next}`;
  }
  const after = plan.from === 'review' ? 'after the review meeting' : 'from today';
  return `No follow-up review is booked yet. Suggested date: ${plainDate(plan.date)}, ${interval(plan.weeks, plan.moved)} ${after}, ${usual}.`;
}
