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
  });
});
