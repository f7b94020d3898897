import { describe, expect, it } from 'vitest';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

/** A Go slog JSON line as `slog.NewJSONHandler` writes it for a request log. */
function request(at: number, level: 'INFO' | 'ERROR', status: number, ms: number): string {
  return JSON.stringify({
    time: new Date(at).toISOString().replace('Z', '+00:00'),
    level,
    source: { function: 'main.(*server).logRequest', file: '/app/server.go', line: 88 },
    msg: 'request completed',
    service: 'checkout-api',
    http: { method: 'POST', path: '/api/checkout', status },
    duration: `${ms}ms`,
  });
}

const t0 = Date.parse('2026-03-04T13:40:00Z');
const errorsFrom = Date.parse('2026-03-04T14:00:00Z');

/** Twenty minutes of INFO 200s, ten minutes of ERROR 503s mixed with fewer 200s, then INFO again. */
function requestLog(): string[] {
  const lines: string[] = [];
  for (let at = t0; at < errorsFrom; at += 5_000) lines.push(request(at, 'INFO', 200, 12));
  for (let at = errorsFrom; at < errorsFrom + 10 * 60_000; at += 1_000)
    lines.push(request(at, at % 4_000 === 0 ? 'INFO' : 'ERROR', at % 4_000 === 0 ? 200 : 503, 5_000));
  for (let at = errorsFrom + 10 * 60_000; at < errorsFrom + 20 * 60_000; at += 5_000)
    lines.push(request(at, 'INFO', 200, 12));
  return lines;
}

describe('impact start from a message logged at INFO and later at ERROR', () => {
  it('starts at the first error-level line, not the first line of the template', async () => {
    const lines = requestLog();
    const draft = new EvidenceDraft(testOptions);
    await draft.addFile('checkout.log', batchesOf(lines.join('\n'), 500));
    const { events, signatures, moments } = draft.result();
    const firstError = lines.findIndex((line) => line.includes('"ERROR"')) + 1;
    expect(moments.impactStart).toMatchObject({ at: '2026-03-04T14:00:01.000Z' });
    const signature = signatures.find((s) => s.template === 'request completed');
    expect(signature).toMatchObject({
      severity: 'error',
      firstAt: '2026-03-04T13:40:00.000Z',
      firstErrorAt: '2026-03-04T14:00:01.000Z',
      errorOrigin: { file: 'checkout.log', line: firstError },
      levels: { info: lines.length - 450, error: 450 },
    });
    const event = events.find((e) => e.kind === 'log-signature');
    expect(event).toMatchObject({ at: '2026-03-04T14:00:01.000Z', origin: { line: firstError } });
    expect(event?.summary).toContain('at error level from 14:00:01 (logged at lower levels since 13:40:00)');
    expect(event?.summary).toContain('450 at error level');
    for (const spike of events.filter((e) => e.kind === 'log-spike'))
      expect(spike.at! >= '2026-03-04T14:00:00.000Z').toBe(true);
  });

  it('finds the same start when the file is read in parallel parts', async () => {
    const lines = requestLog();
    const cut = lines.findIndex((line) => line.includes('"ERROR"')) - 10;
    const parts = await Promise.all(
      [lines.slice(0, cut), lines.slice(cut)].map(async (part) => {
        const draft = new EvidenceDraft(testOptions);
        await draft.addFile('checkout.log', batchesOf(part.join('\n'), 500));
        return draft.part();
      }),
    );
    const merged = new EvidenceDraft(testOptions);
    merged.addParts(parts);
    const { moments, events } = merged.result();
    expect(moments.impactStart?.at).toBe('2026-03-04T14:00:01.000Z');
    expect(events.find((e) => e.kind === 'log-signature')?.origin.line).toBe(cut + 11);
  });

  it('splits an nginx access log by status, so impact starts at the first 5xx, not at a 200 before it', async () => {
    const line = (at: number, path: string, status: number) => {
      const [d, mon, y, time] = new Date(at).toUTCString().split(' ').slice(1, 5) as [
        string,
        string,
        string,
        string,
      ];
      return `10.0.0.7 - - [${d}/${mon}/${y}:${time} +0000] "GET ${path} HTTP/1.1" ${status} 182 "-" "Go-http-client/1.1"`;
    };
    const lines: string[] = [];
    for (let at = t0; at < errorsFrom; at += 2_000) lines.push(line(at, `/api/orders/${at % 97}`, 200));
    for (let at = errorsFrom; at < errorsFrom + 5 * 60_000; at += 1_000)
      lines.push(line(at, `/api/orders/${at % 97}`, at % 3_000 === 0 ? 200 : 503));
    const draft = new EvidenceDraft(testOptions);
    const report = await draft.addFile('access.log', batchesOf(lines.join('\n'), 500));
    expect(report.format).toBe('access-log');
    const { signatures, moments } = draft.result();
    expect(signatures.map((s) => [s.template, s.severity, s.fixed])).toEqual([
      ['GET <*> 200', 'info', true],
      ['GET <*> 503', 'error', true],
    ]);
    expect(moments.impactStart?.at).toBe('2026-03-04T14:00:01.000Z');
    expect(moments.impactStart?.reason).toContain('GET <*> 503');
    // Read in two parallel parts, the status templates meet again instead of being mined into `GET <*>`.
    const parts = await Promise.all(
      [lines.slice(0, 700), lines.slice(700)].map(async (part) => {
        const one = new EvidenceDraft(testOptions);
        await one.addFile('access.log', batchesOf(part.join('\n'), 500));
        return one.part();
      }),
    );
    const merged = new EvidenceDraft(testOptions);
    merged.addParts(parts);
    expect(merged.result().signatures.map((s) => [s.template, s.count])).toEqual(
      signatures.map((s) => [s.template, s.count]),
    );
  });
});

describe('impact start when a crash takes the time of the line before it', () => {
  it('is the exactly timed error line, not the crash that tied with it', async () => {
    const text = [
      'time="2026-12-02T16:27:05+01:00" level=info msg="server started"',
      'time="2026-12-02T16:27:05+01:00" level=error msg="charge failed" error="context deadline exceeded"',
      'panic: charge handler: nil payment method',
      '',
      'goroutine 1 [running]:',
      'main.main()',
      '\t./main.go:33 +0x1d',
    ].join('\n');
    const draft = new EvidenceDraft(testOptions);
    await draft.addFile('app.log', batchesOf(text));
    const { moments, events } = draft.result();
    expect(events.find((e) => e.kind === 'panic')).toMatchObject({
      at: '2026-12-02T15:27:05.000Z',
      approximate: true,
    });
    expect(moments.impactStart).toMatchObject({
      at: '2026-12-02T15:27:05.000Z',
      reason: 'first error: `charge failed: context deadline exceeded` started 15:27:05 (1 line)',
    });
  });
});

describe('a NUL byte in a log line', () => {
  it('never reaches a proposed moment’s reason, which the draft hands back to be saved', async () => {
    const draft = new EvidenceDraft(testOptions);
    await draft.addFile('nul.log', batchesOf('2026-12-01T10:00:00Z ERROR nul\u0000byte here\n', 500));
    const { moments } = draft.result();
    expect(moments.impactStart?.reason).toContain('nul\ufffdbyte');
    expect(moments.impactStart?.reason).not.toContain('\u0000');
  });
});
