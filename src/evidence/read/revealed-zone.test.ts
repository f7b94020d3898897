import { describe, expect, it } from 'vitest';
import { revealedZone } from './revealed-zone.js';

describe('revealedZone', () => {
  it('reads the first numeric offset a line carries', () => {
    expect(
      revealedZone([
        '2026/12/02 09:21:20 charge failed',
        'time="2026-12-02T09:21:21+01:00" level=error msg="charge failed"',
      ]),
    ).toEqual({ zone: 'UTC+1', reason: 'the offset +01:00 on line 2' });
  });

  it("reads journalctl's header zone", () => {
    expect(
      revealedZone([
        '-- Logs begin at Wed 2026-12-02 09:00:01 CEST, end at Wed 2026-12-02 11:17:43 CEST. --',
      ]),
    ).toEqual({ zone: 'UTC+2', reason: "the journal header's CEST on line 1" });
  });

  it('takes no zone from UTC times written with Z, which loggers write whatever the local zone', () => {
    expect(
      revealedZone(['[2026-12-02T08:21:20Z INFO app] started', '2026/12/02 09:21:20 x']),
    ).toBeUndefined();
  });

  it('reads negative and half-hour offsets', () => {
    expect(revealedZone(['2026-12-02 09:21:20.123-0330 x'])?.zone).toBe('UTC-3:30');
  });
});
