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

  it('refuse control characters and the marks that reorder text, naming the one found, but keep tabs', () => {
    const title = 'ESC\u001b]0;pwned\u0007\u001b[2J RED\u202eevil';
    for (const schema of [lineText(), requiredLine(), proseText()]) {
      expect(schema.safeParse(title).error?.issues[0]?.message).toBe(
        'expected text without control characters (found U+001B)',
      );
      expect(schema.safeParse('left\u202eright').error?.issues[0]?.message).toContain('U+202E');
      expect(schema.safeParse('bell\u0085').success).toBe(false);
      expect(schema.safeParse('tab\tseparated, عربى and עברית').success).toBe(true);
    }
    expect(proseText().safeParse('line one\nline two').success).toBe(true);
  });

  it('keep a line to one line, and normalise line endings in prose', () => {
    expect(lineText().safeParse('two\nlines').error?.issues[0]?.message).toBe(
      'expected one line without line breaks',
    );
    expect(proseText().parse('  a\r\nb\rc  ')).toBe('a\nb\nc');
  });
});

describe('text the database can store', () => {
  it('refuses half a surrogate pair and keeps whole characters', async () => {
    const { lineText, proseText } = await import('./text.js');
    for (const schema of [lineText(), proseText()]) {
      expect(schema.safeParse('x\ud800y').success).toBe(false);
      expect(schema.safeParse('x\udc00').success).toBe(false);
      expect(schema.safeParse('café ☕ 😀 连接').success).toBe(true);
    }
  });
});

describe('the error budget spent', () => {
  it('is a fraction up to 100 (10,000%): a percent typed as a fraction beyond that is refused', async () => {
    const { impactSchema } = await import('./incident.js');
    expect(impactSchema.safeParse({ errorBudgetBurn: 0.34 }).success).toBe(true);
    expect(impactSchema.safeParse({ errorBudgetBurn: 7 }).success).toBe(true);
    const huge = impactSchema.safeParse({ errorBudgetBurn: 1e308 });
    expect(huge.success).toBe(false);
    expect(huge.error?.issues[0]?.message).toContain('0.34 is 34%');
  });
});

describe('storableText', () => {
  it('replaces NUL and half surrogate pairs with U+FFFD and keeps whole characters', async () => {
    const { storableText, lineText } = await import('./text.js');
    expect(storableText('a\u0000b\ud800c\udc00d 😀 é')).toBe('a\ufffdb\ufffdc\ufffdd 😀 é');
    expect(lineText().safeParse(storableText('x\ud800\u0000')).success).toBe(true);
    // Terminal colours and titles from a program's output go; other control characters become U+FFFD.
    expect(storableText('\u001b[31mERROR\u001b[0m pool \u001b]0;title\u0007exhausted\u0008!\u202e')).toBe(
      'ERROR pool exhausted\ufffd!\ufffd',
    );
    expect(lineText().safeParse(storableText('a\u001b\u0007\u009bb')).success).toBe(true);
  });
});

describe('a review meeting', () => {
  it('is scheduled before the year 9999, so its invitation has a four-digit year', async () => {
    const { reviewFieldsSchema } = await import('./review.js');
    expect(reviewFieldsSchema.safeParse({ scheduledAt: '9998-12-31T10:00:00Z' }).success).toBe(true);
    const late = reviewFieldsSchema.safeParse({ scheduledAt: '9999-12-31T23:59:59Z', durationMinutes: 1440 });
    expect(late.error?.issues[0]).toMatchObject({
      path: ['scheduledAt'],
      message: 'expected a time before the year 9999',
    });
  });
});
