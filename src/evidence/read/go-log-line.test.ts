import { describe, expect, it } from 'vitest';
import { goLogMessage, innerGoLogTime } from './go-log-line.js';

describe('goLogMessage', () => {
  it('takes the Lshortfile and Llongfile prefixes off, keeping where the line was logged', () => {
    expect(goLogMessage('main.go:42: charge failed')).toEqual({
      message: 'charge failed',
      severity: undefined,
      location: 'main.go:42',
    });
    expect(goLogMessage('/home/dev/ledger/main.go:50: ledger unavailable')).toMatchObject({
      message: 'ledger unavailable',
      location: '/home/dev/ledger/main.go:50',
    });
  });

  it('reads the level words std log users write at the start of a message as its severity', () => {
    const cases: [string, string, string][] = [
      ['ERROR charge failed', 'error', 'charge failed'],
      ['ERROR: charge failed', 'error', 'charge failed'],
      ['[error] charge failed', 'error', 'charge failed'],
      ['[WARN] slow upstream', 'warning', 'slow upstream'],
      ['warning: slow upstream', 'warning', 'slow upstream'],
      ['main.go:42: INFO request served', 'info', 'request served'],
      [
        'level=error msg="db timeout" attempt=3 err="dial tcp: refused"',
        'error',
        'db timeout: dial tcp: refused',
      ],
    ];
    for (const [text, severity, message] of cases)
      expect(goLogMessage(text)).toMatchObject({ severity, message });
  });

  it('leaves words that are the message itself, and a panic for the crash reader', () => {
    expect(goLogMessage('error reading body')).toMatchObject({
      message: 'error reading body',
      severity: undefined,
    });
    expect(goLogMessage('HTTP server started')).toMatchObject({
      message: 'HTTP server started',
      severity: undefined,
    });
    expect(goLogMessage('panic: boom')).toMatchObject({ message: 'panic: boom', severity: undefined });
  });
});

describe('innerGoLogTime', () => {
  it('finds the time Go wrote at the start of a message another layer stamped', () => {
    expect(innerGoLogTime('2026/12/02 09:21:20.123456 main.go:42: ERROR boom')).toEqual({
      time: '2026/12/02 09:21:20.123456',
      rest: 'main.go:42: ERROR boom',
    });
    expect(innerGoLogTime('charge failed')).toBeUndefined();
  });
});
