import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fasterBoundaries } from './boundaries.js';
import { loadCorpus } from './corpus/load-corpus.js';
import { rules } from './rules.js';

describe('fasterBoundaries', () => {
  it('rewrites a boundary after a group whose every way ends in a word character', () => {
    expect(fasterBoundaries('\\b(?:a|bc)\\b x')).toBe('\\b(?:a|bc)(?!\\w) x');
    expect(fasterBoundaries('(?:tests?|monitor\\w*|sev ?\\d)\\b')).toBe(
      '(?:tests?|monitor\\w*|sev ?\\d)(?!\\w)',
    );
    expect(fasterBoundaries('(?<agent>ab|c(?:d|e))\\b')).toBe('(?<agent>ab|c(?:d|e))(?!\\w)');
    expect(fasterBoundaries('(?:a(?:b|c))\\b|(?:d)\\b')).toBe('(?:a(?:b|c))(?!\\w)|(?:d)(?!\\w)');
  });

  it('keeps a boundary after a group that may end in another character, or consume nothing', () => {
    for (const source of [
      '(?:a|b )\\b',
      '(?:a|\\u2019)\\b',
      '(?:a|\\x0d)\\b',
      '(?:a|\\p{L})\\b',
      '(?:a|[()])\\b',
      '(?:a(?:b|c )?)\\b',
      '(?=ab)\\b',
      '(?<!ab)\\b',
      '(?:a|)\\b',
      '(?:x\\))\\b',
      '(?:s?)\\b',
      '(?:a|\\1)\\b',
      '(a|b',
    ]) {
      expect(fasterBoundaries(source), source).toBe(source);
    }
  });

  it('leaves every rule matching exactly as written, on the corpus and the rules’ examples', () => {
    const corpus = loadCorpus((name) => readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8'));
    const texts = [
      ...corpus.map((s) => s.text.toLowerCase()),
      ...rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch].map((t) => t.toLowerCase())),
    ];
    let rewritten = 0;
    for (const rule of rules) {
      const faster = fasterBoundaries(rule.pattern.source);
      if (faster !== rule.pattern.source) rewritten++;
      const before = new RegExp(rule.pattern.source, `gd${rule.pattern.flags}`);
      const after = new RegExp(faster, `gd${rule.pattern.flags}`);
      for (const text of texts) {
        const all = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, m[0], m.indices]);
        expect(all(after), `${rule.id}: ${text}`).toEqual(all(before));
      }
    }
    expect(rewritten).toBeGreaterThan(rules.length / 2);
  });
});
