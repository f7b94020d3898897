import { foundationRank, mitigates, saysRecovered } from './moment-foundation.js';
import { type MomentName, type Moments, momentOrderProblems, type OrderProblem } from './moments.js';
import type { EventKind } from './timeline.js';

/** The key moment an event of each kind marks when a person adds it: the first page, the acknowledgement, … */
export const momentOfKind: Partial<Record<EventKind, MomentName>> = {
  'alert-fired': 'detected',
  page: 'detected',
  acknowledged: 'acknowledged',
  mitigation: 'mitigated',
  rollback: 'mitigated',
  resolution: 'resolved',
};

/**
 * The key moment an event a person adds marks (`momentOfKind`), except a mitigation or rollback whose text says it
 * changed nothing ("Tried restarting the workers; no effect"): the impact went on, so it mitigated nothing. An
 * error, crash or error spike at error level marks the impact's start, as it does in an import or an evidence
 * draft (trial 19: a timeline built by hand never had one, so no duration was measured).
 */
export function momentMarkedBy(event: {
  kind: string;
  summary: string;
  severity?: string | undefined;
}): MomentName | undefined {
  const facts = { at: null, kind: event.kind, summary: event.summary, severity: event.severity ?? 'info' };
  if (!(event.kind in momentOfKind) && foundationRank('impactStart', facts) > 0) return 'impactStart';
  const name = momentOfKind[event.kind as EventKind];
  return name === 'mitigated' && !mitigates(event) ? undefined : name;
}

/**
 * Whether an event a person adds is a mitigation attempt that changed nothing while the mitigated moment is unset:
 * said after adding it, so a moment left unset is never a silent surprise.
 */
export function failedAttemptLeavesUnset(
  moments: Moments,
  event: { kind: string; summary: string; at: string | null },
): boolean {
  return (
    event.at !== null &&
    !moments.mitigated &&
    momentOfKind[event.kind as EventKind] === 'mitigated' &&
    momentMarkedBy(event) === undefined
  );
}

/**
 * The moment an event a person adds would set in `moments`: the one it marks (`momentMarkedBy`) while unset; a
 * mitigation, rollback or flag change that says the service recovered ("error rate recovered, incident resolved")
 * once the mitigation moment is taken marks the resolution. A flag change that says so after the impact began, with no
 * mitigation yet, marks the mitigation; it marks nothing else (it may be the cause).
 */
export function momentToSet(
  moments: Moments,
  event: { kind: string; summary: string; severity?: string | undefined; at: string | null },
): MomentName | undefined {
  const name = momentMarkedBy(event);
  if (event.at === null) return undefined;
  if (name && !moments[name]) return name;
  const mitigation = name === 'mitigated' || event.kind === 'flag-change';
  if (mitigation && moments.mitigated && !moments.resolved && saysRecovered(event.summary)) return 'resolved';
  // A flag turned off after the impact began, saying the service recovered ("Disabled the retry flag; error rate
  // recovered"), is what mitigated it (trial 27 F10 left the moment unset). Before any start it may be the cause.
  const began = (moments.impactStart ?? moments.detected)?.at;
  if (
    event.kind === 'flag-change' &&
    !moments.mitigated &&
    began !== undefined &&
    began <= event.at &&
    saysRecovered(event.summary)
  )
    return 'mitigated';
  return undefined;
}

/** Whether an event may set a moment at all, whatever the incident's moments are (so none is read otherwise). */
export function mayMarkMoment(event: {
  kind: string;
  summary: string;
  severity?: string | undefined;
}): boolean {
  return (
    momentMarkedBy(event) !== undefined || (event.kind === 'flag-change' && saysRecovered(event.summary))
  );
}

/** A moment an added event leaves unset, and the order it would break. */
export interface MomentLeftUnset {
  name: MomentName;
  problem: OrderProblem;
}

/**
 * Why an event a person adds leaves the moment its kind marks unset although none is set: taking its time would put
 * the moments in an impossible order (acknowledged before detected). Undefined when the kind marks no moment, the
 * moment is set already, the time is unknown, or the order allows it. The CLI and the web app say it after the
 * event is added, so a moment left unset is never a silent surprise.
 */
export function momentLeftUnset(
  moments: Moments,
  event: { kind: string; summary: string; at: string | null },
): MomentLeftUnset | undefined {
  const name = momentToSet(moments, event);
  if (!name || event.at === null) return undefined;
  const problem = momentOrderProblems({ ...moments, [name]: { at: event.at } }).find(
    (p) => p.later === name || p.earlier === name,
  );
  return problem && { name, problem };
}
