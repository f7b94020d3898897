import { describe, expect, it } from 'vitest';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

// net/http's recovered-panic report as a slog JSON handler writes it when slog is the server's ErrorLog
// (slog.NewLogLogger): the whole report, stack included, is one `msg` with `\n` escapes.
const stack = [
  'http: panic serving 10.0.0.9:53412: assignment to entry in nil map',
  'goroutine 26 [running]:',
  'net/http.(*conn).serve.func1()',
  '\t/usr/lib/go-1.22/src/net/http/server.go:1898 +0xbe',
  'panic({0x6b8a40?, 0x7a1c30?})',
  '\t/usr/lib/go-1.22/src/runtime/panic.go:770 +0x132',
  'main.handle({0x7a5f10, 0xc0001a2000}, 0xc000196000)',
  '\t/app/handler.go:41 +0x89',
  'net/http.HandlerFunc.ServeHTTP(0x0?, {0x7a5f10?, 0xc0001a2000?}, 0x0?)',
  '\t/usr/lib/go-1.22/src/net/http/server.go:2166 +0x29',
].join('\n');

describe('crashInMessage', () => {
  it("makes a recovered handler panic logged through slog a crash event at the record's time and place", async () => {
    const lines = [
      JSON.stringify({
        time: '2026-03-04T14:02:10.5Z',
        level: 'INFO',
        msg: 'request completed',
        status: 200,
      }),
      JSON.stringify({ time: '2026-03-04T14:02:11.25Z', level: 'ERROR', msg: stack }),
      JSON.stringify({
        time: '2026-03-04T14:02:12Z',
        level: 'INFO',
        msg: 'panic: not a crash without its stack',
      }),
    ];
    const draft = new EvidenceDraft(testOptions);
    await draft.addFile('app.log', batchesOf(lines.join('\n')));
    const { events, signatures, moments } = draft.result();
    expect(events.filter((e) => e.kind === 'panic')).toEqual([
      expect.objectContaining({
        at: '2026-03-04T14:02:11.250Z',
        approximate: false,
        source: 'go-crash',
        summary:
          'Go HTTP handler panic (recovered by net/http): assignment to entry in nil map in main.handle (/app/handler.go:41)',
        origin: { file: 'app.log', line: 2 },
      }),
    ]);
    expect(signatures.some((s) => s.template.includes('http: panic serving'))).toBe(false);
    expect(moments.impactStart?.at).toBe('2026-03-04T14:02:11.250Z');
  });

  it("finds the same report in slog's text handler, where msg is quoted with \\n escapes", async () => {
    const line = `time=2026-03-04T14:02:11.250Z level=ERROR msg=${JSON.stringify(stack)}`;
    const draft = new EvidenceDraft(testOptions);
    const report = await draft.addFile(
      'app.log',
      batchesOf(`time=2026-03-04T14:02:10Z level=INFO msg=ok\n${line}`),
    );
    expect(report.format).toBe('logfmt');
    expect(draft.result().events.filter((e) => e.kind === 'panic')).toEqual([
      expect.objectContaining({ at: '2026-03-04T14:02:11.250Z', origin: { file: 'app.log', line: 2 } }),
    ]);
  });
});
