import { describe, expect, it } from 'vitest';
import { EvidenceDraft } from '../draft/evidence-draft.js';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';

// Entries as `journalctl -o json` prints them (fields from systemd.journal-fields(7)): every value a string,
// __REALTIME_TIMESTAMP in microseconds, PRIORITY 0–7; a service's stdout line is one entry at PRIORITY 6.
const start = Date.parse('2026-03-04T14:00:00Z') * 1000;
function entry(seconds: number, priority: number, message: string, identifier = 'payments'): string {
  return JSON.stringify({
    __CURSOR: `s=5b1c;i=${seconds}`,
    __REALTIME_TIMESTAMP: String(start + seconds * 1_000_000),
    __MONOTONIC_TIMESTAMP: String(9_000_000 + seconds * 1_000_000),
    _BOOT_ID: '0d5c1e6f2b1a4c0e9f2d3b4a5c6d7e8f',
    PRIORITY: String(priority),
    SYSLOG_FACILITY: '3',
    SYSLOG_IDENTIFIER: identifier,
    _PID: '812',
    _SYSTEMD_UNIT: `${identifier}.service`,
    _HOSTNAME: 'web-1',
    MESSAGE: message,
  });
}

async function draftOf(lines: string[]) {
  const draft = new EvidenceDraft(testOptions);
  const report = await draft.addFile('journal.json', batchesOf(lines.join('\n')));
  return { report, result: draft.result() };
}

describe('journalctl -o json', () => {
  it('reads the JSON log line inside MESSAGE with its own level, falling back to PRIORITY', async () => {
    const slog = (level: string, msg: string) =>
      JSON.stringify({ time: '2026-03-04T14:00:03.5Z', level, msg });
    const { report, result } = await draftOf([
      entry(1, 3, 'charge failed: timeout'),
      entry(3, 6, slog('ERROR', 'request completed')),
      entry(4, 6, slog('WARN', 'pool exhausted')),
      entry(5, 6, JSON.stringify({ msg: 'no level here' })),
    ]);
    expect(report).toMatchObject({ format: 'json', unparsed: 0 });
    expect(result.signatures.map((s) => [s.template, s.severity, s.firstAt, s.service]).sort()).toEqual([
      ['charge failed: timeout', 'error', '2026-03-04T14:00:01.000Z', 'payments.service'],
      ['no level here', 'info', '2026-03-04T14:00:05.000Z', 'payments.service'],
      ['pool exhausted', 'warning', '2026-03-04T14:00:03.500Z', 'payments.service'],
      ['request completed', 'error', '2026-03-04T14:00:03.500Z', 'payments.service'],
    ]);
  });

  it('reads a Go panic written to stderr one entry per line as one crash at its first entry', async () => {
    const panic = [
      'panic: runtime error: invalid memory address or nil pointer dereference',
      '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1b2c]',
      '',
      'goroutine 42 [running]:',
      'main.(*Handler).charge(0x0, {0xc000123, 0x5})',
      '\t/app/handler.go:88 +0x1c',
      'main.main()',
      '\t/app/main.go:21 +0x45',
    ];
    const { report, result } = await draftOf([
      entry(1, 6, 'request completed'),
      ...panic.map((line) => entry(2, 3, line)),
      entry(3, 5, 'payments.service: Main process exited, code=exited, status=2/INVALIDARGUMENT', 'systemd'),
    ]);
    expect(report.unparsed).toBe(0);
    const crashes = result.events.filter((e) => e.kind === 'panic');
    expect(crashes).toEqual([
      expect.objectContaining({
        at: '2026-03-04T14:00:02.000Z',
        approximate: false,
        service: 'payments.service',
        summary:
          'Go panic: runtime error: invalid memory address or nil pointer dereference in main.(*Handler).charge (/app/handler.go:88)',
        origin: { file: 'journal.json', line: 2 },
      }),
    ]);
    expect(result.signatures.some((s) => s.template.includes('goroutine'))).toBe(false);
  });
});
