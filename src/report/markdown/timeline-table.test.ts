import { describe, expect, it } from 'vitest';
import { formatTime, parseTime } from './timeline-table.js';

describe('times in the timeline table', () => {
  it('shows seconds, and milliseconds only when there are some', () => {
    expect(formatTime('2026-03-04T14:02:11.000Z', false)).toBe('2026-03-04 14:02:11Z');
    expect(formatTime('2026-03-04T14:02:11.120Z', false)).toBe('2026-03-04 14:02:11.120Z');
  });

  it('marks approximate and unknown times', () => {
    expect(formatTime('2026-03-04T14:02:11.000Z', true)).toBe('~2026-03-04 14:02:11Z');
    expect(formatTime(null, true)).toBe('~unknown');
    expect(parseTime('~unknown')).toEqual({ at: null, approximate: true });
  });

  it('reads ISO times, times without seconds and times with an offset', () => {
    expect(parseTime('2026-03-04T14:02:11Z')).toEqual({ at: '2026-03-04T14:02:11.000Z', approximate: false });
    expect(parseTime('~ 2026-03-04 14:02Z')).toEqual({ at: '2026-03-04T14:02:00.000Z', approximate: true });
    expect(parseTime('2026-03-04 16:02:11+02:00')?.at).toBe('2026-03-04T14:02:11.000Z');
  });

  it('refuses times without a zone or that are not times', () => {
    expect(parseTime('2026-03-04 14:02:11')).toBeUndefined();
    expect(parseTime('yesterday')).toBeUndefined();
  });
});
