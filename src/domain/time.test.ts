import { describe, expect, it } from 'vitest';
import { formatDuration, isCalendarDate, toUtcIso } from './time.js';

describe('time helpers', () => {
  it('accepts only real calendar days', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('26-02-01')).toBe(false);
  });

  it('rejects impossible days and clock times instead of rolling them over', () => {
    expect(toUtcIso('2026-02-30T10:00:00Z')).toBeUndefined();
    expect(toUtcIso('2026-03-04T24:00:00Z')).toBeUndefined();
    expect(toUtcIso('2026-03-04T12:60:00Z')).toBeUndefined();
    expect(toUtcIso('2026-03-04T23:59:59Z')).toBe('2026-03-04T23:59:59.000Z');
  });

  it('requires a zone on instants', () => {
    expect(toUtcIso('2026-03-04T14:02:11')).toBeUndefined();
    expect(toUtcIso('2026-03-04T14:02:11.5-05:00')).toBe('2026-03-04T19:02:11.500Z');
  });

  it('formats durations the way people read them', () => {
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(12 * 60_000 + 30_000)).toBe('12m 30s');
    expect(formatDuration(65 * 60_000)).toBe('1h 05m');
    expect(formatDuration(26 * 3_600_000)).toBe('1d 2h 00m');
  });
});
