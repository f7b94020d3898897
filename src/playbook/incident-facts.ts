import { type IncidentDocument, isOpenAction, metricsFromMoments, type Review } from '../domain/index.js';
import * as script from './content/generated/script.js';
import { meetingChoice } from './meeting.js';
import { spokenClock, spokenInstant } from './spoken-time.js';

/** `2026-03-04 14:00 UTC`: minutes are enough for people reading a script or report. */
export function formatUtcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The affected services as a phrase ("checkout and payments"), or undefined when none are recorded. */
export function servicesPhrase(services: readonly string[]): string | undefined {
  if (services.length === 0) return undefined;
  if (services.length === 1) return services[0];
  return `${services.slice(0, -1).join(', ')} and ${services.at(-1)}`;
}

/**
 * The impact window as it is said aloud: `from Wednesday 4 March at 14:00 UTC to 15:05 UTC` (the end's day named
 * when it differs), or `…, though we haven't recorded yet when it ended`; undefined without an impact start.
 */
export function impactWindow(doc: Pick<IncidentDocument, 'moments'>): string | undefined {
  const start = doc.moments.impactStart?.at;
  if (!start) return undefined;
  const end = (doc.moments.mitigated ?? doc.moments.resolved)?.at;
  if (!end) return script.openingWindowOpenEnded({ start: spokenInstant(start) });
  const sameDay = new Date(end).toISOString().slice(0, 10) === new Date(start).toISOString().slice(0, 10);
  return script.openingWindow({
    start: spokenInstant(start),
    end: sameDay ? spokenClock(end) : spokenInstant(end, start),
  });
}

/** Impact duration in ms (impact start to mitigation, or to resolution), when both ends are known. */
export function impactDurationMs(doc: Pick<IncidentDocument, 'moments'>): number | undefined {
  return metricsFromMoments(doc.moments).impactDuration;
}

/** The next follow-up review's time, if one is scheduled. */
export function followUpAt(doc: Pick<IncidentDocument, 'reviews'>): string | undefined {
  return doc.reviews
    .filter((review) => review.kind === 'follow-up')
    .map((review) => review.scheduledAt)
    .sort()[0];
}

/**
 * The follow-up review as the room should hear it on `now` (an ISO instant or date): `booked`, the next one not
 * yet over; `held`, the only ones are behind us and the latest was closed; `overdue`, the latest one's time has
 * passed without it being closed. Without `now`, the earliest booked (`followUpAt`). Undefined when none is booked.
 */
export function followUpState(
  doc: Pick<IncidentDocument, 'reviews'>,
  now?: string,
): { state: 'booked' | 'held' | 'overdue'; at: string } | undefined {
  const followUps = doc.reviews
    .filter((review) => review.kind === 'follow-up')
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  if (now === undefined) {
    const first = followUps[0];
    return first ? { state: 'booked', at: first.scheduledAt } : undefined;
  }
  const at = Date.parse(now);
  const ahead = followUps.find(
    (review) => !review.endedAt && Date.parse(review.scheduledAt) + review.durationMinutes * 60_000 > at,
  );
  if (ahead) return { state: 'booked', at: ahead.scheduledAt };
  const latest = followUps.at(-1);
  if (!latest) return undefined;
  return { state: latest.endedAt ? 'held' : 'overdue', at: latest.scheduledAt };
}

const priorityRank = { high: 0, medium: 1, low: 2 } as const;

/** Open actions first by priority, then by due date (undated last): the ones to name first. */
export function topActions<A extends IncidentDocument['actions'][number]>(actions: readonly A[]): A[] {
  return actions
    .filter(isOpenAction)
    .map((action, index) => ({ action, index }))
    .sort(
      (a, b) =>
        priorityRank[a.action.priority] - priorityRank[b.action.priority] ||
        (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999') ||
        a.index - b.index,
    )
    .map(({ action }) => action);
}

/**
 * The review meeting the facilitator is preparing (see `meetingChoice`): with `now`, the next one not over yet,
 * else the most recent; undefined when none is scheduled.
 */
export function meetingReview(doc: Pick<IncidentDocument, 'reviews'>, now?: string): Review | undefined {
  return meetingChoice(doc, now)?.review;
}

/**
 * The day of the meeting (YYYY-MM-DD): the chosen review's, else `today` (an ISO date or instant the caller
 * passes, since the core reads no clock), else undefined.
 */
export function meetingDate(doc: Pick<IncidentDocument, 'reviews'>, today?: string): string | undefined {
  return (meetingReview(doc, today)?.scheduledAt ?? today)?.slice(0, 10);
}

/**
 * The day the room speaks from: the meeting's day, or today when the meeting is already behind us and was never
 * held, so an action is overdue as of now and a suggested follow-up is never in the past; a held meeting's own day. The meeting is `review` when the caller
 * names it (a follow-up, `--review`; today when it has no date), else the one `meetingReview` picks. The script
 * and the agenda both judge what is overdue from this day.
 */
export function speakingDate(
  doc: Pick<IncidentDocument, 'reviews'>,
  today?: string,
  review?: Partial<Pick<Review, 'scheduledAt' | 'endedAt'>>,
): string | undefined {
  const meeting = review ? (review.scheduledAt ?? today)?.slice(0, 10) : meetingDate(doc, today);
  // A meeting that was held speaks from its own day, as `review close` read it: an action due the day after was not
  // overdue in that room (trial 29).
  if (review?.endedAt !== undefined && meeting !== undefined) return meeting;
  const day = today?.slice(0, 10);
  if (meeting === undefined || day === undefined) return meeting ?? day;
  return meeting.localeCompare(day) > 0 ? meeting : day;
}

/** `date` (YYYY-MM-DD) plus a number of days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
