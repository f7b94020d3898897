import {
  alertNamed,
  type EventKind,
  everyAlertResolved,
  type MomentName,
  type Moments,
  machineEventKinds,
  mitigates,
  momentOrderProblems,
  saysRecovered,
  storableText,
} from '../../domain/index.js';
import type { DraftEvent } from '../draft-event.js';

/** A proposed key moment: its time, why, and the index of the event it points at (if any). */
export interface ProposedMoment {
  at: string;
  reason: string;
  event?: number | undefined;
}

export type ProposedMoments = { [name in MomentName]?: ProposedMoment };

/** A moment the evidence proposed and the draft left out, because it came before a moment it must follow. */
export interface LeftOutMoment {
  name: MomentName;
  at: string;
  reason: string;
  /** The moment it would have come before, and that moment's time. */
  before: { name: MomentName; at: string };
}

// A spike is dated by the start of its minute, which can come before the first error-level line of its
// signature (the signature's own event, dated exactly): impact starts at that line, never at a spike.
const impactKinds = new Set<EventKind>([
  ...machineEventKinds.filter((kind) => kind !== 'log-spike'),
  'alert-fired',
]);
const mitigationKinds = new Set<EventKind>(['rollback', 'mitigation', 'flag-change']);

function firstIndex(
  events: readonly DraftEvent[],
  test: (event: DraftEvent) => boolean,
  after?: string,
): number {
  return events.findIndex(
    (event) => event.at !== null && (after === undefined || event.at >= after) && test(event),
  );
}

/**
 * The event at `index`, or one at the same time that passes `test` and whose time is exact: a crash that took the
 * time of the line before it (whole-second loggers) ties with that line, and the line is what happened first.
 */
function exactFirst(
  events: readonly DraftEvent[],
  index: number,
  test: (event: DraftEvent) => boolean,
): number {
  const first = events[index];
  if (!first?.approximate) return index;
  const exact = events.findIndex((e, i) => i > index && e.at === first.at && !e.approximate && test(e));
  return exact >= 0 ? exact : index;
}

function short(summary: string): string {
  return summary.length > 160 ? `${summary.slice(0, 159)}…` : summary;
}

/**
 * A note for a resolution that error-level evidence comes after (an alert resolved while another system still
 * failed): the incident may not have been over; empty when nothing went wrong after it.
 */
function errorsAfter(events: readonly DraftEvent[], resolved: DraftEvent): string {
  const at = resolved.at as string;
  const later = events.filter(
    (e) =>
      e.at !== null &&
      Date.parse(e.at) > Date.parse(at) &&
      impactKinds.has(e.kind) &&
      (e.severity === 'error' || e.severity === 'critical'),
  );
  const lastAt = later.at(-1)?.at;
  if (!lastAt) return '';
  const time = new Date(lastAt).toISOString().slice(11, 19);
  return ` (but ${later.length} error-level event(s) come after it, the last at ${time}Z: was it over?)`;
}

/**
 * Proposes the key moments from a sorted draft timeline, each with its reason: impact start (the first error-level
 * occurrence: a crash, a firing alert, or a log signature's first error-level line, not its INFO ones),
 * detected (the first alert or page), acknowledged, mitigated (a rollback, revert or flag flip, or else errors
 * back under their usual rate) and resolved (the last resolution). Moments in an impossible order are dropped.
 */
export function proposeMoments(
  events: readonly DraftEvent[],
  backUnderBaseline?: { at: string; template: string; lastLineAt?: string | undefined },
  leftOut: LeftOutMoment[] = [],
  lastLineOf: (signature: string) => string | undefined = () => undefined,
): ProposedMoments {
  const moments: ProposedMoments = {};
  const pick = (name: MomentName, index: number, reason: (event: DraftEvent) => string) => {
    const event = events[index];
    // The domain refuses U+0000 in text; a log line may carry one (its events have it replaced the same way).
    const text = (e: DraftEvent) => storableText(reason(e));
    if (index >= 0 && event?.at) moments[name] = { at: event.at, reason: text(event), event: index };
  };
  const hurts = (e: DraftEvent) =>
    impactKinds.has(e.kind) && (e.severity === 'error' || e.severity === 'critical');
  pick(
    'impactStart',
    exactFirst(events, firstIndex(events, hurts), hurts),
    // An alert stands in for impact start only when no error comes before it; its reason says so.
    (e) =>
      e.kind === 'alert-fired' || e.kind === 'page'
        ? `first sign of impact, an alert (no earlier error in this evidence): ${short(e.summary)}`
        : `first error: ${short(e.summary)}`,
  );
  const start = moments.impactStart?.at;
  pick(
    'detected',
    firstIndex(events, (e) => e.kind === 'alert-fired' || e.kind === 'page'),
    (e) => `first alert or page: ${short(e.summary)}`,
  );
  pick(
    'acknowledged',
    firstIndex(events, (e) => e.kind === 'acknowledged', moments.detected?.at),
    (e) => `first acknowledgement: ${short(e.summary)}`,
  );
  const firstMitigation = firstIndex(events, mitigates, start);
  // When the errors ended: their rate back under the usual, or else the last line of the errors that started it.
  const startedBy = events[moments.impactStart?.event ?? -1]?.signature;
  const errorsEnded = backUnderBaseline?.lastLineAt ?? (startedBy ? lastLineOf(startedBy) : undefined);
  const worked = mitigationThatWorked(events, firstMitigation, errorsEnded);
  const outlived = worked !== firstMitigation ? events[firstMitigation] : undefined;
  pick(
    'mitigated',
    worked,
    (e) =>
      `${e.kind === 'flag-change' ? 'flag change' : e.kind}: ${short(e.summary)}${
        outlived?.at
          ? ` (the errors went on after the ${outlived.kind === 'flag-change' ? 'flag change' : outlived.kind} at ${outlived.at.slice(11, 19)}Z)`
          : ''
      }`,
  );
  if (!moments.mitigated && backUnderBaseline && (!start || backUnderBaseline.at >= start)) {
    moments.mitigated = {
      at: backUnderBaseline.at,
      reason: `errors back under their usual rate: \`${short(backUnderBaseline.template)}\``,
    };
  }
  const resolutions = events
    .map((event, index) => ({ event, index }))
    .filter(
      ({ event }) => event.at !== null && (event.kind === 'resolution' || event.kind === 'alert-resolved'),
    );
  // A later mitigation that says the service recovered ("error rate recovered") ends it as a resolution does.
  const mitigatedAt = moments.mitigated?.at;
  const recoveries = events
    .map((event, index) => ({ event, index }))
    .filter(
      ({ event }) =>
        event.at !== null &&
        mitigatedAt !== undefined &&
        event.at > mitigatedAt &&
        mitigationKinds.has(event.kind) &&
        saysRecovered(event.summary),
    );
  const explicit = [...resolutions.filter(({ event }) => event.kind === 'resolution'), ...recoveries].sort(
    (a, b) => a.index - b.index,
  );
  // Alerts resolving say the incident is over only when every alert that fired (each instance, each firing) did.
  const last =
    explicit.length > 0
      ? explicit.at(-1)
      : everyAlertResolved(events, sameAlert)
        ? resolutions.at(-1)
        : undefined;
  if (last && (!start || (last.event.at as string) >= start)) {
    pick(
      'resolved',
      last.index,
      (e) =>
        `${e.kind === 'resolution' ? 'resolved' : e.kind === 'alert-resolved' ? 'last alert resolved' : 'recovered'}: ${short(e.summary)}${errorsAfter(events, e)}`,
    );
  }
  // Left out, and said so (README: "a drafted moment that would break the order is left out and reported instead";
  // trial 12h A-12 saw a resolution five seconds before the revert's commit time dropped without a word).
  for (const problem of momentOrderProblems(moments as Moments)) {
    const dropped = moments[problem.later];
    const kept = moments[problem.earlier];
    if (dropped && kept)
      leftOut.push({
        name: problem.later,
        at: dropped.at,
        reason: dropped.reason,
        before: { name: problem.earlier, at: kept.at },
      });
    delete moments[problem.later];
  }
  return moments;
}

/**
 * The mitigation that worked: the first after the start, unless the errors went on past it and a later mitigation
 * came before their last line (a first revert that changed nothing, then a second one; trial 19 saw the first
 * taken and an impact of 11 seconds for 41): then the last mitigation at or before that line.
 */
function mitigationThatWorked(events: readonly DraftEvent[], first: number, errorsEnded?: string): number {
  const firstAt = events[first]?.at;
  if (first < 0 || !firstAt || errorsEnded === undefined || Date.parse(errorsEnded) <= Date.parse(firstAt))
    return first;
  let chosen = first;
  events.forEach((event, index) => {
    const at = event.at === null ? Number.NaN : Date.parse(event.at);
    if (index > first && at > Date.parse(firstAt) && at <= Date.parse(errorsEnded) && mitigates(event))
      chosen = index;
  });
  return chosen;
}

/** Which alert a drafted event is about: its key (an alert's name, alike across sources) and instance. */
const sameAlert = (e: DraftEvent) => `${e.key ?? alertNamed(e.summary)}|${e.instance ?? ''}`;
