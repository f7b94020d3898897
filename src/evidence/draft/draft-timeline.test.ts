import { describe, expect, it } from 'vitest';
import type { DraftEvent } from '../draft-event.js';
import { draftTimeline } from './draft-timeline.js';

function alert(at: string, source: string, instance?: string): DraftEvent {
  const origin = { file: `${source}.json`, line: 1 };
  return {
    at,
    approximate: false,
    source,
    kind: 'alert-fired',
    severity: 'critical',
    summary: 'Alert HighErrorRate firing',
    service: 'checkout-api',
    count: 1,
    origin,
    origins: [origin],
    key: 'alert:higherrorrate',
    instance,
  };
}

describe('draftTimeline', () => {
  it('keeps two instances of one alert apart, merges repeats of each, and joins PagerDuty to the first', () => {
    const events = draftTimeline([
      alert('2026-03-04T14:04:00.000Z', 'alertmanager', 'pod-1'),
      alert('2026-03-04T14:04:00.000Z', 'alertmanager', 'pod-2'),
      alert('2026-03-04T14:04:00.000Z', 'alertmanager', 'pod-1'),
      alert('2026-03-04T14:04:20.000Z', 'pagerduty'),
    ]);
    expect(events.map((e) => [e.instance, e.source, e.origins.length, e.count])).toEqual([
      ['pod-1', 'alertmanager, pagerduty', 3, 1],
      ['pod-2', 'alertmanager', 1, 1],
    ]);
  });

  it('puts a crash that borrowed the time of the line before it after that line', () => {
    const at = '2026-12-02T16:18:20.000Z';
    const crash: DraftEvent = {
      ...alert(at, 'go-crash'),
      approximate: true,
      kind: 'panic',
      summary: 'Go panic: assignment to entry in nil map',
      key: undefined,
      origin: { file: 'app.err', line: 2 },
      origins: [{ file: 'app.err', line: 2 }],
    };
    const line: DraftEvent = {
      ...alert(at, 'go-log'),
      kind: 'log-signature',
      severity: 'error',
      summary: '`loading config failed` started',
      key: undefined,
      origin: { file: 'app.err', line: 1 },
      origins: [{ file: 'app.err', line: 1 }],
    };
    expect(draftTimeline([crash, line]).map((e) => e.kind)).toEqual(['log-signature', 'panic']);
  });
});
