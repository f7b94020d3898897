import { z } from 'zod';
import { median, quantile } from './closure.js';
import { factorCategories } from './factor.js';
import { type Severity, severities, severitySchema } from './incident.js';
import { type IncidentMetrics, type Moments, metricsFromMoments } from './moments.js';

/** What insights need of one incident: when it began, how bad, where, and its key moments. */
export interface InsightIncident {
  id: string;
  title: string;
  severity: Severity;
  services: readonly string[];
  moments: Moments;
  createdAt: string;
}

/** Facts drawn from an incident's records: its factors' categories, log signatures and alerts that fired. */
export interface InsightRecords {
  factors: ReadonlyArray<{ incidentId: string; category: string }>;
  /** Each log signature an incident had, by its id (`s7fd310a4`), with the template text an event of it shows. */
  signatures: ReadonlyArray<{ incidentId: string; signature: string; label?: string | undefined }>;
  alerts: ReadonlyArray<{ incidentId: string; name: string }>;
}

const count = z.number().int().nonnegative();
const ms = z.number().nonnegative().nullable();
const metricNames = ['timeToDetect', 'timeToAcknowledge', 'timeToMitigate', 'timeToResolve'] as const;
type MetricName = (typeof metricNames)[number];

/** The median and 90th percentile of one response metric over `n` incidents that have it, in milliseconds. */
const spreadSchema = z.object({ n: count, medianMs: ms, p90Ms: ms });
export type Spread = z.infer<typeof spreadSchema>;

const responseSchema = z.object(
  Object.fromEntries(metricNames.map((name) => [name, spreadSchema])) as Record<
    MetricName,
    typeof spreadSchema
  >,
);

const monthSchema = z.object({
  month: z.string().describe('YYYY-MM (UTC), the month the impact began (or the incident was recorded)'),
  incidents: count,
  bySeverity: z.record(severitySchema, count),
  byService: z.record(z.string(), count),
  factorCategories: z.record(z.string(), count),
  response: responseSchema,
});
export type MonthInsight = z.infer<typeof monthSchema>;

const incidentRefSchema = z.object({ incidentId: z.string(), title: z.string(), month: z.string() });

/** Something seen in more than one incident: a service, a log signature, an alert. */
const repeatSchema = z.object({
  name: z.string(),
  /** What a reader knows it by, where the name is an id: a log signature's template text. */
  label: z.string().optional(),
  incidents: z.array(incidentRefSchema),
});
export type Repeat = z.infer<typeof repeatSchema>;

/** Insights across incidents: what `debrief insights --format json` and GET /api/insights give. */
export const insightsSchema = z.object({
  incidents: count,
  from: z.string().nullable(),
  to: z.string().nullable(),
  months: z.array(monthSchema),
  response: responseSchema,
  repeats: z.object({
    services: z.array(repeatSchema),
    signatures: z.array(repeatSchema),
    alerts: z.array(repeatSchema),
  }),
});
export type Insights = z.infer<typeof insightsSchema>;

/** GET /api/incidents/:id/seen-elsewhere: what this incident shares with others, each with the other incidents. */
export const seenElsewhereSchema = insightsSchema.shape.repeats;

/** The month an incident counts in: when its impact began, else when it was detected, else recorded. */
export function incidentMonth(incident: Pick<InsightIncident, 'moments' | 'createdAt'>): string {
  const at = incident.moments.impactStart?.at ?? incident.moments.detected?.at ?? incident.createdAt;
  return at.slice(0, 7);
}

function spreadOf(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, medianMs: median(sorted), p90Ms: quantile(sorted, 0.9) };
}

function responseOf(metrics: readonly IncidentMetrics[]): Record<MetricName, Spread> {
  return Object.fromEntries(
    metricNames.map((name) => [
      name,
      spreadOf(metrics.flatMap((m) => (m[name] === undefined ? [] : [m[name] as number]))),
    ]),
  ) as Record<MetricName, Spread>;
}

function tally(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of keys) out[key] = (out[key] ?? 0) + 1;
  return out;
}

/** Names seen in more than one incident, the most incidents first, each incident once, oldest first. */
function repeatsOf(
  pairs: ReadonlyArray<{ incidentId: string; name: string; label?: string | undefined }>,
  refs: ReadonlyMap<string, z.infer<typeof incidentRefSchema>>,
  limit: number,
): Repeat[] {
  const byName = new Map<string, Set<string>>();
  const labels = new Map<string, string>();
  for (const { incidentId, name, label } of pairs) {
    if (!refs.has(incidentId) || name.trim() === '') continue;
    const ids = byName.get(name) ?? new Set<string>();
    ids.add(incidentId);
    byName.set(name, ids);
    if (label && !labels.has(name)) labels.set(name, label);
  }
  return [...byName.entries()]
    .filter(([, ids]) => ids.size > 1)
    .map(([name, ids]) => ({
      name,
      ...(labels.has(name) ? { label: labels.get(name) } : {}),
      incidents: [...ids]
        .map((id) => refs.get(id) as z.infer<typeof incidentRefSchema>)
        .sort((a, b) => a.month.localeCompare(b.month) || a.incidentId.localeCompare(b.incidentId)),
    }))
    .sort((a, b) => b.incidents.length - a.incidents.length || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** How many services, signatures and alerts insights list as seen in more than one incident. */
export const repeatLimit = 20;

/** Insights over incidents and their records: per month, response times, and what keeps coming back. */
export function insightsOf(
  incidents: readonly InsightIncident[],
  records: InsightRecords,
  limit = repeatLimit,
): Insights {
  const monthOf = new Map(incidents.map((incident) => [incident.id, incidentMonth(incident)]));
  const months = [...new Set(monthOf.values())].sort();
  const metrics = new Map(incidents.map((incident) => [incident.id, metricsFromMoments(incident.moments)]));
  const refs = new Map(
    incidents.map((incident) => [
      incident.id,
      { incidentId: incident.id, title: incident.title, month: monthOf.get(incident.id) as string },
    ]),
  );
  const known = new Set(factorCategories as readonly string[]);
  return {
    incidents: incidents.length,
    from: months[0] ?? null,
    to: months[months.length - 1] ?? null,
    months: months.map((month) => {
      const own = incidents.filter((incident) => monthOf.get(incident.id) === month);
      const ids = new Set(own.map((incident) => incident.id));
      const bySeverity = Object.fromEntries(
        severities.map((severity) => [severity, own.filter((i) => i.severity === severity).length]),
      ) as Record<Severity, number>;
      return {
        month,
        incidents: own.length,
        bySeverity,
        byService: tally(own.flatMap((incident) => [...new Set(incident.services)])),
        factorCategories: tally(
          records.factors
            .filter((factor) => ids.has(factor.incidentId))
            .map((factor) => (known.has(factor.category) ? factor.category : 'other')),
        ),
        response: responseOf(own.map((incident) => metrics.get(incident.id) ?? {})),
      };
    }),
    response: responseOf([...metrics.values()]),
    repeats: {
      services: repeatsOf(
        incidents.flatMap((incident) => incident.services.map((name) => ({ incidentId: incident.id, name }))),
        refs,
        limit,
      ),
      signatures: repeatsOf(
        records.signatures.map(({ incidentId, signature, label }) => ({
          incidentId,
          name: signature,
          label,
        })),
        refs,
        limit,
      ),
      alerts: repeatsOf(records.alerts, refs, limit),
    },
  };
}

/**
 * The template text a log-signature or log-spike event shows first (`` `db: pool exhausted <*>` started 14:02 ``),
 * which is what a reader knows the signature by; else the summary's first line, cut to 200 characters.
 */
export function signatureTemplateOf(summary: string): string {
  const quoted = /^`([^`\n]+)`/.exec(summary)?.[1];
  const text = quoted ?? summary.split('\n')[0] ?? '';
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** The alert an `alert-fired` event names ("Alert CheckoutHighErrorRate (pod=a) firing: …"). */
export function alertNameOf(summary: string): string | undefined {
  return /^Alert (\S+)/.exec(summary)?.[1];
}
