import { type IncidentDocument, isOpenAction, metricsFromMoments } from '../domain/index.js';

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
