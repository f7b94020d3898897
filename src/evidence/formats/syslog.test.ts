import { describe, expect, it } from 'vitest';
import { itemsOf, parseAll } from '../test-support/parse-all.js';
import { syslog } from './syslog.js';

describe('syslog', () => {
  it('reads RFC 3164 and infers the year from the reference time', () => {
    const [item] = itemsOf(parseAll(syslog, '<27>Mar  4 14:02:11 web-1 payments[2113]: upstream timed out'));
    expect(item).toMatchObject({ at: '2026-03-04T14:02:11.000Z', severity: 'error', service: 'payments' });
  });

  it('puts a December line read in early March in the right year', () => {
    const [item] = itemsOf(parseAll(syslog, 'Dec 31 23:59:59 web-1 cron[1]: job done'));
    expect(item?.at).toBe('2025-12-31T23:59:59.000Z');
  });

  it('reads RFC 5424 with structured data', () => {
    const [item] = itemsOf(
      parseAll(
        syslog,
        '<165>1 2026-03-04T14:02:11.003Z web-1 payments 2113 ID47 [exampleSDID@32473 iut="3"] cache warmed',
      ),
    );
    expect(item).toMatchObject({
      at: '2026-03-04T14:02:11.003Z',
      severity: 'info',
      service: 'payments',
      message: 'cache warmed',
    });
  });

  it("takes a Go log line's own time, file:line and level out of a syslog message; its time stands in for a missing one", () => {
    const items = itemsOf(
      parseAll(
        syslog,
        [
          'Mar  4 14:02:11 web-1 payments[2113]: 2026/03/04 14:02:10 main.go:42: WARN pool saturated',
          '<14>1 - web-1 payments 2113 - - 2026/03/04 14:02:12 main.go:42: ERROR charge failed',
        ].join('\n'),
      ),
    );
    expect(items.map((i) => [i.at, i.severity, i.message])).toEqual([
      ['2026-03-04T14:02:11.000Z', 'warning', 'pool saturated'],
      ['2026-03-04T14:02:12.000Z', 'error', 'charge failed'],
    ]);
  });

  it("reads rsyslog's RFC 3339 file format, Debian 12's default, with its zone", () => {
    const [item] = itemsOf(
      parseAll(
        syslog,
        '2026-12-02T09:21:20.538962+01:00 web-1 payments[812]: upstream timed out reading response',
      ),
    );
    expect(item).toMatchObject({
      at: '2026-12-02T08:21:20.538Z',
      service: 'payments',
      message: 'upstream timed out reading response',
    });
  });

  it('reads `journalctl -o short-iso` lines, keeping host and unit out of the message', () => {
    const [item] = itemsOf(
      parseAll(syslog, '2026-12-02T09:21:20+0100 web-1 payments[812]: charge failed: timeout'),
    );
    expect(item).toMatchObject({
      at: '2026-12-02T08:21:20.000Z',
      service: 'payments',
      severity: 'error',
      message: 'charge failed: timeout',
    });
  });

  it('reads a traditional line without a colon after the tag', () => {
    const [item] = itemsOf(
      parseAll(syslog, 'Mar  4 14:02:11 web-1 sshd[812] error: kex_exchange_identification'),
    );
    expect(item).toMatchObject({ service: 'sshd', message: 'error: kex_exchange_identification' });
  });

  it('leaves an application log with an ISO time and a level word to plain text', () => {
    expect(syslog.detect('2026-03-04T14:02:11Z INFO request: done')).toBe(false);
    expect(syslog.detect('2026-03-04T14:02:11.123+01:00 ERROR payments: charge failed')).toBe(false);
  });

  it("skips journalctl's markers rather than counting them unread", () => {
    const results = parseAll(
      syslog,
      [
        '-- Logs begin at Wed 2026-12-02 09:00:01 CET, end at Wed 2026-12-02 11:17:43 CET. --',
        'Dec 02 09:21:20 web-1 checkout[812]: charge failed: timeout',
        '-- Boot 3f2a9c0d1e2b4c5d8e9f0a1b2c3d4e5f --',
      ].join('\n'),
    );
    expect(results[0]).toBeNull();
    expect(results[2]).toBeNull();
    expect(itemsOf(results)).toHaveLength(1);
  });
});
