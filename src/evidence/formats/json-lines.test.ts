import { describe, expect, it } from 'vitest';
import { itemsOf, parseAll } from '../test-support/parse-all.js';
import { jsonLines } from './json-lines.js';

describe('jsonLines', () => {
  it('reads Go slog JSON and appends the error to the message', () => {
    const [item] = itemsOf(
      parseAll(
        jsonLines,
        '{"time":"2026-03-04T15:02:11.123456789+01:00","level":"ERROR","msg":"charge failed","service":"payments","err":"context deadline exceeded"}',
      ),
    );
    expect(item).toMatchObject({
      at: '2026-03-04T14:02:11.123Z',
      severity: 'error',
      message: 'charge failed: context deadline exceeded',
      service: 'payments',
      source: 'go-slog-json',
    });
  });

  it('reads zap JSON with epoch-seconds ts', () => {
    const [item] = itemsOf(
      parseAll(
        jsonLines,
        '{"level":"warn","ts":1772632931.5,"caller":"pay/client.go:88","msg":"retrying charge"}',
      ),
    );
    expect(item).toMatchObject({
      at: '2026-03-04T14:02:11.500Z',
      severity: 'warning',
      source: 'go-zap-json',
    });
  });

  it('reads zerolog and logrus JSON', () => {
    const items = itemsOf(
      parseAll(
        jsonLines,
        [
          '{"level":"error","time":"2026-03-04T14:02:11Z","message":"db ping failed"}',
          '{"level":"fatal","msg":"cannot start","time":"2026-03-04T14:02:12Z"}',
        ].join('\n'),
      ),
    );
    expect(items.map((i) => [i.severity, i.message])).toEqual([
      ['error', 'db ping failed'],
      ['critical', 'cannot start'],
    ]);
  });

  it('reads tracing-subscriber JSON, whose message sits under fields', () => {
    const [item] = itemsOf(
      parseAll(
        jsonLines,
        '{"timestamp":"2026-03-04T14:02:11.000001Z","level":"ERROR","fields":{"message":"upstream reset"},"target":"gateway::proxy"}',
      ),
    );
    expect(item).toMatchObject({
      message: 'upstream reset',
      service: 'gateway::proxy',
      source: 'rust-tracing-json',
    });
  });

  it('reads journalctl -o json with microsecond realtime stamps and syslog priorities', () => {
    const [item] = itemsOf(
      parseAll(
        jsonLines,
        '{"__REALTIME_TIMESTAMP":"1772632931000000","PRIORITY":"3","_SYSTEMD_UNIT":"payments.service","MESSAGE":"worker exited"}',
      ),
    );
    expect(item).toMatchObject({
      at: '2026-03-04T14:02:11.000Z',
      severity: 'error',
      service: 'payments.service',
      source: 'journald-json',
    });
  });

  it('reads later lines through the field probe exactly as a full parse would', () => {
    const first = '{"time":"2026-03-04T14:02:11Z","level":"INFO","msg":"start"}';
    const tricky =
      '{"time":"2026-03-04T14:02:12Z","level":"ERROR","msg":"say \\"hi\\" \\\\","err":"x, \\"y\\""}';
    const [, item] = itemsOf(parseAll(jsonLines, `${first}\n${tricky}`));
    expect(item?.message).toBe('say "hi" \\: x, "y"');
  });

  it('counts invalid JSON and non-objects as unparsed with a reason', () => {
    expect(parseAll(jsonLines, '{"time": 2026\n[1,2]')).toEqual([
      { unparsed: 'invalid JSON' },
      { unparsed: 'a JSON value that is not an object' },
    ]);
  });
});
