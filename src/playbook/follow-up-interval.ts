import type { Review, Severity } from '../domain/index.js';
import { suggestedFollowUp } from './agenda.js';
import * as script from './content/generated/script.js';
import { spokenDate } from './spoken-time.js';

const day = 86_400_000;

/**
 * A warning when a follow-up review is booked later after the meeting before it (the review, or the last
 * follow-up) than the playbook's interval for the severity, both in whole weeks ("booked 6 weeks after the review
 * on …; the usual interval for a SEV2 incident is two weeks"); undefined for a review, a follow-up on time, or one
 * with no meeting before it. A warning, not a refusal: the team may have reasons for the date.
 */
export function followUpIntervalWarning(
  followUp: Pick<Review, 'kind' | 'scheduledAt'> & Partial<Pick<Review, 'id'>>,
  doc: { reviews: ReadonlyArray<Pick<Review, 'id' | 'kind' | 'scheduledAt'>>; severity: Severity },
): string | undefined {
  if (followUp.kind !== 'follow-up') return undefined;
  const at = Date.parse(followUp.scheduledAt);
  const before = doc.reviews
    .filter((review) => review.id !== followUp.id && Date.parse(review.scheduledAt) < at)
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))
    .at(-1);
  if (!before) return undefined;
  const usual = suggestedFollowUp(doc.severity);
  const weeks = Math.round((at - Date.parse(before.scheduledAt)) / day / 7);
  if (weeks <= Math.round(usual.days / 7)) return undefined;
  return script.meetingFollowUpLate({
    weeks,
    before: before.kind === 'follow-up' ? script.meetingKindsFollowUpName : script.meetingKindsReviewName,
    when: spokenDate(before.scheduledAt.slice(0, 10), followUp.scheduledAt.slice(0, 10)),
    severity: doc.severity,
    after: usual.after,
  });
}
