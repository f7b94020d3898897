import type { IncidentDocument, MomentName } from '../domain/index.js';
import { type ChartWindow, chartWindow } from './chart-window.js';
import { eventTimes } from './event-times.js';
import { escapeHtml } from './html-escape.js';
import { anchorX, type LabelRequest, layoutLabels, type PlacedLabel } from './label-layout.js';
import { differInOneMinute, shortIncidentMs } from './table-time.js';

const width = 960;
const left = 8;
const right = 8;
const laneHeight = 14;
// Height between the moment labels and the band, where leader lines bend to moments whose label moved aside.
const leaderRoom = 12;
const bandHeight = 36;
// From the band's top to the bars' baseline, and the tallest bar.
const plotHeight = 100;
const barsHeight = 56;
const bins = 160;

/** The phases the chart shades, each between two moments. */
const phases: Array<{ name: string; from: MomentName[]; to: MomentName[]; color: string }> = [
  {
    name: 'Impact before detection',
    from: ['impactStart'],
    to: ['detected', 'mitigated', 'resolved'],
    color: '#d64545',
  },
  { name: 'Detected, mitigating', from: ['detected'], to: ['mitigated', 'resolved'], color: '#e8a33d' },
  { name: 'Mitigated, resolving', from: ['mitigated'], to: ['resolved'], color: '#d9c54a' },
];

const momentLabels: Record<MomentName, string> = {
  impactStart: 'impact',
  detected: 'detected',
  acknowledged: 'acknowledged',
  mitigated: 'mitigated',
  resolved: 'resolved',
};

const severityColor: Record<string, string> = {
  critical: '#b3261e',
  error: '#d64545',
  warning: '#e8a33d',
  info: '#7a8aa8',
  debug: '#b5bccb',
};
const severityRank: Record<string, number> = { debug: 0, info: 1, warning: 2, error: 3, critical: 4 };

/**
 * The span of every moment and every timed event, or undefined when nothing has a time: the range of the
 * signature sparklines, which show each signature's whole life (the chart itself zooms, see `chartWindow`).
 */
export function chartDomain(
  doc: Pick<IncidentDocument, 'moments' | 'timeline'>,
): [number, number] | undefined {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const moment of Object.values(doc.moments)) {
    if (!moment) continue;
    const t = Date.parse(moment.at);
    if (t < min) min = t;
    if (t > max) max = t;
  }
  for (const t of eventTimes(doc.timeline)) {
    if (Number.isNaN(t)) continue;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (!Number.isFinite(min)) return undefined;
  // A single instant still needs a visible width: pad it by a minute either side.
  return max > min ? [min, max] : [min - 60_000, max + 60_000];
}

/** Clock times for the chart's labels: seconds when the window is short or two moments share a minute. */
function clockFormat(win: ChartWindow, moments: readonly number[]): (ms: number) => string {
  const seconds = win.end - win.start < shortIncidentMs || differInOneMinute(moments);
  const days =
    new Date(win.start).toISOString().slice(0, 10) !== new Date(win.end).toISOString().slice(0, 10);
  return (ms) => {
    const iso = new Date(ms).toISOString();
    return `${days ? `${iso.slice(5, 10)} ` : ''}${iso.slice(11, seconds ? 19 : 16)}`;
  };
}

/** A coarse length for the edge markers, `3 days` or `40 minutes`: the exact time is in the table. */
export function roughDuration(ms: number): string {
  const units: Array<[string, number]> = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ];
  for (const [unit, size] of units) {
    if (ms >= 2 * size) return `${Math.round(ms / size)} ${unit}s`;
  }
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The edge markers' text: events left out of the chart, how many and how far from the incident. */
export function offChartNotes(win: ChartWindow): { earlier?: string; later?: string } {
  const notes: { earlier?: string; later?: string } = {};
  if (win.earlier) {
    const { count, farthest } = win.earlier;
    notes.earlier = `← ${plural(count, 'earlier event')}, from ${roughDuration(win.from - farthest)} before the incident`;
  }
  if (win.later) {
    const { count, farthest } = win.later;
    notes.later = `${plural(count, 'later event')}, until ${roughDuration(farthest - win.to)} after the incident →`;
  }
  return notes;
}

const lanesOf = (labels: readonly PlacedLabel[]) => Math.max(1, ...labels.map((label) => label.lane + 1));

const textSvg = (label: PlacedLabel, y: number) =>
  `<text x="${anchorX(label).toFixed(1)}" y="${y}" text-anchor="${label.align}">${escapeHtml(label.text)}</text>`;

/**
 * An SVG timeline zoomed to the incident (see `chartWindow`): shaded impact, detection, mitigation and
 * resolution phases, a marker per key moment, a histogram of events coloured by their worst severity, and a
 * note at each edge for events too far away to draw. Events are binned, so 10,000 events draw as 160 bars.
 * Labels are laid out so none overlaps another (see `layoutLabels`).
 */
export function timelineChartSvg(doc: Pick<IncidentDocument, 'moments' | 'timeline'>): string {
  const win = chartWindow(doc);
  if (!win) return '';
  const { start, end } = win;
  const plot = width - left - right;
  const x = (ms: number) => left + ((ms - start) / (end - start)) * plot;
  const at = (name: MomentName) => {
    const moment = doc.moments[name];
    return moment ? Date.parse(moment.at) : undefined;
  };
  const named = (Object.keys(momentLabels) as MomentName[]).flatMap((name) => {
    const t = at(name);
    return t === undefined ? [] : [{ name, t }];
  });
  const clock = clockFormat(
    win,
    named.map((m) => m.t),
  );
  const bounds = { minX: 0, maxX: width };
  const momentTexts = layoutLabels(
    named.map(({ name, t }) => ({ text: `${momentLabels[name]} ${clock(t)}`, x: x(t), align: 'middle' })),
    bounds,
  );
  const notes = offChartNotes(win);
  // The axis times keep to the plot's edges on their own row; the notes on off-chart events go below them.
  const axis = layoutLabels(
    [
      { text: `${clock(start)} UTC`, x: left, align: 'start' },
      { text: `${clock(end)} UTC`, x: width - right, align: 'end' },
    ],
    bounds,
  );
  const noteRequests: LabelRequest[] = [];
  if (notes.earlier) noteRequests.push({ text: notes.earlier, x: left, align: 'start' });
  if (notes.later) noteRequests.push({ text: notes.later, x: width - right, align: 'end' });
  const axisLanes = lanesOf(axis);
  const footerTexts = [
    ...axis,
    ...layoutLabels(noteRequests, bounds).map((label) => ({ ...label, lane: label.lane + axisLanes })),
  ];
  // Moment lanes, if one row cannot hold them, stack upwards from the band.
  const momentLanes = lanesOf(momentTexts);
  const footerLanes = lanesOf(footerTexts);
  const bandTop = momentLanes * laneHeight + leaderRoom + 4;
  const barsBottom = bandTop + plotHeight;
  const height = barsBottom + footerLanes * laneHeight + 8;
  const parts: string[] = [];
  for (const phase of phases) {
    const from = phase.from.map(at).find((t) => t !== undefined);
    const to = phase.to.map(at).find((t) => t !== undefined && from !== undefined && t >= from) ?? end;
    if (from === undefined || to <= from) continue;
    parts.push(
      `<rect x="${x(from).toFixed(1)}" y="${bandTop}" width="${Math.max(1, x(to) - x(from)).toFixed(1)}" height="${bandHeight}" fill="${phase.color}" opacity="0.75"><title>${phase.name}</title></rect>`,
    );
  }
  parts.push(...histogramBars(doc, win, barsBottom));
  momentTexts.forEach((label, i) => {
    const px = x(named[i]!.t);
    const baseline = bandTop - leaderRoom - 7 - label.lane * laneHeight;
    const cx = label.left + label.width / 2;
    // A label right above its moment hangs the dashed line from itself; one moved aside gets a leader line.
    const moved = Math.abs(cx - px) > 0.5;
    parts.push(
      `<line x1="${px.toFixed(1)}" x2="${px.toFixed(1)}" y1="${moved ? bandTop - 2 : baseline + 3}" y2="${barsBottom}" stroke="#1d2330" stroke-width="1" stroke-dasharray="3 2"/>`,
    );
    if (moved) {
      parts.push(
        `<line x1="${cx.toFixed(1)}" x2="${px.toFixed(1)}" y1="${baseline + 3}" y2="${bandTop - 2}" stroke="#8a93a6" stroke-width="0.75"/>`,
      );
    }
    parts.push(textSvg(label, baseline));
  });
  parts.push(
    `<line x1="${left}" x2="${width - right}" y1="${barsBottom}" y2="${barsBottom}" stroke="#d9dde5"/>`,
  );
  for (const label of footerTexts) parts.push(textSvg(label, barsBottom + (label.lane + 1) * laneHeight));
  const aria = [
    `Timeline from ${new Date(start).toISOString()} to ${new Date(end).toISOString()}`,
    ...Object.values(notes).map((note) => `${note.replace(/[←→]/g, '').trim()}, not drawn`),
  ].join('; ');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(aria)}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** The event histogram's bars, for the events inside the window. */
function histogramBars(
  doc: Pick<IncidentDocument, 'timeline'>,
  { start, end }: ChartWindow,
  barsBottom: number,
): string[] {
  const counts = new Array<number>(bins).fill(0);
  const worst = new Array<number>(bins).fill(-1);
  const times = eventTimes(doc.timeline);
  doc.timeline.forEach((event, i) => {
    const t = times[i]!;
    if (Number.isNaN(t) || t < start || t > end) return;
    const bin = Math.min(bins - 1, Math.floor(((t - start) / (end - start)) * bins));
    counts[bin]! += event.count;
    worst[bin] = Math.max(worst[bin]!, severityRank[event.severity] ?? 1);
  });
  const peak = Math.max(1, ...counts);
  const barWidth = (width - left - right) / bins;
  const severities = Object.keys(severityRank);
  const bars: string[] = [];
  counts.forEach((count, bin) => {
    if (count === 0) return;
    const h = Math.max(2, (Math.sqrt(count) / Math.sqrt(peak)) * barsHeight);
    const color = severityColor[severities[worst[bin]!] ?? 'info'];
    bars.push(
      `<rect x="${(left + bin * barWidth).toFixed(1)}" y="${(barsBottom - h).toFixed(1)}" width="${Math.max(1, barWidth - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"/>`,
    );
  });
  return bars;
}

/** The chart's legend, as HTML: the phases the chart shades for these moments (none for a moment never reached). */
export function timelineLegendHtml(moments: IncidentDocument['moments']): string {
  const items = phases
    .filter((p) => p.from.some((name) => moments[name] !== undefined))
    .map((p) => `<li><span style="background:${p.color}"></span>${p.name}</li>`);
  return `<ul class="legend">${items.join('')}<li><span style="background:#7a8aa8"></span>Events (bar height: volume)</li></ul>`;
}
