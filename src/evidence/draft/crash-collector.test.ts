import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../evidence-item.js';
import { CrashCollector, type LastSeen } from './crash-collector.js';

function collect(text: string, last: LastSeen = { at: null }): { crashes: EvidenceItem[]; rest: string[] } {
  const collector = new CrashCollector({ zone: 'UTC' });
  const rest: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!collector.offer(line, i + 1, last)) rest.push(line);
  });
  return { crashes: collector.finish(), rest };
}

const goPanic = `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1b2c]

goroutine 42 [running]:
main.(*Handler).charge(0x0, {0xc000123, 0x5})
\t/app/handler.go:88 +0x1c
main.main()
\t/app/main.go:21 +0x45
exit status 2`;

describe('CrashCollector with Go', () => {
  it('turns a panic and its goroutine stack into one event naming the first frame of ours', () => {
    const { crashes, rest } = collect(`${goPanic}\n{"msg":"next"}`, { at: '2026-03-04T14:02:11.000Z' });
    expect(rest).toEqual(['{"msg":"next"}']);
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({
      kind: 'panic',
      severity: 'critical',
      at: '2026-03-04T14:02:11.000Z',
      approximate: true,
      line: 1,
      message:
        'Go panic: runtime error: invalid memory address or nil pointer dereference in main.(*Handler).charge (/app/handler.go:88)',
    });
  });

  it('leaves the time unknown when no timestamped line came before', () => {
    const { crashes } = collect(goPanic);
    expect(crashes[0]).toMatchObject({ at: null, approximate: false });
  });

  it('describes a recovered and re-panicked panic in both the old and the Go 1.23 form', () => {
    const old = collect(
      'panic: first problem [recovered]\n\tpanic: second problem\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1',
    );
    expect(old.crashes[0]?.message).toBe(
      'Go panic: first problem (recovered; re-panicked: second problem) in main.main (/app/main.go:9)',
    );
    const modern = collect(
      'panic: boom [recovered, repanicked]\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1',
    );
    expect(modern.crashes[0]?.message).toBe('Go panic: boom (recovered) in main.main (/app/main.go:9)');
  });

  it('reads the fatal error variants as crashes', () => {
    const cases = [
      [
        'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()',
        'deadlock',
      ],
      [
        'fatal error: concurrent map writes\n\ngoroutine 7 [running]:\nmain.store(...)\n\t/app/s.go:3 +0x1',
        'concurrent map writes',
      ],
      [
        'runtime: out of memory: cannot allocate 1048576-byte block\nfatal error: out of memory',
        'out of memory',
      ],
      [
        'runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\nruntime stack:',
        'stack overflow',
      ],
    ] as const;
    for (const [text, words] of cases) {
      const { crashes } = collect(text);
      expect(crashes).toHaveLength(1);
      expect(crashes[0]?.kind).toBe('crash');
      expect(crashes[0]?.message).toContain(words);
    }
  });

  it('places a deadlock, where no goroutine runs, at the first frame of the program blocked in it', () => {
    const { crashes } = collect(
      [
        'fatal error: all goroutines are asleep - deadlock!',
        '',
        'goroutine 1 [semacquire]:',
        'sync.runtime_Semacquire(0xc000012098?)',
        '\t/usr/lib/go-1.19/src/runtime/sema.go:62 +0x25',
        'sync.(*WaitGroup).Wait(0x0?)',
        '\t/usr/lib/go-1.19/src/sync/waitgroup.go:139 +0x52',
        'main.main()',
        '\t/app/main.go:12 +0x1d',
        '',
        'goroutine 6 [chan send]:',
        'main.worker()',
        '\t/app/main.go:20 +0x2a',
      ].join('\n'),
    );
    expect(crashes[0]?.message).toBe(
      'Go fatal error: all goroutines are asleep - deadlock! in main.main (/app/main.go:12)',
    );
  });

  it("hands back another thread's line cut into a Rust backtrace line, and takes the line's rest", () => {
    const collector = new CrashCollector({ zone: 'UTC' });
    const rest: string[] = [];
    const lines = [
      '[main] tick=1',
      "thread '<unnamed>' (7) panicked at src/a.rs:11:15:",
      'index out of bounds: the len is 0 but the index is 3',
      'stack backtrace:',
      '   0: __rustc::rust_begin_unwind',
      '             at /rustc/x/library/std/src/panicking.rs:689:[main] tick=2',
      '[main] tick=3',
      '5',
      '   2: core::[main] tick=4',
      'panicking::panic_bounds_check',
      '             at /rustc/x/library/core/src/panicking.rs[main] tick=5',
      ':271:5',
      '   5: a::main::{{closure}}',
      '[main] tick=6',
    ];
    lines.forEach((line, i) => {
      if (!collector.offer(line, i + 1, { at: null })) rest.push(line);
      const stray = collector.takeStray();
      if (stray !== undefined) rest.push(stray);
    });
    expect(collector.finish()).toHaveLength(1);
    expect(rest).toEqual([
      '[main] tick=1',
      '[main] tick=2',
      '[main] tick=3',
      '[main] tick=4',
      '[main] tick=5',
      '[main] tick=6',
    ]);
  });

  it('reads goroutine headers with the gp= and m= fields newer Go prints (written from runtime/traceback.go)', () => {
    const { crashes, rest } = collect(
      [
        'panic: boom',
        '',
        'goroutine 1 gp=0xc000002380 m=0 mp=0x5a3420 [running]:',
        'main.main()',
        '\t/app/main.go:9 +0x1d',
        '',
        'goroutine 5 gp=0xc000007340 m=nil [chan receive]:',
        'main.worker()',
        '\t/app/main.go:14 +0x2a',
        'exit status 2',
      ].join('\n'),
    );
    expect(rest).toEqual([]);
    expect(crashes.map((crash) => crash.message)).toEqual(['Go panic: boom in main.main (/app/main.go:9)']);
  });

  it('reads a SIGQUIT dump as one crash', () => {
    const { crashes, rest } = collect(
      'SIGQUIT: quit\nPC=0x45f9a0 m=0 sigcode=0\n\ngoroutine 1 [sleep]:\ntime.Sleep(0x34630b8a000)\n\truntime/time.go:195 +0x135\n\nrax    0xfffffffffffffffc\nrflags 0x246',
    );
    expect(rest).toEqual([]);
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({
      kind: 'crash',
      message: 'Go process killed by SIGQUIT (quit): dump of 1 goroutine(s)',
    });
  });

  it("takes net/http's `http: panic serving` with its own log timestamp, exactly", () => {
    const { crashes } = collect(
      '2026/03/04 14:02:11 http: panic serving 10.0.0.9:53412: assignment to entry in nil map\ngoroutine 34 [running]:\nnet/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:1898 +0xbe\nmain.handle(...)\n\t/app/h.go:5 +0x2',
    );
    expect(crashes[0]).toMatchObject({
      at: '2026-03-04T14:02:11.000Z',
      approximate: false,
      severity: 'error',
    });
    expect(crashes[0]?.message).toContain('assignment to entry in nil map');
  });
});

describe('CrashCollector with Rust', () => {
  it('reads the current panic form with a backtrace', () => {
    const { crashes, rest } = collect(
      "thread 'main' panicked at src/main.rs:5:10:\ncalled `Result::unwrap()` on an `Err` value: Timeout\nstack backtrace:\n   0: rust_begin_unwind\n             at /rustc/abc/library/std/src/panicking.rs:645:5\nnote: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.\n[2026-03-04T14:03:00Z INFO app] restarted",
    );
    expect(rest).toEqual(['[2026-03-04T14:03:00Z INFO app] restarted']);
    expect(crashes[0]?.message).toBe(
      "Rust panic in thread 'main' at src/main.rs:5:10: called `Result::unwrap()` on an `Err` value: Timeout",
    );
  });

  it('reads the older one-line form and notes a poisoned mutex', () => {
    const { crashes } = collect(
      "thread 'worker-3' panicked at 'called `Result::unwrap()` on an `Err` value: PoisonError { .. }', src/pool.rs:41:22\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    );
    expect(crashes[0]?.message).toContain("thread 'worker-3' at src/pool.rs:41:22");
    expect(crashes[0]?.message).toContain('poisoned mutex');
  });

  it('reads a stack overflow as a crash', () => {
    const { crashes } = collect(
      "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow\nAborted",
    );
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({ kind: 'crash', message: "Rust stack overflow in thread 'main'" });
  });

  it('reads the thread id rustc 1.80+ prints, and ends the message at the next line of program output', () => {
    const { crashes, rest } = collect(
      "thread 'main' (19536) panicked at src/poison.rs:18:33:\ncalled `Result::unwrap()` on an `Err` value: PoisonError { .. }\n[main] shutting down",
    );
    expect(rest).toEqual(['[main] shutting down']);
    expect(crashes[0]?.message).toContain(
      "thread 'main' at src/poison.rs:18:33: called `Result::unwrap()` on an `Err` value: PoisonError",
    );
  });

  it('keeps backtrace frames printed after other threads wrote in between out of the log', () => {
    const { crashes, rest } = collect(
      "thread '<unnamed>' (19551) panicked at src/a.rs:8:42:\nboom\nstack backtrace:\n[worker-1] batch=1\n   0: __rustc::rust_begin_unwind\n             at /rustc/x/library/std/src/panicking.rs:689:5\nnote: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.\n[main] done",
    );
    expect(rest).toEqual(['[worker-1] batch=1', '[main] done']);
    expect(crashes).toHaveLength(1);
    expect(crashes[0]?.message).toBe("Rust panic in thread '<unnamed>' at src/a.rs:8:42: boom");
  });

  it('takes the line after `panicked at` as the message even when it looks like program output', () => {
    const { crashes, rest } = collect(
      "thread 'main' (7) panicked at src/a.rs:3:5:\n[shard-2] ledger out of balance\n[main] bye",
    );
    expect(rest).toEqual(['[main] bye']);
    expect(crashes[0]?.message).toBe(
      "Rust panic in thread 'main' at src/a.rs:3:5: [shard-2] ledger out of balance",
    );
  });

  it('makes each of two panics in a row its own event', () => {
    const { crashes } = collect(
      "thread 'w' (2) panicked at src/a.rs:1:1:\nfirst\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\nthread 'main' (1) panicked at src/a.rs:2:2:\nsecond",
    );
    expect(crashes.map((crash) => crash.message)).toEqual([
      "Rust panic in thread 'w' at src/a.rs:1:1: first",
      "Rust panic in thread 'main' at src/a.rs:2:2: second",
    ]);
  });

  it('reads the current stack overflow form with a thread id', () => {
    const { crashes } = collect(
      "thread 'main' (13995) has overflowed its stack\nfatal runtime error: stack overflow, aborting",
    );
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({ kind: 'crash', message: "Rust stack overflow in thread 'main'" });
  });
});
