import { describe, expect, it } from 'vitest';
import { itemsOf, parseAll, testOptions } from '../test-support/parse-all.js';
import { accessLog } from './access-log.js';
import { csv } from './csv.js';
import { gitLog } from './git-log.js';
import { logfmt } from './logfmt.js';
import { plainText } from './plain-text.js';
import { syslog } from './syslog.js';

describe('logfmt', () => {
  it('reads the slog text handler and logrus text formatter', () => {
    const items = itemsOf(
      parseAll(
        logfmt,
        [
          'time=2026-03-04T14:02:11.123Z level=ERROR msg="charge failed" err="connection refused"',
          'time="2026-03-04T14:02:12Z" level=warning msg="slow upstream" upstream=ledger',
        ].join('\n'),
      ),
    );
    expect(items.map((i) => [i.source, i.severity, i.message])).toEqual([
      ['go-slog-text', 'error', 'charge failed: connection refused'],
      ['go-logrus-text', 'warning', 'slow upstream'],
    ]);
  });
});

describe('plainText', () => {
  it('reads env_logger and tracing-subscriber text lines with their crate as service', () => {
    const items = itemsOf(
      parseAll(
        plainText,
        [
          '[2026-03-04T14:02:11Z ERROR payments::client] request failed: timed out',
          '2026-03-04T14:02:12.000123Z  WARN gateway::proxy: retrying upstream attempt=2',
        ].join('\n'),
      ),
    );
    expect(items.map((i) => [i.source, i.severity, i.service, i.message])).toEqual([
      ['rust-env-logger', 'error', 'payments', 'request failed: timed out'],
      ['rust-tracing', 'warning', 'gateway', 'retrying upstream attempt=2'],
    ]);
  });

  it("reads Go's standard log, guessing severity from its words, in the zone given for zone-less times", () => {
    const [item] = itemsOf(
      parseAll(plainText, '2026/03/04 15:02:11 failed to connect to ledger', {
        ...testOptions,
        time: { zone: 'Europe/Paris' },
      }),
    );
    expect(item).toMatchObject({ at: '2026-03-04T14:02:11.000Z', severity: 'error', source: 'go-log' });
  });

  it('strips colour codes before reading', () => {
    const [item] = itemsOf(
      parseAll(plainText, '\u001b[2m2026-03-04T14:02:11Z\u001b[0m \u001b[31mERROR\u001b[0m app: boom'),
    );
    expect(item).toMatchObject({ severity: 'error', message: 'boom' });
  });
});

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
});

describe('accessLog', () => {
  it('turns a 503 answer into an error line shaped METHOD /path STATUS', () => {
    const [item] = itemsOf(
      parseAll(
        accessLog,
        '10.0.0.7 - - [04/Mar/2026:15:02:11 +0100] "POST /api/pay?x=1 HTTP/1.1" 503 182 "-" "curl/8.5.0"',
      ),
    );
    expect(item).toMatchObject({
      at: '2026-03-04T14:02:11.000Z',
      severity: 'error',
      message: 'POST /api/pay 503',
    });
  });
});

describe('csv', () => {
  it('reads rows by the header, with quoted commas', () => {
    const text = 'timestamp,level,service,message\n2026-03-04T14:02:11Z,error,payments,"timeout, retrying"';
    expect(csv.score?.(text.split('\n'))).toBe(1);
    const [item] = itemsOf(parseAll(csv, text));
    expect(item).toMatchObject({
      at: '2026-03-04T14:02:11.000Z',
      severity: 'error',
      message: 'timeout, retrying',
    });
  });
});

describe('gitLog', () => {
  it('marks reverts as rollbacks and deploy commits as deploys, in UTC', () => {
    const text = [
      'commit 3f2a9c1d0b9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a',
      'Author: Sam Lee <sam@example.com>',
      'Date:   Wed Mar 4 15:20:00 2026 +0100',
      '',
      '    Revert "Raise pool size"',
      '',
      'commit 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
      'Author: Ana Ruiz <ana@example.com>',
      'Date:   Wed Mar 4 14:55:00 2026 +0100',
      '',
      '    Deploy payments v2.14.0',
    ].join('\n');
    const items = itemsOf(parseAll(gitLog, text));
    expect(items.map((i) => [i.kind, i.at, i.line])).toEqual([
      ['rollback', '2026-03-04T14:20:00.000Z', 1],
      ['deploy', '2026-03-04T13:55:00.000Z', 7],
    ]);
    expect(items[0]?.message).toContain('by Sam Lee');
  });
});
