import { describe, expect, it } from 'vitest';
import { diffWords } from './word-diff.js';

describe('word diff', () => {
  it('shows the words added and removed between two versions', () => {
    expect(diffWords('Retries piled up.', 'Client retries stormed up.')).toEqual([
      { kind: 'removed', text: 'Retries' },
      { kind: 'added', text: 'Client' },
      { kind: 'same', text: ' ' },
      { kind: 'removed', text: 'piled' },
      { kind: 'added', text: 'retries stormed' },
      { kind: 'same', text: ' up.' },
    ]);
  });

  it('keeps unchanged text as one run and marks text added at the end', () => {
    expect(diffWords('a b', 'a b c')).toEqual([
      { kind: 'same', text: 'a b' },
      { kind: 'added', text: ' c' },
    ]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('gone', '')).toEqual([{ kind: 'removed', text: 'gone' }]);
  });
});
