import { describe, expect, it } from 'vitest';
import { technicalHomonyms } from './rules/generated/lexicon.js';
import { homonymSpans, isMention, mentionFrames } from './sentence-context.js';

describe('sentence context', () => {
  it('names, for every mention frame and homonym, words that its pattern spells out', () => {
    for (const { needs, pattern } of [...mentionFrames, ...technicalHomonyms]) {
      expect(needs.length, pattern.source).toBeGreaterThan(0);
      for (const need of needs) expect(pattern.source, need).toContain(need.trim());
    }
  });

  it('recognises a sentence that mentions blame words to remove them', () => {
    expect(isMention('we removed the phrase "human error" from the summary.')).toBe(true);
    expect(isMention('the earlier draft said the operator was careless.')).toBe(true);
    expect(isMention('bob forgot to run the migration.')).toBe(false);
  });

  it('finds the technique names where blame words are not blame', () => {
    const lower = 'git blame showed the lazy loading path was slow.';
    expect(homonymSpans(lower)).toEqual([
      { start: 21, end: 33 },
      { start: 0, end: 9 },
    ]);
    expect(homonymSpans('the reviewer was lazy.')).toEqual([]);
  });
});
