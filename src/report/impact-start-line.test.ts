import { describe, expect, it } from 'vitest';
import {
  firstErrorLineId,
  impactStartLineId,
  withFirstErrorLine,
  withImpactStartLine,
} from './impact-start-line.js';
import { sampleIncident } from './test-support/sample-incident.js';

describe("the start of customer impact on a reader's timeline", () => {
  it('is added in time order when no event marks it', () => {
    const doc = sampleIncident({ moments: { impactStart: { at: '2026-03-04T12:03:30Z' } } });
    const timeline = withImpactStartLine(doc).timeline;
    const line = timeline.find((event) => event.id === impactStartLineId);
    expect(line?.summary).toBe('Customers first affected');
    const times = timeline.map((event) => event.at ?? '');
    expect(times).toEqual([...times].sort());
    expect(timeline.length).toBe(doc.timeline.length + 1);
  });

  it('is not added twice when an event is at that instant, nor when no start is recorded', () => {
    const doc = sampleIncident();
    const first = doc.timeline[0];
    const at = sampleIncident({ moments: { impactStart: { at: first?.at ?? '' } } });
    expect(withImpactStartLine(at).timeline).toEqual(at.timeline);
    const none = sampleIncident({ moments: {} });
    expect(withImpactStartLine(none).timeline).toEqual(none.timeline);
  });
});

describe("the first error on an executive's timeline", () => {
  const raw = (event: { kind: string }) => event.kind !== 'log-signature' && event.kind !== 'log-spike';
  it('is added at the first error the view leaves out when no start of impact is recorded', () => {
    const doc = sampleIncident({ moments: {} });
    const timeline = withFirstErrorLine(doc, raw).timeline;
    const line = timeline.find((event) => event.id === firstErrorLineId);
    expect(line).toMatchObject({
      at: '2026-03-04T12:00:00.000Z',
      summary: 'First errors recorded in checkout-api',
    });
    expect(timeline.length).toBe(doc.timeline.length + 1);
  });

  it('is not added when a start is recorded, nor when the first error stays in the view', () => {
    const started = sampleIncident({ moments: { impactStart: { at: '2026-03-04T12:03:30Z' } } });
    expect(withFirstErrorLine(started, raw)).toBe(started);
    const none = sampleIncident({ moments: {} });
    expect(withFirstErrorLine(none, () => true)).toBe(none);
  });
});
