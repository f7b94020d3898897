import { describe, expect, it } from 'vitest';
import type { IncidentDocumentInput, MomentName } from '../domain/index.js';
import { textWidth } from './label-layout.js';
import { sampleIncident } from './test-support/sample-incident.js';
import { timelineChartSvg, timelineLegendHtml } from './timeline-chart.js';

const fontSize = 11;
const minute = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const t0 = Date.parse('2026-03-04T12:00:00Z');

/** The sample incident with one more event, `minutesFromImpact` away from its impact start (12:00). */
function withEventAt(minutesFromImpact: number) {
  const base = sampleIncident();
  const stray = {
    id: 'EVT-0',
    at: iso(t0 + minutesFromImpact * minute),
    kind: 'deploy' as const,
    summary: 'An unrelated deploy',
    source: 'manual',
  };
  return sampleIncident({ timeline: [stray, ...base.timeline] });
}

/** An incident with the given moments (ms) and one info event per moment. */
function withMoments(moments: Partial<Record<MomentName, number>>) {
  const entries = Object.entries(moments) as Array<[MomentName, number]>;
  const input: Partial<IncidentDocumentInput> = {
    moments: Object.fromEntries(entries.map(([name, at]) => [name, { at: iso(at) }])),
    timeline: entries.map(([name, at], i) => ({
      id: `EVT-${i + 1}`,
      at: iso(at),
      kind: 'note' as const,
      summary: name,
      source: 'manual',
    })),
  };
  return sampleIncident(input);
}

/** The plotted span, read back from the chart's text alternative. */
function plotted(svg: string): [number, number] {
  const match = /aria-label="Timeline from (\S+) to ([^;"]+)/.exec(svg);
  if (!match) throw new Error('the chart has no text alternative');
  return [Date.parse(match[1]!), Date.parse(match[2]!)];
}

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every text label in the SVG as a box, sized by the same generous estimate the layout uses. */
function labelBoxes(svg: string): Box[] {
  const texts = svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g);
  return [...texts].map(([, xText, yText, anchor, text]) => {
    const x = Number(xText);
    const y = Number(yText);
    const width = textWidth(text!.replace(/&[a-z]+;|&#\d+;/g, '&'), fontSize);
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    // Ascenders reach about 0.8 em above the baseline, descenders 0.25 em below.
    return { text: text!, left, right: left + width, top: y - 0.8 * fontSize, bottom: y + 0.25 * fontSize };
  });
}

function overlapping(boxes: readonly Box[]): string[] {
  const clashes: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      if (!apart) clashes.push(`"${a.text}" / "${b.text}"`);
    }
  });
  return clashes;
}

/** Labels that a line (a moment's marker or a leader) runs through, checked at points along each line. */
function crossedByLines(svg: string, boxes: readonly Box[]): string[] {
  const lines = [...svg.matchAll(/<line x1="([\d.-]+)" x2="([\d.-]+)" y1="([\d.-]+)" y2="([\d.-]+)"/g)];
  const crossed = new Set<string>();
  for (const [, x1, x2, y1, y2] of lines) {
    for (let step = 0; step <= 50; step++) {
      const x = Number(x1) + ((Number(x2) - Number(x1)) * step) / 50;
      const y = Number(y1) + ((Number(y2) - Number(y1)) * step) / 50;
      for (const box of boxes) {
        if (x > box.left && x < box.right && y > box.top && y < box.bottom) crossed.add(box.text);
      }
    }
  }
  return [...crossed];
}

function expectReadableLabels(svg: string) {
  const boxes = labelBoxes(svg);
  expect(boxes.length).toBeGreaterThan(0);
  expect(overlapping(boxes)).toEqual([]);
  expect(crossedByLines(svg, boxes)).toEqual([]);
  const height = Number(/viewBox="0 0 960 ([\d.]+)"/.exec(svg)?.[1]);
  for (const box of boxes) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(960);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(height);
  }
}

describe('the timeline chart', () => {
  it('zooms to the incident when one event is three days before impact, and says what it left out', () => {
    const svg = timelineChartSvg(withEventAt(-3 * 24 * 60));
    const [start, end] = plotted(svg);
    // Impact 12:00 to resolution 13:05, the lead-up config change at 11:52, and a small margin.
    expect(start).toBeGreaterThan(t0 - 15 * minute);
    expect(start).toBeLessThanOrEqual(Date.parse('2026-03-04T11:52:00Z'));
    expect(end).toBeGreaterThanOrEqual(Date.parse('2026-03-04T13:05:00Z'));
    expect(end).toBeLessThan(Date.parse('2026-03-04T13:20:00Z'));
    expect(svg).toContain('← 1 earlier event, from 3 days before the incident');
    expect(svg).toContain('1 earlier event, from 3 days before the incident, not drawn');
  });

  it('notes later events at the right edge', () => {
    const svg = timelineChartSvg(withEventAt(5 * 24 * 60));
    expect(plotted(svg)[1]).toBeLessThan(Date.parse('2026-03-04T13:20:00Z'));
    expect(svg).toContain('1 later event, until 5 days after the incident →');
  });

  it('keeps an event a few minutes before impact in view, with no edge marker', () => {
    const svg = timelineChartSvg(withEventAt(-4));
    expect(plotted(svg)[0]).toBeLessThan(t0 - 8 * minute);
    expect(svg).not.toContain('earlier event');
  });

  it('keeps its text alternative and phase titles', () => {
    const svg = timelineChartSvg(sampleIncident());
    expect(svg).toMatch(/role="img" aria-label="Timeline from /);
    expect(svg).toContain('<title>Impact before detection</title>');
  });

  it('draws nothing when no event or moment has a time', () => {
    expect(timelineChartSvg(sampleIncident({ moments: {}, timeline: [] }))).toBe('');
  });

  it('never overlaps labels for five moments within one minute', () => {
    const svg = timelineChartSvg(
      withMoments({
        impactStart: t0,
        detected: t0 + 10_000,
        acknowledged: t0 + 20_000,
        mitigated: t0 + 40_000,
        resolved: t0 + 50_000,
      }),
    );
    expectReadableLabels(svg);
    // Seconds tell the moments apart.
    expect(svg).toContain('acknowledged 12:00:20');
  });

  it('never overlaps labels for moments at the same instant', () => {
    const svg = timelineChartSvg(
      withMoments({ impactStart: t0, detected: t0, acknowledged: t0, mitigated: t0, resolved: t0 }),
    );
    expectReadableLabels(svg);
    const moments = labelBoxes(svg).filter((box) =>
      /^(impact|detected|acknowledged|mitigated|resolved) 12:00/.test(box.text),
    );
    expect(moments).toHaveLength(5);
  });

  it('never overlaps labels when a long window crowds moments together', () => {
    const day = 24 * 60 * minute;
    const svg = timelineChartSvg(
      withMoments({
        impactStart: t0,
        detected: t0 + minute,
        acknowledged: t0 + 2 * minute,
        mitigated: t0 + 30 * day - 10 * minute,
        resolved: t0 + 30 * day,
      }),
    );
    expectReadableLabels(svg);
  });

  it('never overlaps the edge markers with the axis times', () => {
    const base = withEventAt(-3 * 24 * 60);
    const later = { ...base.timeline[0]!, id: 'EVT-99', at: iso(t0 + 2 * 24 * 60 * minute) };
    const svg = timelineChartSvg({ ...base, timeline: [...base.timeline, later] });
    expect(svg).toContain('earlier event');
    expect(svg).toContain('later event');
    expectReadableLabels(svg);
  });
});

describe('the timeline legend', () => {
  it('names only the phases the moments reach: no "Mitigated" when nothing was mitigated', () => {
    const at = (iso: string) => ({ at: iso });
    const open = timelineLegendHtml({
      impactStart: at('2026-03-04T12:00:00Z'),
      detected: at('2026-03-04T12:05:00Z'),
    });
    expect(open).toContain('Impact before detection');
    expect(open).toContain('Detected, mitigating');
    expect(open).not.toContain('Mitigated, resolving');
    const done = timelineLegendHtml({
      impactStart: at('2026-03-04T12:00:00Z'),
      mitigated: at('2026-03-04T12:30:00Z'),
    });
    expect(done).toContain('Mitigated, resolving');
    expect(done).not.toContain('Detected, mitigating');
  });
});
