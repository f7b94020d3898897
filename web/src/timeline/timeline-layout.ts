import { type MomentName, type Moments, momentNames } from '../../../src/domain/index.js';

/** A stretch between two key moments, drawn as a band behind the events. */
export interface PhaseBand {
  name: 'detecting' | 'responding' | 'recovering';
  label: string;
  x: number;
  width: number;
}

export interface TimelineLayout {
  ticks: Array<{ x: number; label: string }>;
  points: Array<{ x: number; index: number }>;
  moments: Array<{ name: MomentName; x: number }>;
  phases: PhaseBand[];
}

const minute = 60_000;
const steps = [
  minute,
  5 * minute,
  10 * minute,
  15 * minute,
  30 * minute,
  60 * minute,
  2 * 60 * minute,
  6 * 60 * minute,
  12 * 60 * minute,
  24 * 60 * minute,
];

const phaseDefinitions: Array<{
  name: PhaseBand['name'];
  label: string;
  from: MomentName;
  to: MomentName[];
}> = [
  { name: 'detecting', label: 'Impact, not yet detected', from: 'impactStart', to: ['detected'] },
  { name: 'responding', label: 'Responding', from: 'detected', to: ['mitigated', 'resolved'] },
  { name: 'recovering', label: 'Recovering', from: 'mitigated', to: ['resolved'] },
];

function tickLabel(ms: number, step: number): string {
  const iso = new Date(ms).toISOString();
  return step >= 24 * 60 * minute ? iso.slice(0, 10) : `${iso.slice(11, 16)}Z`;
}

/**
 * Places events, key moments and the phases between them on a horizontal axis `width` wide, with round tick
 * marks (at most about eight). Events without a time are left out; undefined when nothing has a time.
 */
export function timelineLayout(
  events: ReadonlyArray<{ at: string | null }>,
  moments: Moments,
  width: number,
): TimelineLayout | undefined {
  const times: number[] = [];
  for (const event of events) if (event.at) times.push(Date.parse(event.at));
  for (const name of momentNames) {
    const moment = moments[name];
    if (moment) times.push(Date.parse(moment.at));
  }
  const valid = times.filter((t) => !Number.isNaN(t));
  if (valid.length === 0) return undefined;
  let start = Math.min(...valid);
  let end = Math.max(...valid);
  if (end - start < minute) {
    start -= minute;
    end += minute;
  }
  const span = end - start;
  const pad = span * 0.03;
  start -= pad;
  end += pad;
  const x = (t: number) => ((t - start) / (end - start)) * width;

  const step = steps.find((candidate) => span / candidate <= 8) ?? Math.ceil(span / 8 / minute) * minute;
  const ticks: TimelineLayout['ticks'] = [];
  for (let t = Math.ceil(start / step) * step; t <= end; t += step)
    ticks.push({ x: x(t), label: tickLabel(t, step) });

  const points: TimelineLayout['points'] = [];
  events.forEach((event, index) => {
    const t = event.at ? Date.parse(event.at) : Number.NaN;
    if (!Number.isNaN(t)) points.push({ x: x(t), index });
  });

  const marks: TimelineLayout['moments'] = [];
  for (const name of momentNames) {
    const moment = moments[name];
    if (moment) marks.push({ name, x: x(Date.parse(moment.at)) });
  }

  const phases: PhaseBand[] = [];
  for (const definition of phaseDefinitions) {
    const from = moments[definition.from];
    const to = definition.to.map((name) => moments[name]).find((moment) => moment !== undefined);
    if (!from || !to) continue;
    const x1 = x(Date.parse(from.at));
    const x2 = x(Date.parse(to.at));
    if (x2 > x1) phases.push({ name: definition.name, label: definition.label, x: x1, width: x2 - x1 });
  }
  return { ticks, points, moments: marks, phases };
}
