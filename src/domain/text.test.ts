import { describe, expect, it } from 'vitest';
import { lineText, proseText, requiredLine } from './text.js';

describe('text fields', () => {
  it('refuse a NUL character by name, in lines and in prose', () => {
    for (const schema of [lineText(), requiredLine(), proseText()]) {
      expect(schema.safeParse('checkout\u0000errors').error?.issues[0]?.message).toBe(
        'expected text without NUL (U+0000) characters',
      );
    }
  });

  it('keep a line to one line, and normalise line endings in prose', () => {
    expect(lineText().safeParse('two\nlines').error?.issues[0]?.message).toBe(
      'expected one line without line breaks',
    );
    expect(proseText().parse('  a\r\nb\rc  ')).toBe('a\nb\nc');
  });
});
