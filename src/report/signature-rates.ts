import type { TimelineEvent } from '../domain/index.js';
import { eventTimes } from './event-times.js';

/** One log signature's occurrences over the incident, binned for a sparkline. */
export interface SignatureRate {
  signature: string;
  total: number;
  firstAt: string;
  lastAt: string;
  series: number[];
}

/** Groups timed events by signature and sums their counts into `bins` equal slices of [start, end]. */
export function signatureRates(
  events: readonly TimelineEvent[],
  [start, end]: [number, number],
  bins = 40,
): SignatureRate[] {
  const bySignature = new Map<string, SignatureRate>();
  const times = eventTimes(events);
  events.forEach((event, i) => {
    if (!event.signature || event.at === null) return;
    let rate = bySignature.get(event.signature);
    if (!rate) {
      rate = {
        signature: event.signature,
        total: 0,
        firstAt: event.at,
        lastAt: event.at,
        series: new Array<number>(bins).fill(0),
      };
      bySignature.set(event.signature, rate);
    }
    const t = times[i]!;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(((t - start) / (end - start)) * bins)));
    rate.series[bin]! += event.count;
    rate.total += event.count;
    if (event.at < rate.firstAt) rate.firstAt = event.at;
    if (event.at > rate.lastAt) rate.lastAt = event.at;
  });
  return [...bySignature.values()].sort(
    (a, b) => b.total - a.total || a.signature.localeCompare(b.signature),
  );
}

/** A small SVG line of a series, scaled to its own peak. */
export function sparklineSvg(series: readonly number[], width = 120, height = 24): string {
  const peak = Math.max(1, ...series);
  const step = series.length > 1 ? width / (series.length - 1) : width;
  const points = series
    .map((value, i) => `${(i * step).toFixed(1)},${(height - 1 - (value / peak) * (height - 2)).toFixed(1)}`)
    .join(' ');
  return `<svg class="spark" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="rate over time" xmlns="http://www.w3.org/2000/svg"><polyline points="${points}" fill="none" stroke="#d64545" stroke-width="1.5"/></svg>`;
}
