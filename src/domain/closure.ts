import { z } from 'zod';
import {
  type ActionFields,
  type ActionPriority,
  type ActionType,
  actionPriorities,
  actionTypes,
  isOpenAction,
} from './action.js';
import { invalidInput } from './errors.js';
import { type Severity, severities, severitySchema } from './incident.js';
import { dateSchema } from './time.js';

/**
 * How many days each severity's actions may take to close, counted from the day the action was written down.
 * The defaults follow common SRE practice (the most severe incidents' actions within a month); a team sets its own
 * with `debrief actions stats --target SEV1=14`. A severity without a target is not judged.
 */
export const defaultClosureTargets: Readonly<Partial<Record<Severity, number>>> = {
  SEV1: 30,
  SEV2: 60,
  SEV3: 90,
};

/** What closure needs of an action: its fields, its incident and when it was written down. */
export type ClosureAction = Pick<
  ActionFields,
  'title' | 'owner' | 'priority' | 'type' | 'status' | 'dueDate' | 'closedOn'
> & { id: string; incidentId: string; createdAt: string; updatedAt: string };

export interface ClosureIncident {
  id: string;
  title: string;
  severity: Severity;
}

const count = z.number().int().nonnegative();
const days = z.number().int().nonnegative().nullable();

/**
 * Actions by outcome. Done on time: closed on or before the due day; late: after it; undated: done with no due day.
 * Open includes in progress; overdue is the part of open that is past its due day.
 */
export const closureCountsSchema = z.object({
  total: count,
  doneOnTime: count,
  doneLate: count,
  doneUndated: count,
  open: count,
  overdue: count,
  dropped: count,
});
export type ClosureCounts = z.infer<typeof closureCountsSchema>;

/** The median and 90th percentile of days from writing an action down to doing it, over `closed` done actions. */
export const closeTimeSchema = z.object({ closed: count, medianDays: days, p90Days: days });
export type CloseTime = z.infer<typeof closeTimeSchema>;

/** An action past its severity's target: still open after more days, or done after more days. */
const missedTargetSchema = z.object({
  actionId: z.string(),
  incidentId: z.string(),
  title: z.string(),
  owner: z.string(),
  days: count,
  open: z.boolean(),
});
export type MissedTarget = z.infer<typeof missedTargetSchema>;

/** One severity's target: `actions` judged (all but dropped), how many `met` it, and the ones that missed. */
const targetResultSchema = z.object({
  severity: severitySchema,
  days: count,
  actions: count,
  met: count,
  /** Of `met`, the actions still open and not yet past the target: within it so far, not done. */
  openWithin: count,
  missed: z.array(missedTargetSchema),
});
export type TargetResult = z.infer<typeof targetResultSchema>;

/**
 * A severity's target in words, as the CLI and the web app say it: open actions not yet past the target have not
 * met it, they are within it so far (trial 12g G-27: "6 of 6 met" of six open actions).
 */
export function targetHeadline(target: Omit<TargetResult, 'missed'>): string {
  const days = `${target.days} ${target.days === 1 ? 'day' : 'days'}`;
  const done = target.met - target.openWithin;
  const open = target.openWithin > 0 ? `, ${target.openWithin} open and not yet past it` : '';
  return `${target.severity} actions within ${days}: ${done} of ${target.actions} done in time${open}`;
}

const incidentClosureSchema = z.object({
  incidentId: z.string(),
  title: z.string(),
  severity: severitySchema,
  counts: closureCountsSchema,
});
export type IncidentClosure = z.infer<typeof incidentClosureSchema>;

/** Closure of action items on a day (`asOf`): what `debrief actions stats --json` and GET /api/actions/stats give. */
export const closureStatsSchema = z.object({
  asOf: dateSchema,
  overall: closureCountsSchema,
  timeToClose: z.object({
    all: closeTimeSchema,
    byPriority: z.object(
      Object.fromEntries(actionPriorities.map((key) => [key, closeTimeSchema])) as Record<
        ActionPriority,
        typeof closeTimeSchema
      >,
    ),
    byType: z.object(
      Object.fromEntries(actionTypes.map((key) => [key, closeTimeSchema])) as Record<
        ActionType,
        typeof closeTimeSchema
      >,
    ),
  }),
  targets: z.array(targetResultSchema),
  incidents: z.array(incidentClosureSchema),
});
export type ClosureStats = z.infer<typeof closureStatsSchema>;

/** Days from one calendar day to another (YYYY-MM-DD, UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day an action closed; one closed before days were kept counts as closed on its last change. */
function closedDay(action: ClosureAction): string {
  return action.closedOn ?? action.updatedAt.slice(0, 10);
}

function countActions(actions: readonly ClosureAction[], today: string): ClosureCounts {
  const counts: ClosureCounts = {
    total: actions.length,
    doneOnTime: 0,
    doneLate: 0,
    doneUndated: 0,
    open: 0,
    overdue: 0,
    dropped: 0,
  };
  for (const action of actions) {
    if (action.status === 'dropped') counts.dropped += 1;
    else if (isOpenAction(action)) {
      counts.open += 1;
      if (action.dueDate !== undefined && action.dueDate < today) counts.overdue += 1;
    } else if (action.dueDate === undefined) counts.doneUndated += 1;
    else if (closedDay(action) <= action.dueDate) counts.doneOnTime += 1;
    else counts.doneLate += 1;
  }
  return counts;
}

/** The middle of sorted numbers: the mean of the two middle ones when there is an even count (13, 22, 34, 44: 28). */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = sorted.length / 2;
  if (Number.isInteger(middle)) return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return sorted[Math.floor(middle)] ?? null;
}

/** The value at quantile q (0..1) of sorted numbers, by the nearest-rank method: always one of the values. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? null;
}

function closeTime(actions: readonly ClosureAction[]): CloseTime {
  const days = actions
    .filter((action) => action.status === 'done')
    .map((action) => Math.max(0, daysBetween(action.createdAt.slice(0, 10), closedDay(action))))
    .sort((a, b) => a - b);
  const middle = median(days);
  return {
    closed: days.length,
    medianDays: middle === null ? null : Math.round(middle),
    p90Days: quantile(days, 0.9),
  };
}

function byKey<K extends string>(
  keys: readonly K[],
  actions: readonly ClosureAction[],
  key: (action: ClosureAction) => K,
): Record<K, CloseTime> {
  return Object.fromEntries(
    keys.map((value) => [value, closeTime(actions.filter((action) => key(action) === value))]),
  ) as Record<K, CloseTime>;
}

function judgeTarget(
  severity: Severity,
  days: number,
  actions: readonly ClosureAction[],
  today: string,
): TargetResult {
  const judged = actions.filter((action) => action.status !== 'dropped');
  const missed: MissedTarget[] = [];
  let openWithin = 0;
  for (const action of judged) {
    const open = isOpenAction(action);
    const age = daysBetween(action.createdAt.slice(0, 10), open ? today : closedDay(action));
    if (age > days) {
      const { id: actionId, incidentId, title, owner } = action;
      missed.push({ actionId, incidentId, title, owner, days: age, open });
    } else if (open) openWithin++;
  }
  missed.sort((a, b) => Number(b.open) - Number(a.open) || b.days - a.days);
  return { severity, days, actions: judged.length, met: judged.length - missed.length, openWithin, missed };
}

/**
 * Closure of action items on `today`: outcomes overall and per incident, how long done actions took by priority
 * and type, and each severity's target with the actions that missed it. Actions of incidents not given are left
 * out (the caller passes only the incidents its reader may see).
 */
export function closureStats(
  actions: readonly ClosureAction[],
  incidents: readonly ClosureIncident[],
  today: string,
  targets: Readonly<Partial<Record<Severity, number>>> = defaultClosureTargets,
): ClosureStats {
  const known = new Map(incidents.map((incident) => [incident.id, incident]));
  const counted = actions.filter((action) => known.has(action.incidentId));
  const perIncident = incidents
    .map((incident) => ({
      incident,
      actions: counted.filter((action) => action.incidentId === incident.id),
    }))
    .filter((entry) => entry.actions.length > 0);
  const severityOf = (action: ClosureAction) => known.get(action.incidentId)?.severity;
  return {
    asOf: today,
    overall: countActions(counted, today),
    timeToClose: {
      all: closeTime(counted),
      byPriority: byKey(actionPriorities, counted, (action) => action.priority),
      byType: byKey(actionTypes, counted, (action) => action.type),
    },
    targets: severities.flatMap((severity) => {
      const days = targets[severity];
      if (days === undefined) return [];
      const ofSeverity = counted.filter((action) => severityOf(action) === severity);
      return ofSeverity.length === 0 ? [] : [judgeTarget(severity, days, ofSeverity, today)];
    }),
    incidents: perIncident.map(({ incident, actions: own }) => ({
      incidentId: incident.id,
      title: incident.title,
      severity: incident.severity,
      counts: countActions(own, today),
    })),
  };
}

/**
 * Targets as people write them, `SEV1=14` (repeatable; `SEV3=none` removes one), over the defaults. A bad one is
 * refused with what was expected.
 */
export function parseClosureTargets(
  written: readonly string[],
  base: Readonly<Partial<Record<Severity, number>>> = defaultClosureTargets,
): Partial<Record<Severity, number>> {
  const targets: Partial<Record<Severity, number>> = { ...base };
  for (const entry of written) {
    const match = /^\s*(sev[1-4])\s*=\s*(\d{1,4}|none)\s*$/i.exec(entry);
    if (!match) {
      throw invalidInput(
        `expected SEVERITY=DAYS such as SEV1=30 (or SEV4=none to judge none), got ${JSON.stringify(entry)}`,
      );
    }
    const severity = (match[1] as string).toUpperCase() as Severity;
    const days = match[2] as string;
    if (days.toLowerCase() === 'none') delete targets[severity];
    else if (Number(days) < 1) throw invalidInput(`expected at least 1 day, got ${JSON.stringify(entry)}`);
    else targets[severity] = Number(days);
  }
  return targets;
}
