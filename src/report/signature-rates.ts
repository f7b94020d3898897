import type { TimelineEvent } from '../domain/index.js';
import { eventTimes } from './event-times.js';

/**
 * One log signature as the timeline knows it: its template, how many lines it matched, when it first showed (at an
 * error level when it had one), its highest rate and the rate over the incident for a sparkline. The timeline
 * holds the signature's first appearance (its count is every matching line) and its spikes (each count is lines
 * per minute at the peak), so the total is the first appearance's count alone — a spike's rate is not more lines —
 * and the sparkline is drawn from the spikes' rates, only when there are two or more.
 */
export interface SignatureRate {
  signature: string;
  /** The message template (`connection refused to <*>`), or the signature id when no event says it. */
  template: string;
  /** Lines matched, from the first appearance's count; undefined when only spikes are on the timeline. */
  total: number | undefined;
  firstAt: string;
  /** When its last line was logged, as the first appearance's summary says; undefined when it does not. */
  lastAt: string | undefined;
  /** The highest rate, lines per minute, and when; undefined without a spike. */
  peak: { perMinute: number; at: string } | undefined;
  /** Lines per minute at each spike, binned over the chart's span; empty with fewer than two spikes. */
  series: number[];
}

// The template a signature event quotes first: "`connection refused to <*>` started 14:02:11 …".
const quoted = /^`([^`]+)`/;

// What the evidence importer writes after the peak: ", last at 14:40:02" or ", last at 2026-03-05 00:10:02".
const lastAtWords = /, last at (?:(\d{4}-\d{2}-\d{2}) )?(\d{2}:\d{2}:\d{2})(?=[,( ]|$)/;

/** When a signature's last line was logged, read from its first appearance's summary (UTC, the day the event's). */
export function lastLineAt(summary: string, at: string): string | undefined {
  const found = lastAtWords.exec(summary.replace(quoted, ''));
  if (!found) return undefined;
  const iso = `${found[1] ?? at.slice(0, 10)}T${found[2]}Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : new Date(iso).toISOString();
}

/** The signatures of a timeline, largest first, with the template, total, first time and peak of each. */
export function signatureRates(
  events: readonly TimelineEvent[],
  [start, end]: [number, number],
  bins = 40,
): SignatureRate[] {
  // A spike's time is the start of its minute, before the minute's first line: the first line is the first
  // appearance's time, and a spike's only when the timeline holds no first appearance (trial 13y).
  const bySignature = new Map<
    string,
    { rate: SignatureRate; spikes: Array<{ t: number; count: number }>; seen?: string; firstSpike?: string }
  >();
  const times = eventTimes(events);
  events.forEach((event, i) => {
    if (!event.signature || event.at === null) return;
    let entry = bySignature.get(event.signature);
    if (!entry) {
      entry = {
        rate: {
          signature: event.signature,
          template: event.signature,
          total: undefined,
          firstAt: event.at,
          lastAt: undefined,
          peak: undefined,
          series: [],
        },
        spikes: [],
      };
      bySignature.set(event.signature, entry);
    }
    const { rate } = entry;
    const template = quoted.exec(event.summary)?.[1];
    if (template && rate.template === rate.signature) rate.template = template;
    if (event.kind === 'log-spike') {
      entry.spikes.push({ t: times[i]!, count: event.count });
      if (!entry.firstSpike || event.at < entry.firstSpike) entry.firstSpike = event.at;
      if (!rate.peak || event.count > rate.peak.perMinute)
        rate.peak = { perMinute: event.count, at: event.at };
    } else {
      rate.total = (rate.total ?? 0) + event.count;
      if (!entry.seen || event.at < entry.seen) entry.seen = event.at;
      const last = lastLineAt(event.summary, event.at);
      if (last && (!rate.lastAt || last > rate.lastAt)) rate.lastAt = last;
    }
  });
  const span = Math.max(1, end - start);
  return [...bySignature.values()]
    .map(({ rate: found, spikes, seen, firstSpike }) => {
      const rate = { ...found, firstAt: seen ?? firstSpike ?? found.firstAt };
      if (spikes.length < 2) return rate;
      const series = new Array<number>(bins).fill(0);
      for (const spike of spikes) {
        const bin = Math.min(bins - 1, Math.max(0, Math.floor(((spike.t - start) / span) * bins)));
        series[bin] = Math.max(series[bin]!, spike.count);
      }
      return { ...rate, series };
    })
    .sort(
      (a, b) =>
        (b.total ?? b.peak?.perMinute ?? 0) - (a.total ?? a.peak?.perMinute ?? 0) ||
        a.template.localeCompare(b.template),
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
