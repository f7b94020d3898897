import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeCell,
  escapeOptionalCell,
  escapeProse,
  escapeReaderText,
  readerMarkdownText,
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

describe("a reader's Markdown", () => {
  it.each([
    ['See [the runbook](https://example.com/run(book)', 'See [the runbook\\](https://example.com/run(book)'],
    ['See [the runbook](https://example.com/runbook).', 'See [the runbook](https://example.com/runbook).'],
    [
      'Mail [us](mailto:sre@example.com) or <b>not</b>',
      'Mail [us](mailto:sre@example.com) or \\<b\\>not\\</b\\>',
    ],
    ['Jump to [the timeline](#timeline).', 'Jump to the timeline.'],
    ['Notes in [our notes](./notes.md "notes").', 'Notes in our notes.'],
    [
      '![graph](https://example.com/g.png) and [](https://example.com)',
      '[graph](https://example.com/g.png) and [https://example.com](https://example.com)',
    ],
    ['[x](javascript:alert(1))', '[x\\](javascript:alert(1))'],
    ['A [`code`](https://example.com) link', 'A [\\`code\\`](https://example.com) link'],
    ['Pool `max_conns <*>` hit, `a ` b', 'Pool `max_conns <*>` hit, `a ` b'],
    ['Lone ` tick <b>', 'Lone \\` tick \\<b\\>'],
  ])('keeps a link a reader can follow and the words of one they cannot: %s', (text, expected) => {
    expect(escapeReaderText(text)).toBe(expected);
  });

  it('reads a kept link as its words', () => {
    expect(readerMarkdownText(escapeReaderText('See [the `run` book](https://example.com/r) <now>'))).toBe(
      'See the `run` book <now>',
    );
  });
});
