import { everyAlertResolved } from './alerts-resolved.js';
import { type EventFacts, foundationRank, foundsBetter } from './moment-foundation.js';
import { type MomentName, type Moments, momentNames, momentOrderProblems } from './moments.js';

/** A moment the timeline gives that was left unset: it would break the order with the moment `against`. */
export interface MomentLeftOut {
  name: MomentName;
  at: string;
  reason: string;
  against: { name: MomentName; at: string };
}

/** The event of `timeline` that founds moment `name` best (the strongest, earliest; for `resolved` the latest). */
function bestFounding<T extends EventFacts>(name: MomentName, timeline: readonly T[]): T | undefined {
  let best: { event: T; rank: number; at: number } | undefined;
  for (const event of timeline) {
    const rank = foundationRank(name, event);
    if (event.at === null || rank === 0) continue;
    const candidate = { event, rank, at: Date.parse(event.at) };
    if (!best || foundsBetter(name, candidate, best)) best = candidate;
  }
  return best?.event;
}

const incidentBegan = (moments: Moments): number | undefined =>
  [moments.impactStart?.at, moments.detected?.at]
    .filter((at): at is string => at !== undefined)
    .map((at) => Date.parse(at))
    .sort((a, b) => a - b)[0];

/** The events that may end the incident: alerts resolving only when every alert that fired has resolved. */
const resolvers = <T extends EventFacts>(timeline: readonly T[]): readonly T[] =>
  everyAlertResolved(timeline) ? timeline : timeline.filter((e) => e.kind !== 'alert-resolved');

/**
 * The moments with each one unset taken from the timeline, as a draft from evidence takes them: impact from the
 * first error, detection from the first alert or page, then the first acknowledgement, the first mitigation that
 * worked and the last resolution, each linked to its event. A moment already set is kept; one that would put the
 * moments in an impossible order is left unset. What `debrief import` does with a document that gives a timeline
 * but no moments (trial 18e: imported incidents had no durations at all). Returns the names it set, and
 * those it left unset for the order.
 */
export function momentsFromTimeline<T extends EventFacts & { id: string }>(
  moments: Moments,
  timeline: readonly T[],
): { moments: Moments; set: MomentName[]; leftOut: MomentLeftOut[] } {
  const next: Moments = { ...moments };
  const set: MomentName[] = [];
  const leftOut: MomentLeftOut[] = [];
  for (const name of momentNames) {
    if (next[name]) continue;
    // What the team did comes after the start: a flag flipped before it (the cause, often) mitigated nothing.
    // Detection is of this impact: an alert that fired before it began (a disk warning hours earlier) is another
    // story, so the first alert or page at or after the start detects it (trial 29 left it unset).
    const impactAt = next.impactStart?.at === undefined ? undefined : Date.parse(next.impactStart.at);
    const start = name === 'impactStart' ? undefined : name === 'detected' ? impactAt : incidentBegan(next);
    const after =
      start === undefined ? timeline : timeline.filter((e) => e.at !== null && Date.parse(e.at) >= start);
    // The mitigation that set `mitigated` does not also end the incident (as when a person adds it): a later
    // event has to say so.
    const ending = (e: T) => e.id !== next.mitigated?.eventId || e.kind === 'resolution';
    const event = bestFounding(name, name === 'resolved' ? resolvers(after).filter(ending) : after);
    const reasonOf = (e: T) => `${e.kind} event: ${e.summary}`.slice(0, 500);
    if (!event || event.at === null) {
      // Only rows before the start found it (an acknowledgement before the first error, a mitigation before the
      // impact): left unset, and said (trial 20), unless the row is a flag flip or a change that may be the cause.
      // Only those: the mitigation that set `mitigated` is no reason to speak of `resolved` (trial 24 read "out of order
      // with impactStart" for a row after it).
      const before =
        start === undefined || name === 'mitigated'
          ? undefined
          : bestFounding(
              name,
              timeline.filter((e) => e.at !== null && Date.parse(e.at) < start),
            );
      const began = next.impactStart?.at === undefined ? 'detected' : 'impactStart';
      if (before?.at && next[began])
        leftOut.push({
          name,
          at: before.at,
          reason: reasonOf(before),
          against: { name: began, at: next[began]?.at as string },
        });
      continue;
    }
    const reason = reasonOf(event);
    const candidate: Moments = { ...next, [name]: { at: event.at, eventId: event.id, reason } };
    const problem = momentOrderProblems(candidate).find((p) => p.later === name || p.earlier === name);
    if (problem) {
      const other = problem.later === name ? problem.earlier : problem.later;
      leftOut.push({ name, at: event.at, reason, against: { name: other, at: next[other]?.at as string } });
      continue;
    }
    Object.assign(next, candidate);
    set.push(name);
  }
  return { moments: next, set, leftOut };
}
