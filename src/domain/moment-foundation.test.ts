import { describe, expect, it } from 'vitest';
import { betterFoundedBy, foundingEvent, foundsBetter, restingEvent } from './moment-foundation.js';

const panic = { at: '2026-12-02T10:57:00.000Z', kind: 'panic', severity: 'critical', summary: 'Rust panic' };
const alert = {
  at: '2026-12-02T11:02:51.205Z',
  kind: 'alert-fired',
  severity: 'critical',
  summary: 'Alert HighErrorRate firing',
};

describe('which event founds a moment better', () => {
  it('a first error beats the alert after it as impact start, and not the other way round', () => {
    expect(betterFoundedBy('impactStart', alert.at, alert, [panic])).toBe(panic);
    expect(betterFoundedBy('impactStart', panic.at, panic, [alert])).toBeUndefined();
  });

  it('an earlier alert is the detection, a later one is not', () => {
    const earlier = { ...alert, at: '2026-12-02T10:00:00.000Z' };
    expect(betterFoundedBy('detected', alert.at, alert, [earlier])).toBe(earlier);
    expect(betterFoundedBy('detected', earlier.at, earlier, [alert])).toBeUndefined();
  });

  it('an explicit resolution beats an alert resolving, whatever their times', () => {
    expect(foundsBetter('resolved', { rank: 2, at: 1 }, { rank: 1, at: 5 })).toBe(true);
    expect(foundsBetter('resolved', { rank: 1, at: 5 }, { rank: 1, at: 1 })).toBe(true);
    expect(foundsBetter('resolved', { rank: 1, at: 1 }, { rank: 2, at: 5 })).toBe(false);
  });

  it("finds a proposal's event by its time and what founds it", () => {
    const events = [{ ...alert, kind: 'deploy', severity: 'info' }, alert];
    expect(foundingEvent('detected', alert.at, events)).toBe(alert);
    expect(foundingEvent('detected', panic.at, events)).toBeUndefined();
  });
});

describe('the event a moment rests on', () => {
  const at = (minute: number) => `2026-03-04T14:${String(minute).padStart(2, '0')}:00.000Z`;
  const events = [
    { at: at(2), kind: 'log-signature', severity: 'error', summary: 'charge failed' },
    { at: at(5), kind: 'log-spike', severity: 'error', summary: 'charge failed spiked' },
    { at: at(7), kind: 'log-spike', severity: 'error', summary: 'charge failed spiked' },
    { at: at(8), kind: 'alert-fired', severity: 'critical', summary: 'HighErrorRate fired' },
  ];

  it('is the founding event at its time, and for a derived mitigation the last spike before it', () => {
    expect(restingEvent('impactStart', at(2), events)).toBe(events[0]);
    expect(restingEvent('mitigated', at(9), events)).toBe(events[2]);
    // Nothing else is tied to an event at another time: a detection an hour later rests on nothing.
    expect(restingEvent('detected', at(59), events)).toBeUndefined();
    expect(restingEvent('mitigated', at(4), events)).toBeUndefined();
  });
});
