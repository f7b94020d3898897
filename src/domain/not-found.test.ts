import { describe, expect, it } from 'vitest';
import { notFound } from './errors.js';
import { dateSchema, instantSchema } from './time.js';

describe('an id or a date that finds nothing', () => {
  it("says an id is another kind's, or written in lower case", () => {
    expect(notFound('incident', 'ACT-AQY2YGPV').message).toBe(
      'no incident with id "ACT-AQY2YGPV"; ACT-… is the id of an action, not of an incident',
    );
    expect(notFound('incident', 'inc-y62f49q1').message).toBe(
      'no incident with id "inc-y62f49q1"; ids are written in capitals: "INC-Y62F49Q1"',
    );
    expect(notFound('incident', 'INC-NOPE').message).toBe('no incident with id "INC-NOPE"');
    expect(notFound('action', 'ACT-NOPE').message).toBe('no action with id "ACT-NOPE"');
  });

  it('says a date of the right shape that is no day', () => {
    expect(dateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toBe(
      '"2026-02-30" is no day of the calendar; expected a real date as YYYY-MM-DD',
    );
    expect(instantSchema.safeParse('2026-02-30T10:00:00Z').error?.issues[0]?.message).toBe(
      '"2026-02-30T10:00:00Z" is no moment of the calendar (no such day or time); expected a real time such as 2026-03-04T14:02:11Z',
    );
    expect(notFound('action', 'INC-ABC').message).toBe(
      'no action with id "INC-ABC"; INC-… is the id of an incident, not of an action',
    );
    expect(dateSchema.safeParse('30/02/2026').error?.issues[0]?.message).toBe(
      'expected a date as YYYY-MM-DD, got "30/02/2026"',
    );
  });
});
