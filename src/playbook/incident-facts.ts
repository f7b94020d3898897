import { type IncidentDocument, isOpenAction, metricsFromMoments, type Review } from '../domain/index.js';

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

/** The impact window as `from 2026-03-04 14:00 UTC to 15:05 UTC`, or undefined without an impact start. */
export function impactWindow(doc: Pick<IncidentDocument, 'moments'>): string | undefined {
  const start = doc.moments.impactStart?.at;
  if (!start) return undefined;
  const end = (doc.moments.mitigated ?? doc.moments.resolved)?.at;
  if (!end) return `from ${formatUtcMinute(start)} (end not recorded)`;
  const endText = end.slice(0, 10) === start.slice(0, 10) ? `${end.slice(11, 16)} UTC` : formatUtcMinute(end);
  return `from ${formatUtcMinute(start)} to ${endText}`;
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
 * The review meeting the facilitator is preparing: the earliest full review not yet ended, else the latest one
 * held; undefined when none is scheduled. Follow-up reviews are left out: they have their own agenda.
 */
export function meetingReview(doc: Pick<IncidentDocument, 'reviews'>): Review | undefined {
  const reviews = doc.reviews
    .filter((review) => review.kind === 'review')
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  return reviews.find((review) => !review.endedAt) ?? reviews.at(-1);
}

/**
 * The day of the meeting (YYYY-MM-DD): the scheduled review's, else `today` (an ISO date or instant the caller
 * passes, since the core reads no clock), else undefined.
 */
export function meetingDate(doc: Pick<IncidentDocument, 'reviews'>, today?: string): string | undefined {
  return (meetingReview(doc)?.scheduledAt ?? today)?.slice(0, 10);
}

/** `date` (YYYY-MM-DD) plus a number of days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
