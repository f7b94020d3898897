import { describe, expect, it } from 'vitest';
import { applyPatch, changedFields, chunks, escapeLike, nowIso } from './record-helpers.js';

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
});
