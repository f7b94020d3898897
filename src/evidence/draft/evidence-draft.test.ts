import { describe, expect, it } from 'vitest';
import { detectLineFormat } from '../formats.js';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

function slog(at: string, level: string, msg: string): string {
  return JSON.stringify({ time: at, level, msg, service: 'payments' });
}

/** Ten error lines a second from 14:02 to 14:04:59 after a quiet hour, then quiet again. */
function incidentLog(): string {
  const lines: string[] = [];
  for (let m = 0; m < 60; m++)
    lines.push(slog(`2026-03-04T13:${String(m).padStart(2, '0')}:00Z`, 'INFO', 'request served'));
  for (let s = 0; s < 180; s += 6) {
    const t = new Date(Date.parse('2026-03-04T14:02:00Z') + s * 1000).toISOString();
    for (let k = 0; k < 5; k++)
      lines.push(slog(t, 'ERROR', `charge failed: context deadline exceeded calling ledger-${k}:9090`));
  }
  lines.push(slog('2026-03-04T14:20:00Z', 'INFO', 'request served'));
  return lines.join('\n');
}

describe('detectLineFormat', () => {
  it('recognises each line format from its content', () => {
    const samples: Record<string, string> = {
      json: '{"time":"2026-03-04T14:02:11Z","level":"INFO","msg":"ok"}',
      logfmt: 'time=2026-03-04T14:02:11Z level=INFO msg=ok',
      syslog: 'Mar  4 14:02:11 web-1 app[1]: ok',
      'access-log': '10.0.0.1 - - [04/Mar/2026:14:02:11 +0000] "GET / HTTP/1.1" 200 5',
      text: '2026-03-04T14:02:11Z INFO ok',
    };
    for (const [name, line] of Object.entries(samples))
      expect(detectLineFormat([line, line]).name).toBe(name);
  });
});

describe('EvidenceDraft', () => {
  it('turns an error signature into a start event and a spike with its peak rate', async () => {
    const draft = new EvidenceDraft(testOptions);
    await draft.addFile('app.log', batchesOf(incidentLog()));
    const { events, signatures, stats } = draft.result();
    const errors = signatures.find((s) => s.severity === 'error');
    expect(errors).toMatchObject({
      template: 'charge failed: context deadline exceeded calling <*>:<*>',
      count: 150,
      firstAt: '2026-03-04T14:02:00.000Z',
    });
    expect(events.map((e) => e.kind)).toEqual(['log-signature', 'log-spike']);
    expect(events[1]).toMatchObject({ at: '2026-03-04T14:02:00.000Z', count: 50 });
    expect(events[0]?.summary).toContain('started 14:02:00, peaked at 50/min at 14:02');
    // When its last line was logged, so readers see how long it went on (the report's signature table reads it).
    expect(events[0]?.summary).toMatch(
      new RegExp(`, last at ${errors?.lastAt?.slice(11, 19)} \\(150 lines\\)$`),
    );
    expect(errors?.lastAt && errors.lastAt > '2026-03-04T14:02:00.000Z').toBe(true);
    expect(stats).toMatchObject({ files: 1, lines: 211, unparsed: 0 });
  });

  it('counts no signature for lines that carry no message (trial 12g G-32)', async () => {
    const draft = new EvidenceDraft(testOptions);
    const lines = [
      '2026-12-02T11:00:01Z host app[1]: timeout calling 10.0.0.1',
      '2026-12-02T11:00:02Z host app[1]: ',
      '2026-12-02T11:00:03Z host app[1]: timeout calling 10.0.0.2',
      '2026-12-02T11:00:04Z host app[1]:',
    ];
    await draft.addFile('app.log', batchesOf(lines.join('\n')));
    expect(draft.result().signatures.map((s) => s.template)).toEqual(['timeout calling <*>']);
  });

  it("places a spike at its own minute's line, in the file it happened in, not at the template's first line", async () => {
    const draft = new EvidenceDraft(testOptions);
    // Pod a logs the error now and then from 13:00; pod b's log holds the spike at 14:02.
    const podA: string[] = [];
    for (let m = 0; m < 60; m += 10)
      podA.push(slog(`2026-03-04T13:${String(m).padStart(2, '0')}:00Z`, 'ERROR', 'charge failed: timeout'));
    // Pod a also logs it once in the spike's minute, and is read first: the spike is still pod b's.
    podA.push(slog('2026-03-04T14:02:50Z', 'ERROR', 'charge failed: timeout'));
    const podB = [slog('2026-03-04T14:01:00Z', 'INFO', 'request served')];
    for (let k = 0; k < 40; k++) podB.push(slog('2026-03-04T14:02:30Z', 'ERROR', 'charge failed: timeout'));
    await draft.addFile('pod-a/app.log', batchesOf(podA.join('\n')));
    await draft.addFile('pod-b/app.log', batchesOf(podB.join('\n')));
    const { events } = draft.result();
    const start = events.find((e) => e.kind === 'log-signature');
    const spike = events.find((e) => e.kind === 'log-spike');
    expect(start?.origin).toEqual({ file: 'pod-a/app.log', line: 1 });
    expect(spike).toMatchObject({ at: '2026-03-04T14:02:00.000Z', count: 41 });
    expect(spike?.origin).toEqual({ file: 'pod-b/app.log', line: 2 });
    expect(spike?.origins).toEqual([{ file: 'pod-b/app.log', line: 2 }]);
  });

  it('places a spike at its minute in a long log, where many quieter minutes came before', async () => {
    const draft = new EvidenceDraft(testOptions);
    const lines: string[] = [];
    for (let m = 0; m < 40; m++)
      for (let k = 0; k < 2; k++)
        lines.push(
          slog(`2026-03-04T13:${String(m).padStart(2, '0')}:0${k}Z`, 'ERROR', 'charge failed: timeout'),
        );
    const spikeLine = lines.length + 1;
    for (let k = 0; k < 30; k++) lines.push(slog('2026-03-04T13:45:10Z', 'ERROR', 'charge failed: timeout'));
    await draft.addFile('app.log', batchesOf(lines.join('\n')));
    const spike = draft.result().events.find((e) => e.kind === 'log-spike');
    expect(spike).toMatchObject({
      at: '2026-03-04T13:45:00.000Z',
      origin: { file: 'app.log', line: spikeLine },
    });
  });

  it('merges the same alert from Alertmanager and PagerDuty keeping both origins, and proposes moments', async () => {
    const draft = new EvidenceDraft(testOptions);
    await draft.addFile('app.log', batchesOf(incidentLog()));
    const alert = {
      receiver: 'pd',
      alerts: [
        {
          status: 'resolved',
          labels: { alertname: 'HighErrorRate' },
          startsAt: '2026-03-04T14:04:00Z',
          endsAt: '2026-03-04T14:31:00Z',
        },
      ],
    };
    await draft.addFile('alert.json', batchesOf(JSON.stringify(alert, null, 2)));
    const pd = {
      log_entries: [
        {
          type: 'trigger_log_entry',
          created_at: '2026-03-04T14:04:20Z',
          incident: { summary: '[FIRING:1] HighErrorRate' },
        },
        { type: 'acknowledge_log_entry', created_at: '2026-03-04T14:09:00Z', incident: { summary: 'x' } },
      ],
    };
    await draft.addFile('pd.json', batchesOf(JSON.stringify(pd)));
    const { events, moments, metrics } = draft.result();
    const fired = events.filter((e) => e.kind === 'alert-fired');
    expect(fired).toHaveLength(1);
    expect(fired[0]?.source).toBe('alertmanager, pagerduty');
    expect(fired[0]?.origins.map((o) => o.file)).toEqual(['alert.json', 'pd.json']);
    expect(moments.impactStart?.at).toBe('2026-03-04T14:02:00.000Z');
    expect(moments.detected?.at).toBe('2026-03-04T14:04:00.000Z');
    expect(moments.acknowledged?.at).toBe('2026-03-04T14:09:00.000Z');
    expect(moments.mitigated?.reason).toContain('errors back under their usual rate');
    expect(moments.resolved?.reason).toContain('last alert resolved');
    expect(metrics.timeToDetect).toBe(120_000);
  });

  it('collapses a flood of the same crash into one event with a count', async () => {
    const draft = new EvidenceDraft(testOptions);
    const lines: string[] = [];
    for (let i = 0; i < 5; i++) {
      lines.push(slog(`2026-03-04T14:02:1${i}Z`, 'INFO', 'starting'));
      lines.push('panic: boom', '', 'goroutine 1 [running]:', 'main.main()', '\t/app/main.go:3 +0x1');
    }
    await draft.addFile('crashloop.log', batchesOf(lines.join('\n')));
    const panics = draft.result().events.filter((e) => e.kind === 'panic');
    expect(panics).toHaveLength(1);
    expect(panics[0]).toMatchObject({ count: 5, approximate: true, at: '2026-03-04T14:02:10.000Z' });
    expect(panics[0]?.summary).toContain('(×5)');
  });

  it('counts unreadable lines in a file that mixes formats and reads the rest', async () => {
    const draft = new EvidenceDraft(testOptions);
    const text = [
      slog('2026-03-04T14:00:00Z', 'INFO', 'a'),
      'time=2026-03-04T14:00:01Z level=ERROR msg="logfmt in a JSON file"',
      '\u0000\u0001binary garbage',
      slog('2026-03-04T14:00:02Z', 'INFO', 'b'),
    ].join('\n');
    const report = await draft.addFile('mixed.log', batchesOf(text));
    expect(report).toMatchObject({ format: 'json', lines: 4, unparsed: 1 });
    expect(report.samples[0]?.line).toBe(3);
    expect(draft.result().signatures.map((s) => s.template)).toContain('logfmt in a JSON file');
  });

  it('notes in the report a stream that stopped early and lines that were cut, and counts the bytes', async () => {
    const draft = new EvidenceDraft(testOptions);
    const report = await draft.addFile('app.log', batchesOf(slog('2026-03-04T14:02:00Z', 'INFO', 'ok')));
    draft.addLineStats(report, {
      bytes: 1234,
      lines: 7,
      truncated: 2,
      longest: { line: 3, length: 200_000 },
      error: 'unexpected end of file',
    });
    expect(report.unparsed).toBe(1);
    expect(report.samples).toEqual([
      {
        line: 8,
        reason:
          'stopped reading: the gzip data ends early (a truncated .gz?); the 7 line(s) before it were read, the rest is missing',
      },
      {
        line: 3,
        reason:
          '2 line(s) longer than 64 KiB were cut to their first 64 KiB, the rest skipped; the longest, line 3, has 200,000 characters',
      },
    ]);
    expect(draft.result().stats.bytes).toBe(1234);
  });

  it('gives a crash at the start of a later parallel part the time of the part before it, marked approximate', async () => {
    const first = new EvidenceDraft(testOptions);
    await first.addFile('app.log', batchesOf(slog('2026-03-04T14:02:00Z', 'INFO', 'request served')));
    const second = new EvidenceDraft(testOptions);
    const crash = [
      'panic: runtime error: invalid memory address or nil pointer dereference',
      '',
      'goroutine 1 [running]:',
      'main.main()',
      '\t/app/main.go:12 +0x1d',
    ];
    await second.addFile('app.log', batchesOf(crash.join('\n')));
    const merged = new EvidenceDraft(testOptions);
    merged.addParts([first.part(), second.part()]);
    const panic = merged.result().events.find((event) => event.kind === 'panic');
    expect(panic).toMatchObject({ at: '2026-03-04T14:02:00.000Z', approximate: true, origin: { line: 2 } });
  });

  it('reads a file that starts with `[worker] …` program output as lines, not as a JSON document', async () => {
    const draft = new EvidenceDraft(testOptions);
    const text = [
      '[ledger-worker-2] applied amount=200',
      "thread 'main' (13961) panicked at src/lib.rs:14:65:",
      'called `Option::unwrap()` on a `None` value',
    ].join('\n');
    const report = await draft.addFile('stderr.txt', batchesOf(text));
    expect(report).toMatchObject({ format: 'text', unparsed: 1 });
    expect(draft.result().events).toEqual([
      expect.objectContaining({
        kind: 'panic',
        at: null,
        approximate: false,
        origin: { file: 'stderr.txt', line: 2 },
      }),
    ]);
  });
});

describe('EvidenceDraft with a binary file', () => {
  it('says the file is binary and reads none of it as evidence', async () => {
    const draft = new EvidenceDraft(testOptions);
    const bytes = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(i % 7 === 0 ? 65 : i % 32));
    const report = await draft.addFile('core', batchesOf(`\u007fELF${bytes.join('')}\nmore\u0000\u0001`));
    expect(report).toMatchObject({ format: 'binary', unparsed: 1 });
    expect(report.samples[0]?.reason).toContain('binary content');
    expect(draft.result().events).toEqual([]);
  });
});
