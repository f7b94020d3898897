import { describe, expect, it } from 'vitest';
import { snippetPieces } from './snippet.js';

describe('a search snippet', () => {
  it('shows a code span as code without its backticks, across the matched words inside it', () => {
    const pieces = snippetPieces([
      { text: 'pool `db: ', match: false },
      { text: 'exhausted', match: true },
      { text: ' <*>` at 14:02', match: false },
    ]);
    expect(pieces).toEqual([
      { text: 'pool ', match: false, code: false },
      { text: 'db: ', match: false, code: true },
      { text: 'exhausted', match: true, code: true },
      { text: ' <*>', match: false, code: true },
      { text: ' at 14:02', match: false, code: false },
    ]);
  });

  it('keeps an unpaired backtick and plain text as they are', () => {
    expect(snippetPieces([{ text: 'a ` b', match: false }])).toEqual([
      { text: 'a ` b', match: false, code: false },
    ]);
  });
});
