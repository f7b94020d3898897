import { describe, expect, it } from 'vitest';
import { maskInline } from './inline-mask.js';

describe('masking inline Markdown', () => {
  it('turns backticked code and URLs into runs of _ of the same length', () => {
    expect(maskInline('call `resp.Body.Close()` now')).toBe('call `_________________` now');
    expect(maskInline('see `ab` and https://x.io/a')).toBe(`see \`__\` and ${'_'.repeat(14)}`);
  });

  it('blanks bold and emphasis markers but not the words', () => {
    expect(maskInline('a __bold__ and _soft_ word')).toBe('a   bold   and  soft  word');
  });
});
