import { describe, expect, it } from 'vitest';
import { itemsOf, parseAll, testOptions } from '../test-support/parse-all.js';
import { plainText } from './plain-text.js';

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
      ['rust-tracing', 'warning', 'gateway', 'retrying upstream'],
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

  it("takes a Go log line's file:line prefix and level word out of its message, the level as its severity", () => {
    const items = itemsOf(
      parseAll(
        plainText,
        [
          '2026/03/04 15:02:11 main.go:42: ERROR charge failed for order 7',
          '2026/03/04 15:02:12.123456 /src/ledger/main.go:50: [info] ledger reachable',
        ].join('\n'),
      ),
    );
    expect(items.map((i) => [i.severity, i.message])).toEqual([
      ['error', 'charge failed for order 7'],
      ['info', 'ledger reachable'],
    ]);
  });

  it('strips colour codes before reading', () => {
    const [item] = itemsOf(
      parseAll(plainText, '\u001b[2m2026-03-04T14:02:11Z\u001b[0m \u001b[31mERROR\u001b[0m app: boom'),
    );
    expect(item).toMatchObject({ severity: 'error', message: 'boom' });
  });

  it("reads nginx's error.log with its level, without the process and connection numbers", () => {
    const [item] = itemsOf(
      parseAll(
        plainText,
        '2026/12/02 09:21:20 [crit] 812#812: *1 connect() to unix:/run/app.sock failed (2: No such file or directory)',
      ),
    );
    expect(item).toMatchObject({
      source: 'nginx-error',
      severity: 'critical',
      message: 'connect() to unix:/run/app.sock failed (2: No such file or directory)',
    });
  });
});
