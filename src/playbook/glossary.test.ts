import { describe, expect, it } from 'vitest';
import { findGlossaryTerm, glossaryEntriesIn, glossaryEntryFor, searchGlossary } from './glossary.js';

describe('glossary lookup', () => {
  it('finds a term by id, name or alias, ignoring case', () => {
    expect(findGlossaryTerm('error-budget')?.term).toBe('Error budget');
    expect(findGlossaryTerm('Blast Radius')?.id).toBe('blast-radius');
    expect(findGlossaryTerm('mean time to detect')?.id).toBe('mttd');
    expect(findGlossaryTerm('no such thing')).toBeUndefined();
  });

  it.each([
    ['fatal error: all goroutines are asleep - deadlock!', 'go-deadlock'],
    [
      "thread 'main' panicked at src/main.rs:4:37:\ncalled `Option::unwrap()` on a `None` value",
      'rust-unwrap-panic',
    ],
    ['called `Result::unwrap()` on an `Err` value: Os { code: 2 }', 'rust-unwrap-panic'],
    ['Last State: Terminated Reason: OOMKilled Exit Code: 137', 'oom-kill'],
    ['fatal error: concurrent map writes', 'concurrent-map-writes'],
    [
      "thread 'tokio-runtime-worker' has overflowed its stack\nfatal runtime error: stack overflow",
      'rust-stack-overflow',
    ],
    [
      'runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow',
      'go-stack-overflow',
    ],
    ['panic: assignment to entry in nil map', 'nil-map-write'],
    ['rpc error: code = DeadlineExceeded desc = context deadline exceeded', 'context-deadline-exceeded'],
    ['PoisonError { .. }', 'poisoned-mutex'],
    ['Back-off restarting failed container api in pod api-7f9 (CrashLoopBackOff)', 'crash-loop'],
    ['dial tcp: lookup db.internal on 10.0.0.2:53: no such host', 'dns-failure'],
  ])('links the failure in %j to %s', (text, id) => {
    expect(glossaryEntryFor(text)?.id).toBe(id);
  });

  it('matches names only as whole words', () => {
    expect(glossaryEntryFor('we saw a retry storm after the deploy')?.id).toBe('retry-storm');
    expect(glossaryEntryFor('slots and slopes')).toBeUndefined();
  });

  it('lists every term a sentence mentions', () => {
    const ids = glossaryEntriesIn('The canary missed a goroutine leak that burned the error budget.').map(
      (e) => e.id,
    );
    expect(ids).toEqual(expect.arrayContaining(['canary', 'goroutine-leak', 'error-budget']));
  });

  it('suggests terms that contain a partial query', () => {
    expect(searchGlossary('mutex').map((e) => e.id)).toEqual(expect.arrayContaining(['poisoned-mutex']));
    expect(searchGlossary('   ')).toEqual([]);
  });
});
