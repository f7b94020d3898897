import type { Insights } from '../api/types.js';
import type { ChartSeries } from './line-chart.js';

type Month = Insights['months'][number];

export const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
const severityColors = ['#b3261e', '#c26a00', '#1f5fbf', '#5a6473'];

export const metrics = [
  ['timeToDetect', 'Time to detect', '#1f5fbf'],
  ['timeToAcknowledge', 'Time to acknowledge', '#7a3fb0'],
  ['timeToMitigate', 'Time to mitigate', '#c26a00'],
  ['timeToResolve', 'Time to resolve', '#b3261e'],
] as const;

// Told apart on white; a chart with more lines than these uses them again.
const palette = ['#1f5fbf', '#c26a00', '#2e7d32', '#b3261e', '#7a3fb0', '#00838f', '#8d6e00', '#ad1457'];
const dashed = [6, 4];

/** The services charted by name; more lines than this cannot be told apart, so the rest are summed as one. */
export const chartedServices = 6;

function colorAt(index: number): string {
  return palette[index % palette.length] as string;
}

function minutesOrNull(ms: number | null): number | null {
  return ms === null ? null : ms / 60_000;
}

/** Incidents per month, one line per severity. */
export function severitySeries(months: readonly Month[]): ChartSeries[] {
  return severities.map((severity, index) => ({
    label: severity,
    color: severityColors[index] as string,
    values: months.map((m) => m.bySeverity[severity] ?? 0),
  }));
}

/** Each response metric per month in minutes: its median solid, its 90th percentile dashed in the same colour. */
export function responseSeries(months: readonly Month[]): ChartSeries[] {
  return metrics.flatMap(([key, label, color]) => [
    { label: `${label} (median)`, color, values: months.map((m) => minutesOrNull(m.response[key].medianMs)) },
    {
      label: `${label} (90th percentile)`,
      color,
      dash: dashed,
      values: months.map((m) => minutesOrNull(m.response[key].p90Ms)),
    },
  ]);
}

/** The factor categories recorded in any month, in name order. */
export function categoriesOf(months: readonly Month[]): string[] {
  return [...new Set(months.flatMap((m) => Object.keys(m.factorCategories)))].sort();
}

/** Contributing factors per month, one line per category recorded. */
export function factorSeries(months: readonly Month[]): ChartSeries[] {
  return categoriesOf(months).map((category, index) => ({
    label: category,
    color: colorAt(index),
    values: months.map((m) => m.factorCategories[category] ?? 0),
  }));
}

/** Incidents per month for the services with the most incidents, and the other services' incidents summed. */
export function serviceSeries(months: readonly Month[]): ChartSeries[] {
  const totals = new Map<string, number>();
  for (const m of months) {
    for (const [service, n] of Object.entries(m.byService))
      totals.set(service, (totals.get(service) ?? 0) + n);
  }
  const ranked = [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([service]) => service);
  // One service over the limit is charted by name rather than as "1 other services".
  const named = ranked.length > chartedServices + 1 ? ranked.slice(0, chartedServices) : ranked;
  const series: ChartSeries[] = named.map((service, index) => ({
    label: service,
    color: colorAt(index),
    values: months.map((m) => m.byService[service] ?? 0),
  }));
  const others = ranked.slice(named.length);
  if (others.length === 0) return series;
  return [
    ...series,
    {
      label: `${others.length} other services`,
      color: '#5a6473',
      dash: dashed,
      values: months.map((m) => others.reduce((sum, service) => sum + (m.byService[service] ?? 0), 0)),
    },
  ];
}

/** The months insights cover, in words: "in 2026-12" for one, "from 2026-03 to 2026-04" for more. */
export function periodText(from: string | null, to: string | null): string {
  return from === to ? `in ${from ?? 'no month'}` : `from ${from ?? '?'} to ${to ?? '?'}`;
}
