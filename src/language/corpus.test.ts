import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus/load-corpus.js';
import { evaluate } from './evaluate.js';
import { categories } from './types.js';

const corpus = loadCorpus((name) => readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8'));

describe('the labelled corpus', () => {
  it('holds at least 400 sentences, at least half of them neutral', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    expect(corpus.filter((s) => s.label === 'neutral').length * 2).toBeGreaterThanOrEqual(corpus.length);
  });

  it('covers every category with at least fifteen sentences and every trap group of section 3.4', () => {
    for (const category of categories) {
      expect(corpus.filter((s) => s.label === category).length, category).toBeGreaterThanOrEqual(15);
    }
    const traps = new Set(corpus.filter((s) => s.label === 'neutral').map((s) => s.group));
    expect(traps.size).toBeGreaterThanOrEqual(15);
  });

  it('has no duplicate sentences', () => {
    const texts = corpus.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('the analyzer on the corpus', () => {
  const result = evaluate(corpus);

  it('keeps precision at or above 0.95 and recall at or above 0.9', () => {
    expect(result.precision, JSON.stringify(result.mistakes.slice(0, 10))).toBeGreaterThanOrEqual(0.95);
    expect(result.recall, JSON.stringify(result.mistakes.slice(0, 10))).toBeGreaterThanOrEqual(0.9);
  });

  it('names the labelled category for at least 90% of true positives', () => {
    expect(result.categoryAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('flags no more than one in ten sentences of any trap group', () => {
    for (const [group, stats] of Object.entries(result.falsePositiveRateByGroup)) {
      expect(stats.rate, group).toBeLessThanOrEqual(0.1);
    }
  });
});
