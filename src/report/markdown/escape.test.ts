import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeCell,
  escapeOptionalCell,
  escapeProse,
  unescapeCell,
  unescapeOptionalCell,
  unescapeProseLines,
} from './escape.js';
import { splitRow } from './tables.js';

describe('table cell escaping', () => {
  it('escapes backslashes, pipes, line breaks and literal <br> tags', () => {
    expect(escapeCell('a|b\\c\nd<br>e')).toBe('a\\|b\\\\c<br>d\\<br>e');
  });

  it('reads <br/> and <BR> typed by hand as line breaks, and keeps a lone backslash', () => {
    expect(unescapeCell('one<br/>two<BR>three \\d')).toBe('one\ntwo\nthree \\d');
  });

  it('gives back any text after escaping and splitting a row', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), (cells) => {
        const trimmed = cells.map((cell) => cell.trim());
        const row = `| ${trimmed.map(escapeCell).join(' | ')} |`;
        expect(splitRow(row).map(unescapeCell)).toEqual(trimmed);
      }),
      { numRuns: 300, seed: 20260304 },
    );
  });
});

describe('optional cells', () => {
  it('tell an absent value (empty cell) from the empty string ("")', () => {
    expect(escapeOptionalCell(undefined)).toBe('');
    expect(escapeOptionalCell('')).toBe('""');
    expect(unescapeOptionalCell('')).toBeUndefined();
    expect(unescapeOptionalCell('""')).toBe('');
  });

  it('keep a value that is literally "" apart from the marker', () => {
    for (const value of ['""', '\\""', '"', 'a|b']) {
      expect(unescapeOptionalCell(escapeOptionalCell(value))).toBe(value);
    }
    expect(escapeOptionalCell('""')).toBe('\\""');
  });
});

describe('prose escaping', () => {
  it('adds a backslash to lines that would read as headings, and only to those', () => {
    expect(escapeProse('## Not a section\n   #tag\n    # code\ntext # here\n\\# escaped')).toBe(
      '\\## Not a section\n   \\#tag\n    # code\ntext # here\n\\\\# escaped',
    );
  });

  it('removes exactly the backslash it added', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('#', '\\', ' ', 'x', '\n')).map((parts) => parts.join('')),
        (text) => {
          expect(unescapeProseLines(escapeProse(text).split('\n')).join('\n')).toBe(text);
        },
      ),
      { numRuns: 300, seed: 20260304 },
    );
  });
});
