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
});
