import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

// Output of real Go programs (Debian's go1.19), captured by test/fixtures/real/go/capture.sh.
const folder = new URL('../../../test/fixtures/real/captured/go/', import.meta.url);
const captured = readdirSync(folder).filter((name) => name.endsWith('.txt'));

/** Each program's crash as a user expects it: kind, summary, and whether a log line before it gives a time. */
const expected: Record<string, { kind: 'panic' | 'crash'; summary: string; timed: boolean }> = {
  nil_map: {
    kind: 'panic',
    summary: 'Go panic: assignment to entry in nil map in main.(*ledger).apply (./nil_map.go:9)',
    timed: true,
  },
  nil_pointer: {
    kind: 'panic',
    summary:
      'Go panic: runtime error: invalid memory address or nil pointer dereference in main.charge (./nil_pointer.go:9)',
    timed: false,
  },
  closed_channel: {
    kind: 'panic',
    summary: 'Go panic: send on closed channel in main.main.func1 (./closed_channel.go:13)',
    timed: false,
  },
  concurrent_map: {
    kind: 'crash',
    summary: 'Go fatal error: concurrent map writes in main.main.func1 (./concurrent_map.go:9)',
    timed: false,
  },
  deadlock: {
    kind: 'crash',
    summary: 'Go fatal error: all goroutines are asleep - deadlock! in main.main (./deadlock.go:9)',
    timed: false,
  },
  goroutine_panic: {
    kind: 'panic',
    summary:
      'Go panic: runtime error: index out of range [2] with length 2 in main.worker (./goroutine_panic.go:11)',
    timed: true,
  },
  http_panic: {
    kind: 'panic',
    summary:
      'Go HTTP handler panic (recovered by net/http): assignment to entry in nil map in main.handle (./http_panic.go:14)',
    timed: true,
  },
  log_panicf: {
    kind: 'panic',
    summary: 'Go panic: ledger config invalid: amount precision -2 in main.main (./log_panicf.go:8)',
    timed: true,
  },
  stack_overflow: {
    kind: 'crash',
    summary: 'Go fatal error: stack overflow in main.depth (./stack_overflow.go:6)',
    timed: false,
  },
  recovered_repanic: {
    kind: 'panic',
    summary:
      'Go panic: runtime error: index out of range [3] with length 0 (recovered; re-panicked: ledger corrupted after: runtime error: index out of range [3] with length 0) in main.apply.func1 (./recovered_repanic.go:13)',
    timed: true,
  },
  sigquit: { kind: 'crash', summary: 'Go process killed by SIGQUIT (quit): dump of', timed: true },
  oom: { kind: 'crash', summary: 'Go fatal error: out of memory in main.main (./oom.go:10)', timed: false },
};

describe('Go crashes captured from go1.19 programs', () => {
  it('has a capture of every program', () => {
    expect(captured.map((name) => name.replace(/\.txt$/, '')).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [program, want] of Object.entries(expected)) {
    it(`finds the crash in ${program}.txt with its message and its own code's location`, async () => {
      const text = readFileSync(new URL(`${program}.txt`, folder), 'utf8');
      const draft = new EvidenceDraft(testOptions);
      await draft.addFile(`${program}.txt`, batchesOf(text, 64));
      const { events, files } = draft.result();
      const crashes = events.filter((event) => event.kind === 'panic' || event.kind === 'crash');
      expect(crashes).toHaveLength(1);
      expect(crashes[0]).toMatchObject({ kind: want.kind, source: 'go-crash' });
      expect(crashes[0]?.summary).toContain(want.summary);
      if (want.timed) expect(crashes[0]?.at).toEqual(expect.any(String));
      else expect(crashes[0]?.at).toBeNull();
      // Only the program's own untimed output is left over; no stack frame or register reaches the log.
      const output = text.split('\n').filter((line) => /^\[main\]|^\[ledger-worker-\d\]/.test(line)).length;
      expect(files[0]?.unparsed).toBe(output);
    });
  }
});
