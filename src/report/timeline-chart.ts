import type { IncidentDocument, MomentName } from '../domain/index.js';
import { eventTimes } from './event-times.js';

const width = 960;
const height = 150;
const left = 8;
const right = 8;
const bandTop = 28;
const bandHeight = 36;
const barsBottom = 128;
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
  acknowledged: 'ack',
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

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/** The time span a chart covers: every moment and every timed event, or undefined when nothing has a time. */
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

/**
 * An SVG timeline: shaded impact, detection, mitigation and resolution phases, a marker per key moment, and a
 * histogram of events coloured by their worst severity. Events are binned, so 10,000 events draw as 160 bars.
 */
export function timelineChartSvg(doc: Pick<IncidentDocument, 'moments' | 'timeline'>): string {
  const domain = chartDomain(doc);
  if (!domain) return '';
  const [start, end] = domain;
  const plot = width - left - right;
  const x = (ms: number) => left + ((ms - start) / (end - start)) * plot;
  const at = (name: MomentName) => {
    const moment = doc.moments[name];
    return moment ? Date.parse(moment.at) : undefined;
  };
  // Labels near either edge grow inwards so they are not cut off.
  const anchor = (px: number) => (px < left + 60 ? 'start' : px > width - right - 60 ? 'end' : 'middle');
  const parts: string[] = [];
  for (const phase of phases) {
    const from = phase.from.map(at).find((t) => t !== undefined);
    const to = phase.to.map(at).find((t) => t !== undefined && from !== undefined && t >= from) ?? end;
    if (from === undefined || to <= from) continue;
    parts.push(
      `<rect x="${x(from).toFixed(1)}" y="${bandTop}" width="${Math.max(1, x(to) - x(from)).toFixed(1)}" height="${bandHeight}" fill="${phase.color}" opacity="0.75"><title>${phase.name}</title></rect>`,
    );
  }
  const counts = new Array<number>(bins).fill(0);
  const worst = new Array<number>(bins).fill(-1);
  const times = eventTimes(doc.timeline);
  doc.timeline.forEach((event, i) => {
    const t = times[i]!;
    if (Number.isNaN(t)) return;
    const bin = Math.min(bins - 1, Math.floor(((t - start) / (end - start)) * bins));
    counts[bin]! += event.count;
    worst[bin] = Math.max(worst[bin]!, severityRank[event.severity] ?? 1);
  });
  const peak = Math.max(1, ...counts);
  const barWidth = plot / bins;
  const severities = Object.keys(severityRank);
  counts.forEach((count, bin) => {
    if (count === 0) return;
    const h = Math.max(2, (Math.sqrt(count) / Math.sqrt(peak)) * barsHeight);
    const color = severityColor[severities[worst[bin]!] ?? 'info'];
    parts.push(
      `<rect x="${(left + bin * barWidth).toFixed(1)}" y="${(barsBottom - h).toFixed(1)}" width="${Math.max(1, barWidth - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"/>`,
    );
  });
  for (const name of Object.keys(momentLabels) as MomentName[]) {
    const t = at(name);
    if (t === undefined) continue;
    const px = x(t).toFixed(1);
    parts.push(
      `<line x1="${px}" x2="${px}" y1="16" y2="${barsBottom}" stroke="#1d2330" stroke-width="1" stroke-dasharray="3 2"/>`,
      `<text x="${px}" y="${name === 'acknowledged' ? 24 : 12}" text-anchor="${anchor(x(t))}">${momentLabels[name]} ${hhmm(t)}</text>`,
    );
  }
  parts.push(
    `<line x1="${left}" x2="${width - right}" y1="${barsBottom}" y2="${barsBottom}" stroke="#d9dde5"/>`,
    `<text x="${left}" y="${height - 6}">${hhmm(start)} UTC</text>`,
    `<text x="${width - right}" y="${height - 6}" text-anchor="end">${hhmm(end)} UTC</text>`,
  );
  const label = `Timeline from ${new Date(start).toISOString()} to ${new Date(end).toISOString()}`;
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** The chart's legend, as HTML. */
export function timelineLegendHtml(): string {
  const items = phases.map((p) => `<li><span style="background:${p.color}"></span>${p.name}</li>`);
  return `<ul class="legend">${items.join('')}<li><span style="background:#7a8aa8"></span>Events (bar height: volume)</li></ul>`;
}
