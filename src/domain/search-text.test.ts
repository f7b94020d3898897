import { describe, expect, it } from 'vitest';
import { parseSearchText, searchLimits, snippetOf, tellingWords } from './search-text.js';

describe('search text', () => {
  it('takes words of any script in lower case, phrases in quotes, each once', () => {
    expect(parseSearchText('Pool TIMEOUT "connection pool" Özlem 张伟 pool')).toEqual([
      { words: ['pool'], phrase: false },
      { words: ['timeout'], phrase: false },
      { words: ['connection', 'pool'], phrase: true },
      { words: ['özlem'], phrase: false },
      { words: ['张伟'], phrase: false },
    ]);
  });

  it('reads operators and punctuation as nothing but separators, and an unclosed quote as no quote', () => {
    expect(parseSearchText('a:* & !b | (c) NEAR "x').map((term) => term.words.join(' '))).toEqual([
      'a',
      'b',
      'c',
      'near',
      'x',
    ]);
    expect(parseSearchText('"" " " *** ;--')).toEqual([]);
    expect(parseSearchText('"one"')).toEqual([{ words: ['one'], phrase: false }]);
  });

  it('keeps at most the first terms and cuts very long words', () => {
    const many = parseSearchText(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '));
    expect(many).toHaveLength(searchLimits.terms);
    expect(parseSearchText('y'.repeat(500))[0]?.words[0]).toHaveLength(searchLimits.wordLength);
  });

  it('picks the telling words of an incident, without common words or short ones, numbers kept', () => {
    expect(
      tellingWords('The checkout service returned 503s: the DB pool was exhausted for 40 minutes'),
    ).toEqual(['checkout', 'returned', '503s', 'pool', 'exhausted', '40']);
  });
});

describe('snippets', () => {
  const terms = (text: string) => parseSearchText(text);
  it('marks every matched word, prefixes from two characters, phrases in order, nothing else', () => {
    expect(snippetOf('Connection-pool exhausted; pool waits grew', terms('pool exhaust'))).toEqual([
      { text: 'Connection-', match: false },
      { text: 'pool', match: true },
      { text: ' ', match: false },
      { text: 'exhausted', match: true },
      { text: '; ', match: false },
      { text: 'pool', match: true },
      { text: ' waits grew', match: false },
    ]);
    const phrase = snippetOf('load test, test load', terms('"load test"'));
    expect(phrase.filter((part) => part.match).map((part) => part.text)).toEqual(['load', 'test']);
    expect(snippetOf('a b ab', terms('a')).filter((part) => part.match)).toHaveLength(1);
  });

  it('shows the words around the most matches in a long text, cut with an ellipsis, on one line', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const parts = snippetOf(`${filler}\npool\texhausted here ${filler}`, terms('pool exhausted'), 10);
    const text = parts.map((part) => part.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('pool exhausted here');
    expect(text.split(' ').length).toBeLessThanOrEqual(12);
  });
});
