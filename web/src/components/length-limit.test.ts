import { describe, expect, it } from 'vitest';
import { overLimit } from './length-limit.js';

describe('overLimit', () => {
  it('says nothing while the text fits, and by how much it is over when it does not', () => {
    expect(overLimit('a'.repeat(500), 500)).toBeUndefined();
    expect(overLimit('a'.repeat(501), 500)).toBe(
      '501 characters; at most 500 fit. Shorten it by 1 to send it.',
    );
  });
});
