import { describe, expect, it } from 'vitest';
import { ConflictError } from '../domain/index.js';
import { applyPatch, changedFields, chunks, escapeLike, nowIso, requireVersion } from './record-helpers.js';

describe('record helpers', () => {
  it('hands out strictly increasing timestamps even within one millisecond', () => {
    const stamps = Array.from({ length: 50 }, () => nowIso());
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('applies a patch where undefined clears a field', () => {
    expect(applyPatch({ a: 1, b: 2 }, { b: undefined, c: 3 })).toEqual({ a: 1, c: 3 });
  });

  it('lists only the fields that changed, with old and new values', () => {
    expect(changedFields({ a: 1, b: [1], c: 'x' }, { a: 1, b: [2], d: true })).toEqual({
      b: { old: [1], new: [2] },
      c: { old: 'x', new: null },
      d: { old: null, new: true },
    });
  });

  it('escapes LIKE wildcards and the escape character itself', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });

  it('splits a list into chunks of at most the given size', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('refuses a stale version with a conflict that names both versions and carries the stored record', () => {
    const stored = { id: 'inc_1', version: 3 };
    expect(() => requireVersion('incident inc_1', stored, 3)).not.toThrow();
    let thrown: unknown;
    try {
      requireVersion('incident inc_1', stored, 2);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConflictError);
    expect((thrown as ConflictError).message).toBe(
      'incident inc_1 changed since version 2; it is now at version 3',
    );
    expect((thrown as ConflictError).current).toBe(stored);
  });
});
