import { z } from 'zod';
import { lineText } from './text.js';
import { formatDuration, instantSchema, millisBetween } from './time.js';

/** The key timestamps of an incident, in the order they normally happen. */
export const momentNames = ['impactStart', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;
export type MomentName = (typeof momentNames)[number];

/** One key moment: a time, and where it came from (a timeline event, or a reason typed by hand). */
export const momentSchema = z.object({
  at: instantSchema,
  eventId: lineText(64).optional(),
  reason: lineText(500).optional(),
});
export type Moment = z.infer<typeof momentSchema>;

export type Moments = { [name in MomentName]?: Moment | undefined };

/**
 * Pairs that cannot happen in the other order. Detection is not before impact (an early warning before impact
 * means the impact started earlier than recorded, and a negative time to detect helps nobody); it may follow
 * resolution (a customer report after self-recovery), so that pair is not checked.
 */
const orderedPairs: ReadonlyArray<readonly [MomentName, MomentName]> = [
  ['impactStart', 'detected'],
  ['detected', 'acknowledged'],
  ['impactStart', 'mitigated'],
  ['impactStart', 'resolved'],
  ['mitigated', 'resolved'],
];

export interface OrderProblem {
  earlier: MomentName;
  later: MomentName;
  message: string;
}

/** Lists the moments that are in an impossible order, each naming both fields and both times. */
export function momentOrderProblems(moments: Moments): OrderProblem[] {
  const problems: OrderProblem[] = [];
  for (const [earlier, later] of orderedPairs) {
    const a = moments[earlier];
    const b = moments[later];
    if (a && b && Date.parse(b.at) < Date.parse(a.at)) {
      problems.push({
        earlier,
        later,
        message: `${later} (${b.at}) is before ${earlier} (${a.at}); ${later} must not come before ${earlier}`,
      });
    }
  }
  return problems;
}

export const momentsSchema = z
  .object({
    impactStart: momentSchema.optional(),
    detected: momentSchema.optional(),
    acknowledged: momentSchema.optional(),
    mitigated: momentSchema.optional(),
    resolved: momentSchema.optional(),
  })
  .superRefine((moments, ctx) => {
    for (const problem of momentOrderProblems(moments)) {
      ctx.addIssue({ code: 'custom', path: [problem.later], message: problem.message });
    }
  });

const duration = z.number().optional();

/** Durations in milliseconds derived from the moments; left out where a moment is missing. */
export const incidentMetricsSchema = z.object({
  timeToDetect: duration,
  timeToAcknowledge: duration,
  timeToMitigate: duration,
  timeToResolve: duration,
  impactDuration: duration,
});
export type IncidentMetrics = z.infer<typeof incidentMetricsSchema>;

function span(from: Moment | undefined, to: Moment | undefined): number | undefined {
  return from && to ? millisBetween(from.at, to.at) : undefined;
}

/**
 * Metrics as most SRE teams define them: detect, mitigate and resolve are counted from impact start;
 * acknowledge from detection. Impact lasts until mitigation, or until resolution when nothing mitigated it first.
 */
export function metricsFromMoments(moments: Moments): IncidentMetrics {
  const metrics: IncidentMetrics = {};
  const entries: Array<[keyof IncidentMetrics, number | undefined]> = [
    ['timeToDetect', span(moments.impactStart, moments.detected)],
    ['timeToAcknowledge', span(moments.detected, moments.acknowledged)],
    ['timeToMitigate', span(moments.impactStart, moments.mitigated)],
    ['timeToResolve', span(moments.impactStart, moments.resolved)],
    ['impactDuration', span(moments.impactStart, moments.mitigated ?? moments.resolved)],
  ];
  for (const [name, value] of entries) if (value !== undefined) metrics[name] = value;
  return metrics;
}

/** Metrics as readable durations (`1h 05m`), for tables and reports. */
export function formatMetrics(metrics: IncidentMetrics): Partial<Record<keyof IncidentMetrics, string>> {
  const out: Partial<Record<keyof IncidentMetrics, string>> = {};
  for (const [name, value] of Object.entries(metrics) as Array<[keyof IncidentMetrics, number]>) {
    out[name] = formatDuration(value);
  }
  return out;
}
