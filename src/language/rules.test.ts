import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { rules } from './rules.js';
import { categories } from './types.js';

describe('the rule data', () => {
  it('gives every rule a unique id prefixed by its category', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) expect(rule.id.startsWith(`${rule.category}/`)).toBe(true);
  });

  it('gives every rule a message, a suggestion, a question and examples both ways', () => {
    for (const rule of rules) {
      expect(rule.message.length, rule.id).toBeGreaterThan(10);
      expect(rule.suggestions.length, rule.id).toBeGreaterThan(0);
      expect(rule.question.endsWith('?'), rule.id).toBe(true);
      expect(rule.examples.match.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('covers every category of the taxonomy', () => {
    for (const category of categories) expect(rules.some((rule) => rule.category === category)).toBe(true);
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it.each(rule.examples.match)('fires on "%s"', (sentence) => {
    const findings = analyze(sentence, { rules: [id] });
    expect(findings.map((finding) => finding.ruleId)).toEqual([id]);
  });

  it.each(rule.examples.noMatch)('stays quiet on "%s"', (sentence) => {
    expect(analyze(sentence)).toEqual([]);
  });
});
