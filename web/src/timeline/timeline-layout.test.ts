import { describe, expect, it } from 'vitest';
import { timelineLayout } from './timeline-layout.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 4, 14, minutes)).toISOString();

describe('timeline layout', () => {
  it('nothing with a time gives no chart', () => {
    expect(timelineLayout([{ at: null }], {}, 800)).toBeUndefined();
  });

  it('events are placed left to right in time order within the width', () => {
    const layout = timelineLayout([{ at: at(30) }, { at: null }, { at: at(0) }], {}, 800)!;
    expect(layout.points.map((point) => point.index)).toEqual([0, 2]);
    const [late, early] = layout.points;
    expect(early!.x).toBeLessThan(late!.x);
    for (const point of layout.points) {
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(800);
    }
  });

  it('ticks fall on round times and stay few', () => {
    const layout = timelineLayout([{ at: at(0) }, { at: at(50) }], {}, 800)!;
    expect(layout.ticks.length).toBeGreaterThan(1);
    expect(layout.ticks.length).toBeLessThanOrEqual(9);
    expect(layout.ticks.map((tick) => tick.label)).toContain('14:30Z');
  });

  it('phases run from impact to detection, detection to mitigation, mitigation to resolution', () => {
    const layout = timelineLayout(
      [],
      {
        impactStart: { at: at(0) },
        detected: { at: at(10) },
        mitigated: { at: at(30) },
        resolved: { at: at(50) },
      },
      1000,
    )!;
    expect(layout.phases.map((phase) => phase.name)).toEqual(['detecting', 'responding', 'recovering']);
    const [detecting, responding] = layout.phases;
    expect(detecting!.x + detecting!.width).toBeCloseTo(responding!.x);
    expect(layout.moments.map((moment) => moment.name)).toEqual([
      'impactStart',
      'detected',
      'mitigated',
      'resolved',
    ]);
  });

  it('without a mitigation, responding lasts until resolution', () => {
    const layout = timelineLayout([], { detected: { at: at(10) }, resolved: { at: at(40) } }, 1000)!;
    expect(layout.phases.map((phase) => phase.name)).toEqual(['responding']);
  });
});
