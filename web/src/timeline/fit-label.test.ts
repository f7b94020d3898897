import { describe, expect, it } from 'vitest';
import { fitLabel } from './fit-label.js';

describe('fitLabel', () => {
  it('keeps a label that fits, cuts one that does not with an ellipsis, and drops it where nothing fits', () => {
    expect(fitLabel('Responding', 400, 15)).toBe('Responding');
    expect(fitLabel('Impact, not yet detected', 100, 15)).toBe('Impact, no…');
    expect(fitLabel('Impact, not yet detected', 100, 15).length * 9).toBeLessThanOrEqual(100);
    expect(fitLabel('Recovering', 30, 15)).toBe('');
  });
});
