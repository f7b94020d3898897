import type { IncidentDocument } from '../domain/index.js';
import { eventTimes } from './event-times.js';

/** Events left out of the chart on one side: how many, and the time of the farthest. */
export interface OffChart {
  count: number;
  farthest: number;
}

/** The span a chart draws, the incident inside it, and the events that fall outside. */
export interface ChartWindow {
  /** First and last instant plotted, margins included. */
  start: number;
  end: number;
  /** The incident itself: impact start to resolution, or the best stand-ins for them. */
  from: number;
  to: number;
  earlier: OffChart | undefined;
  later: OffChart | undefined;
}

/** Space left on each side of the plotted events, as a share of their span. */
export const marginShare = 0.06;
/**
 * How far beyond the incident, as a share of its length, events still widen the chart: the lead-up (a config
 * change minutes before impact) stays in view, while one event days away no longer squeezes the incident flat.
 */
export const leadShare = 0.25;

const errorLevels = new Set(['error', 'critical']);
const changeKinds = new Set(['deploy', 'config-change', 'flag-change']);
/** How long before impact a change still counts as its lead-up on the chart. */
export const changeReach = 2 * 60 * 60_000;

/**
 * The window a timeline chart zooms to. The incident runs from its impact start (else the earliest moment or
 * error-level event) to its resolution (else the latest moment or error-level event); without either, it
 * spans all timed events. Undefined when nothing has a time.
 */
export function chartWindow(doc: Pick<IncidentDocument, 'moments' | 'timeline'>): ChartWindow | undefined {
  const times = eventTimes(doc.timeline);
  const timed: number[] = [];
  const errors: number[] = [];
  doc.timeline.forEach((event, i) => {
    const t = times[i]!;
    if (Number.isNaN(t)) return;
    timed.push(t);
    if (errorLevels.has(event.severity)) errors.push(t);
  });
  const moments = Object.values(doc.moments).flatMap((moment) => (moment ? [Date.parse(moment.at)] : []));
  // Without an impact start, the first error-level event stands in for it (and the last for a resolution).
  const firstError = smallest(errors);
  const lastError = largest(errors);
  const startSide = doc.moments.impactStart || errors.length === 0 ? moments : [...moments, firstError];
  const endSide = doc.moments.resolved || errors.length === 0 ? moments : [...moments, lastError];
  let from = startSide.length ? Math.min(...startSide) : smallest(timed);
  let to = endSide.length ? Math.max(...endSide) : largest(timed);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  if (to < from) [from, to] = [to, from];
  // One moment and no errors say nothing about the length: a missing end takes in every event instead.
  if (to === from) {
    if (!doc.moments.impactStart) from = Math.min(from, smallest(timed));
    if (!doc.moments.resolved) to = Math.max(to, largest(timed));
  }
  // A single instant still needs a visible width: a minute either side.
  if (to === from) [from, to] = [from - 60_000, to + 60_000];
  const reach = (to - from) * leadShare;
  let first = from;
  let last = to;
  for (const t of timed) {
    if (t < first && t >= from - reach) first = t;
    if (t > last && t <= to + reach) last = t;
  }
  // The last change before impact is often what set it off: a deploy or a config change up to two hours before
  // stays in view, however short the incident (an arrow at the edge would hide the likely trigger).
  doc.timeline.forEach((event, i) => {
    const t = times[i]!;
    if (changeKinds.has(event.kind) && t < first && t >= from - changeReach) first = t;
  });
  const margin = (last - first) * marginShare;
  const start = first - margin;
  const end = last + margin;
  let earlier: OffChart | undefined;
  let later: OffChart | undefined;
  for (const t of timed) {
    if (t < start)
      earlier = { count: (earlier?.count ?? 0) + 1, farthest: Math.min(t, earlier?.farthest ?? t) };
    if (t > end) later = { count: (later?.count ?? 0) + 1, farthest: Math.max(t, later?.farthest ?? t) };
  }
  return { start, end, from, to, earlier, later };
}

// Loops rather than Math.min(...times): a 100,000-event timeline would overflow the argument list.
function smallest(times: readonly number[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const t of times) if (t < min) min = t;
  return min;
}

function largest(times: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const t of times) if (t > max) max = t;
  return max;
}
