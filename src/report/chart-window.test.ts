import { describe, expect, it } from 'vitest';
import type { TimelineEventInput } from '../domain/index.js';
import { chartWindow } from './chart-window.js';
import { sampleIncident } from './test-support/sample-incident.js';

const minute = 60_000;
const at = (hhmm: string) => `2026-03-04T${hhmm}:00Z`;
const ms = (hhmm: string) => Date.parse(at(hhmm));

function incident(moments: Record<string, string>, events: Array<[string, TimelineEventInput['severity']]>) {
  return sampleIncident({
    moments: Object.fromEntries(Object.entries(moments).map(([name, time]) => [name, { at: at(time) }])),
    timeline: events.map(([time, severity], i) => ({
      id: `EVT-${i + 1}`,
      at: time.includes('T') ? time : at(time),
      kind: 'note',
      summary: 'something happened',
      source: 'manual',
      severity,
    })),
  });
}

describe('the chart window', () => {
  it('runs from impact start to resolution, with a margin each side', () => {
    const win = chartWindow(incident({ impactStart: '12:00', resolved: '13:00' }, [['12:30', 'error']]));
    expect(win).toMatchObject({ from: ms('12:00'), to: ms('13:00') });
    expect(win!.start).toBeLessThan(ms('12:00'));
    expect(win!.start).toBeGreaterThanOrEqual(ms('12:00') - 6 * minute);
    expect(win!.end - ms('13:00')).toBeCloseTo(ms('12:00') - win!.start);
  });

  it('leaves out an event days before and counts it as earlier', () => {
    const win = chartWindow(
      incident({ impactStart: '12:00', resolved: '13:00' }, [
        ['2026-03-01T09:00:00Z', 'info'],
        ['2026-03-01T10:00:00Z', 'info'],
        ['12:30', 'error'],
      ]),
    );
    expect(win!.earlier).toEqual({ count: 2, farthest: Date.parse('2026-03-01T09:00:00Z') });
    expect(win!.later).toBeUndefined();
  });

  it('stands in the first and last error-level events for missing moments', () => {
    const win = chartWindow(
      incident({ detected: '12:10' }, [
        ['2026-03-01T09:00:00Z', 'info'],
        ['12:02', 'error'],
        ['12:40', 'critical'],
        ['12:45', 'info'],
      ]),
    );
    expect(win).toMatchObject({ from: ms('12:02'), to: ms('12:40') });
    expect(win!.earlier?.count).toBe(1);
    expect(win!.end).toBeGreaterThan(ms('12:45'));
  });

  it('spans every event when there are no moments and no errors', () => {
    const win = chartWindow(
      incident({}, [
        ['11:00', 'info'],
        ['14:00', 'info'],
      ]),
    );
    expect(win).toMatchObject({ from: ms('11:00'), to: ms('14:00'), earlier: undefined, later: undefined });
  });

  it('takes in every later event when an incident has only its impact start', () => {
    const win = chartWindow(
      incident({ impactStart: '12:00' }, [
        ['12:30', 'info'],
        ['13:30', 'info'],
      ]),
    );
    expect(win).toMatchObject({ from: ms('12:00'), to: ms('13:30') });
  });

  it('gives a single instant a visible width', () => {
    const win = chartWindow(incident({ impactStart: '12:00', resolved: '12:00' }, []));
    expect(win).toMatchObject({ from: ms('12:00') - minute, to: ms('12:00') + minute });
  });

  it('is undefined when nothing has a time', () => {
    expect(chartWindow(incident({}, []))).toBeUndefined();
  });
});

describe('the last change before impact (trial 12b T12-10)', () => {
  const withDeploy = (deployAt: string) => {
    const doc = incident({ impactStart: '12:00', resolved: '12:47' }, [['12:10', 'error']]);
    return {
      ...doc,
      timeline: [
        {
          ...doc.timeline[0]!,
          id: 'EVT-9',
          at: '2026-03-01T09:00:00.000Z',
          kind: 'deploy' as const,
          summary: 'an old commit',
        },
        {
          ...doc.timeline[0]!,
          id: 'EVT-8',
          at: `${at(deployAt)}`,
          kind: 'deploy' as const,
          summary: 'Deploy v2',
        },
        ...doc.timeline,
      ],
    };
  };

  it('stays in view when it came up to two hours before impact, however short the incident', () => {
    const win = chartWindow(withDeploy('11:19'))!;
    expect(win.start).toBeLessThanOrEqual(ms('11:19'));
    // The commit days before is still only an arrow at the edge.
    expect(win.earlier).toEqual({ count: 1, farthest: Date.parse('2026-03-01T09:00:00Z') });
  });

  it('is an arrow at the edge when it came longer before', () => {
    const win = chartWindow(withDeploy('09:30'))!;
    expect(win.start).toBeGreaterThan(ms('11:00'));
    expect(win.earlier?.count).toBe(2);
  });
});
