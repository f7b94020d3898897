import { describe, expect, it } from 'vitest';
import { formatUtcTime, tablesNeedSeconds } from './table-time.js';
import { sampleIncident } from './test-support/sample-incident.js';

function withEventsAt(...times: string[]) {
  return sampleIncident({
    timeline: times.map((time, i) => ({
      id: `EVT-${i + 1}`,
      at: `2026-03-04T${time}Z`,
      kind: 'note',
      summary: 'something happened',
      source: 'manual',
    })),
  });
}

describe('table times', () => {
  it('show minutes when every event has a minute of its own', () => {
    expect(tablesNeedSeconds(sampleIncident())).toBe(false);
    expect(formatUtcTime('2026-03-04T12:07:10.000Z', false)).toBe('2026-03-04 12:07 UTC');
  });

  it('show seconds when two events share a minute', () => {
    expect(tablesNeedSeconds(withEventsAt('12:07:10', '12:07:50'))).toBe(true);
    expect(formatUtcTime('2026-03-04T12:07:10.000Z', true)).toBe('2026-03-04 12:07:10 UTC');
  });

  it('show minutes when events share an instant, since seconds would not tell them apart', () => {
    expect(tablesNeedSeconds(withEventsAt('12:07:00', '12:07:00', '12:09:00'))).toBe(false);
  });

  it('show seconds for an incident shorter than ten minutes', () => {
    const doc = sampleIncident({
      moments: { impactStart: { at: '2026-03-04T12:00:00Z' }, resolved: { at: '2026-03-04T12:06:00Z' } },
    });
    expect(tablesNeedSeconds(doc)).toBe(true);
  });
});
