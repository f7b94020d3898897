import { describe, expect, it } from 'vitest';
import { parseEpoch, parseSyslogTime, parseTimestamp } from './timestamps.js';

describe('parseTimestamp', () => {
  it('reads RFC 3339 with nanoseconds and an offset as UTC', () => {
    expect(parseTimestamp('2026-03-04T15:02:11.123456789+01:00')).toBe('2026-03-04T14:02:11.123Z');
  });

  it('reads a zone-less time in the zone it is told', () => {
    expect(parseTimestamp('2026-03-04 15:02:11,978', { zone: 'Europe/Paris' })).toBe(
      '2026-03-04T14:02:11.978Z',
    );
    expect(parseTimestamp('2026-03-04 15:02:11')).toBe('2026-03-04T15:02:11.000Z');
  });

  it("reads Go's standard log time and the access-log time", () => {
    expect(parseTimestamp('2026/03/04 14:02:11')).toBe('2026-03-04T14:02:11.000Z');
    expect(parseTimestamp('04/Mar/2026:16:02:11 +0200')).toBe('2026-03-04T14:02:11.000Z');
  });

  it('refuses dates that do not exist and text that is not a time', () => {
    expect(parseTimestamp('2026-02-31T10:00:00Z')).toBeUndefined();
    expect(parseTimestamp('yesterday')).toBeUndefined();
  });
});

describe('parseEpoch', () => {
  it('tells seconds, milliseconds and nanoseconds apart', () => {
    expect(parseEpoch(1772632931.5)).toBe('2026-03-04T14:02:11.500Z');
    expect(parseEpoch(1772632931500)).toBe('2026-03-04T14:02:11.500Z');
    expect(parseEpoch('1772632931500000000')).toBe('2026-03-04T14:02:11.500Z');
  });
});

describe('parseSyslogTime', () => {
  it('infers the year so that the time is not after the reference', () => {
    const reference = new Date('2026-01-02T00:00:00Z');
    expect(parseSyslogTime('Dec 31 23:59:01', reference)).toBe('2025-12-31T23:59:01.000Z');
    expect(parseSyslogTime('Jan  1 08:00:00', reference)).toBe('2026-01-01T08:00:00.000Z');
  });
});
