import type { IncidentDocument, Review } from '../domain/index.js';
import * as script from './content/generated/script.js';
import { nextCheck } from './next-check.js';
import { spokenDate, spokenInstant } from './spoken-time.js';

/**
 * What a follow-up review's agenda asks where it differs from the first review's: whether each contributing factor
 * is now addressed (not how it came about), and the check after this follow-up (`nextCheck`, as its closing
 * statement says it), never the follow-up itself. `date` is the day the room speaks (`speakingDate`).
 */
export function followUpFocus(
  doc: IncidentDocument,
  review: Pick<Review, 'id' | 'scheduledAt'>,
  today: string | undefined,
  date: string | undefined,
): { factors: string[]; close: string[] } {
  const addressed = new Set(
    doc.actions.filter((action) => action.status !== 'dropped').map((action) => action.factorId),
  );
  const unlinked = addressed.has(undefined);
  const factors = doc.factors.map((factor) =>
    addressed.has(factor.id)
      ? script.focusFollowUpFactor({ title: factor.title })
      : unlinked
        ? script.focusFollowUpFactorUnlinked({ title: factor.title })
        : script.focusFollowUpFactorWithoutAction({ title: factor.title }),
  );
  const next = nextCheck(doc, review, today, date);
  const close =
    next.state === 'no-actions'
      ? script.focusFollowUpNoActions
      : next.state === 'settled'
        ? script.focusFollowUpSettled
        : next.state === 'booked'
          ? script.focusFollowUpNextBooked({ when: spokenInstant(next.at, date) })
          : script.focusFollowUpNextSuggested({
              severity: doc.severity,
              after: next.after,
              date: next.date ? script.focusAround({ date: spokenDate(next.date, date) }) : '',
            });
  return { factors: factors.length > 0 ? factors : [script.focusNoFactors], close: [close] };
}
