import { describe, expect, it } from 'vitest';
import { formatInstant, fromLocalInput, optionalCount, splitList, todayUtc, toLocalInput } from './text.js';

describe('form text helpers', () => {
  it('a comma list is trimmed, de-duplicated and stripped of blanks', () => {
    expect(splitList(' api, db ,,api ')).toEqual(['api', 'db']);
  });

  it('a blank or negative count is undefined', () => {
    expect(optionalCount('')).toBeUndefined();
    expect(optionalCount('-1')).toBeUndefined();
    expect(optionalCount('x')).toBeUndefined();
    expect(optionalCount('1200')).toBe(1200);
  });

  it('an instant is shown in UTC and an unknown time says so', () => {
    expect(formatInstant('2026-03-04T14:02:11.000Z')).toBe('2026-03-04 14:02:11Z');
    expect(formatInstant(null)).toBe('time unknown');
  });

  it('a datetime-local value round-trips through UTC', () => {
    expect(toLocalInput('2026-03-04T14:02:11.000Z')).toBe('2026-03-04T14:02:11');
    expect(fromLocalInput('2026-03-04T14:02:11')).toBe('2026-03-04T14:02:11.000Z');
    expect(fromLocalInput('')).toBeNull();
  });

  it('today is the UTC calendar day', () => {
    expect(todayUtc(new Date('2026-03-04T23:59:00-05:00'))).toBe('2026-03-05');
  });
});
