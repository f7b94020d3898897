import { describe, expect, it } from 'vitest';
import { spokenDate, spokenDuration, spokenInstant } from './spoken-time.js';

describe('spoken dates and times', () => {
  it('say a day with its weekday and month name', () => {
    expect(spokenDate('2026-03-03')).toBe('Tuesday 3 March');
    expect(spokenDate('2026-12-31T23:59:00Z')).toBe('Thursday 31 December');
  });

  it('add the year only when it is not the year of the reference day', () => {
    expect(spokenDate('2026-03-03', '2026-01-10')).toBe('Tuesday 3 March');
    expect(spokenDate('2027-01-05', '2026-12-20')).toBe('Tuesday 5 January 2027');
  });

  it('say an instant in UTC, whatever zone it was written in', () => {
    expect(spokenInstant('2026-03-03T14:05:00Z')).toBe('Tuesday 3 March at 14:05 UTC');
    expect(spokenInstant('2026-03-03T23:30:00-02:00')).toBe('Wednesday 4 March at 01:30 UTC');
  });

  it('say a length of one minute in the singular', () => {
    expect(spokenDuration(1)).toBe('1 minute');
    expect(spokenDuration(2)).toBe('2 minutes');
    expect(spokenDuration(90)).toBe('an hour and a half');
  });
});
