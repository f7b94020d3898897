import { type IncidentDocument, isOpenAction, type Review } from '../domain/index.js';
import { suggestedFollowUp } from './agenda.js';

/**
 * What a follow-up review settles about the check after it: nothing to follow (`no-actions`), every action done or
 * dropped (`settled`), the next follow-up already booked (`booked`), or one to book, the severity's interval after
 * this follow-up's day (`suggested`, `date` when that day is known).
 */
export type NextCheck =
  | { state: 'no-actions' }
  | { state: 'settled' }
  | { state: 'booked'; at: string }
  | { state: 'suggested'; after: string; date?: string };

/**
 * The check after this follow-up (`review`, else the meeting on `today`), the one rule the follow-up's script and
 * agenda close with: another follow-up booked after it, or one suggested from `date`, the day the room speaks.
 */
export function nextCheck(
  doc: Pick<IncidentDocument, 'actions' | 'reviews' | 'severity'>,
  review: Partial<Pick<Review, 'id' | 'scheduledAt'>> | undefined,
  today: string | undefined,
  date: string | undefined,
): NextCheck {
  if (doc.actions.length === 0) return { state: 'no-actions' };
  if (!doc.actions.some(isOpenAction)) return { state: 'settled' };
  const after = review?.scheduledAt ?? today;
  const booked = doc.reviews
    .filter((other) => other.kind === 'follow-up' && other.id !== review?.id)
    .filter((other) => after !== undefined && Date.parse(other.scheduledAt) > Date.parse(after))
    .map((other) => other.scheduledAt)
    .sort()[0];
  if (booked) return { state: 'booked', at: booked };
  // "after this follow-up" counts from the follow-up's own day, whatever day the room speaks (trial 28 F9 counted two
  // weeks from today); a day already behind us is counted from the day the room speaks.
  const held = review?.scheduledAt ? suggestedFollowUp(doc.severity, review.scheduledAt) : undefined;
  const { after: spoken, date: day } =
    held?.date !== undefined && (date === undefined || held.date >= date)
      ? held
      : suggestedFollowUp(doc.severity, date);
  return { state: 'suggested', after: spoken, ...(day ? { date: day } : {}) };
}
