import { describe, expect, it } from 'vitest';
import { itemsOf, parseAll } from '../test-support/parse-all.js';
import { logfmt } from './logfmt.js';

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
