import type { ReviewKind } from '../../../src/domain/index.js';
import { formatLocal } from './schedule-time.js';

export const kindLabels: Record<ReviewKind, string> = {
  review: 'Review',
  'follow-up': 'Follow-up review',
};

/** `Review, Wed, 4 Mar 2026, 10:00 CET`: how a review is named in buttons and pickers. */
export function reviewName(review: { kind: ReviewKind; scheduledAt: string }): string {
  return `${kindLabels[review.kind]}, ${formatLocal(review.scheduledAt)}`;
}
