import type { ReviewKind, Severity } from '../../../src/domain/index.js';
import { suggestedFollowUp, workdayFrom } from '../../../src/playbook/agenda.js';
import { followUpIntervalWarning } from '../../../src/playbook/follow-up-interval.js';

const pad = (n: number) => String(n).padStart(2, '0');
const localInputPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** The value for a datetime-local input, in the browser's time zone, from an ISO instant. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The UTC ISO instant of a datetime-local value read in the browser's time zone, or undefined when invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!localInputPattern.test(value)) return undefined;
  // A date-time without an offset is local time (ECMAScript's date-time string format).
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The same local time on the Monday after when `date` falls on a Saturday or Sunday; else `date`. */
function onWorkday(date: Date): Date {
  // The playbook's rule (`workdayFrom`) on the local calendar day; the clock time stays as it was.
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const skip = Math.round((Date.parse(workdayFrom(day)) - Date.parse(day)) / 86_400_000);
  if (skip === 0) return date;
  const moved = new Date(date);
  moved.setDate(moved.getDate() + skip);
  return moved;
}

/** Tomorrow at 10:00 local time (Monday when tomorrow is a weekend day): a first guess for a review nobody has booked. */
function tomorrowMorning(now: Date): Date {
  return onWorkday(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0, 0, 0));
}

/**
 * When a new review or follow-up meets unless the facilitator says otherwise (on a working day, as the playbook
 * suggests it: a weekend day moves to the Monday after): a review tomorrow at 10:00; a
 * follow-up the playbook's gap for the severity (`suggestedFollowUp`, as the script and agenda suggest) after the
 * latest review, at the same wall-clock time whatever daylight saving does; after tomorrow when no review is
 * scheduled or the latest was so long ago that the date would already have passed.
 */
export function defaultScheduledAt(
  kind: ReviewKind,
  severity: Severity,
  reviews: ReadonlyArray<{ kind: ReviewKind; scheduledAt: string }>,
  now: Date,
): string {
  if (kind === 'review') return tomorrowMorning(now).toISOString();
  const latest = reviews
    .filter((review) => review.kind === 'review')
    .map((review) => review.scheduledAt)
    .sort()
    .at(-1);
  const days = suggestedFollowUp(severity).days;
  const after = (base: Date) => {
    const followUp = new Date(base);
    followUp.setDate(followUp.getDate() + days);
    return onWorkday(followUp);
  };
  const fromReview = latest ? after(new Date(latest)) : undefined;
  const date = fromReview && fromReview > now ? fromReview : after(tomorrowMorning(now));
  return date.toISOString();
}

/** An instant in the reader's time zone, with the zone named: `Wed, 4 Mar 2026, 10:00 CET`. */
export function formatLocal(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/**
 * The review to run by default: a review that was closed (its meeting ended) is never it while another is open.
 * Of the open ones, the earliest whose booked time is not over yet (start plus duration), else the latest that
 * has begun (a meeting running late), else the last one. Reviews are taken in the order given (sorted by time).
 */
export function currentReview<
  R extends { scheduledAt: string; durationMinutes: number; endedAt?: string | undefined },
>(reviews: readonly R[], now: Date): R | undefined {
  const open = reviews.filter((review) => review.endedAt === undefined);
  const due = open.find(
    (review) => Date.parse(review.scheduledAt) + review.durationMinutes * 60_000 > now.getTime(),
  );
  const begun = open.filter((review) => Date.parse(review.scheduledAt) <= now.getTime());
  return due ?? begun.at(-1) ?? reviews.at(-1);
}

/** Reviews in the order they meet. */
export function byTime<R extends { scheduledAt: string }>(reviews: readonly R[]): R[] {
  return [...reviews].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
}

/**
 * For each follow-up booked later after the meeting before it than the severity's usual interval, the warning to
 * show with it (`followUpIntervalWarning`, as `debrief review schedule` prints it), by review id.
 */
export function lateFollowUps(
  reviews: ReadonlyArray<{ id: string; kind: ReviewKind; scheduledAt: string }>,
  severity: Severity,
): Map<string, string> {
  const warnings = new Map<string, string>();
  for (const review of reviews) {
    const warning = followUpIntervalWarning(review, { reviews, severity });
    if (warning) warnings.set(review.id, warning);
  }
  return warnings;
}
