import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

// Output of real Rust programs (rustc 1.95), captured by test/fixtures/real/generate.sh.
const folder = new URL('../../../test/fixtures/real/captured/rust/', import.meta.url);
const captured = readdirSync(folder).filter((name) => name.endsWith('.txt'));

/** What a user expects from each program's crash: kind, summary, and whether its time comes from log lines. */
const expected: Record<string, { kind: 'panic' | 'crash'; summaries: string[]; timed?: boolean }> = {
  unwrap_none: {
    kind: 'panic',
    summaries: ["thread 'main' at src/unwrap_none.rs:5:23: called `Option::unwrap()` on a `None` value"],
  },
  expect_err: {
    kind: 'panic',
    summaries: [
      "thread 'main' at src/expect_err.rs:11:40: ledger entry amount must be an integer: ParseIntError { kind: InvalidDigit }",
    ],
    timed: true,
  },
  index_oob: {
    kind: 'panic',
    summaries: ['at src/index_oob.rs:5:37: index out of bounds: the len is 3 but the index is 7'],
  },
  overflow: { kind: 'panic', summaries: ['at src/overflow.rs:5:9: attempt to add with overflow'] },
  unreachable: {
    kind: 'panic',
    summaries: [
      'at src/unreachable.rs:6:18: internal error: entered unreachable code: ledger entry in unknown state 4',
    ],
  },
  poison: {
    kind: 'panic',
    summaries: [
      "thread 'ledger-worker-2' at src/poison.rs:13:13: ledger invariant violated: negative balance after amount=-500",
      "thread 'main' at src/poison.rs:18:33: called `Result::unwrap()` on an `Err` value: PoisonError { .. } (poisoned mutex",
    ],
  },
  thread_panic: {
    kind: 'panic',
    summaries: [
      "thread '<unnamed>' at src/thread_panic.rs:8:42: called `Result::unwrap()` on an `Err` value: ParseIntError { kind: Empty }",
    ],
  },
  stack_overflow: { kind: 'crash', summaries: ["Rust stack overflow in thread 'main'"] },
};

/** The program's own output lines: read as plain text without a time, so counted as unparsed, nothing more. */
const programOutput = /^(?:\[(?:main|ledger-worker-\d)\] |running total |entry state |routing to )/;

async function draftOf(name: string) {
  const text = readFileSync(new URL(name, folder), 'utf8');
  const draft = new EvidenceDraft(testOptions);
  await draft.addFile(name, batchesOf(text, 64));
  return { text, result: draft.result() };
}

describe('Rust panics captured from rustc 1.95 programs', () => {
  it('has a capture of every program in debug and release, with and without backtraces', () => {
    for (const program of Object.keys(expected)) {
      expect(captured).toContain(`${program}.debug.txt`);
      expect(captured).toContain(`${program}.release.txt`);
    }
    expect(captured.filter((name) => name.includes('.backtrace-')).length).toBeGreaterThanOrEqual(6);
  });

  for (const name of captured) {
    const program = name.split('.')[0] as string;
    const want = expected[program];
    if (!want) continue;
    // Release builds do not check overflow: the sum wraps and nothing crashes.
    const crashes = program === 'overflow' && name.includes('.release') ? [] : want.summaries;

    it(`finds every crash in ${name} with its message and location, and leaks no backtrace into the log`, async () => {
      const { text, result } = await draftOf(name);
      const events = result.events.filter((event) => event.kind === 'panic' || event.kind === 'crash');
      expect(events.map((event) => event.summary)).toEqual(
        crashes.map((summary) => expect.stringContaining(summary)),
      );
      for (const event of events) {
        expect(event).toMatchObject({ kind: want.kind, severity: 'critical', source: 'rust-panic' });
        expect(text.split('\n')[event.origin.line - 1]).toMatch(/^thread '/);
        if (want.timed) expect(event).toMatchObject({ at: expect.any(String), approximate: true });
        else expect(event.at).toBeNull();
      }
      const output = text.split('\n').filter((line) => programOutput.test(line)).length;
      expect(result.files[0]).toMatchObject({ format: 'text', unparsed: output });
      expect(
        result.signatures.every((signature) => !/rust_begin_unwind|panicking/.test(signature.template)),
      ).toBe(true);
    });
  }

  it('keeps a backtrace that another thread printed into, inside its lines too, one crash, and each of those lines its own', async () => {
    const { text, result } = await draftOf('interleaved.debug.backtrace-1.txt');
    const events = result.events.filter((event) => event.kind === 'panic' || event.kind === 'crash');
    expect(events.map((event) => event.summary)).toEqual([
      "Rust panic in thread '<unnamed>' at src/interleaved.rs:11:15: index out of bounds: the len is 0 but the index is 3",
    ]);
    // Every line main printed is read as a line (unparsed: it has no time), cut into a backtrace line or not, and
    // nothing of the backtrace is.
    const printed = text.match(/\[main\] still serving tick=\d+/g) ?? [];
    expect(printed).toHaveLength(400);
    expect(text).toMatch(/^ +(?:at \S+|\d+: \S+)\[main\]/m);
    expect(result.files[0]).toMatchObject({ unparsed: 400 });
    // The same with main's lines as env_logger records: each is read, and no piece of the backtrace is left over.
    const logged = text.replaceAll('[main] still serving', '[2026-12-02T17:12:58Z INFO  main] still serving');
    const draft = new EvidenceDraft(testOptions);
    await draft.addFile('logged.txt', batchesOf(logged, 64));
    const read = draft.result();
    expect(read.signatures.map((signature) => [signature.template, signature.count])).toEqual([
      ['still serving tick=<*>', 400],
    ]);
    expect(read.files[0]).toMatchObject({ unparsed: 0 });
    expect(read.events.filter((event) => event.kind === 'panic')).toHaveLength(1);
  });
});
