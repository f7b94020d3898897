import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleContent } from '../../../scripts/compile-content.js';
import { languageContent } from '../../../scripts/content/language.js';
import { rules } from '../rules.js';
import { ruleFileSchema } from './schema.js';

const root = resolve(import.meta.dirname, '../../..');

const rule = {
  id: 'judgmental/example',
  message: 'A message long enough to read.',
  suggestions: ['Say what happened.'],
  question: 'What made it look right?',
  cue: ['sloppy'],
  pattern: '\\bsloppy\\b',
  examples: { match: ['A sloppy change.'], noMatch: ['A careful change.'] },
};
const issues = (file: unknown) =>
  ruleFileSchema.safeParse(file).error?.issues.map((issue) => issue.message) ?? [];

describe('the rule data files', () => {
  it('are well formed and compile to the generated modules that are checked in', () => {
    // Fails when a YAML file was edited without `npm run content`, or a generated module by hand.
    expect(staleContent(root, languageContent(root))).toEqual([]);
  });

  it('compile to one rule per entry, every category included', () => {
    expect(rules.length).toBeGreaterThanOrEqual(60);
    expect(new Set(rules.map((r) => r.category)).size).toBe(10);
  });

  it('accept a well-formed rule file', () => {
    expect(issues({ category: 'judgmental', rules: [rule] })).toEqual([]);
  });

  it('reject a rule without a suggestion or examples, or with a misspelt field', () => {
    expect(issues({ category: 'judgmental', rules: [{ ...rule, suggestions: [] }] })).toHaveLength(1);
    expect(
      issues({ category: 'judgmental', rules: [{ ...rule, examples: { match: ['x y'] } }] }),
    ).toHaveLength(1);
    expect(issues({ category: 'judgmental', rules: [{ ...rule, agentat: 'clause' }] })).toHaveLength(1);
  });

  it('reject a duplicate id, an id outside the file category and an upper-case cue', () => {
    expect(issues({ category: 'judgmental', rules: [rule, rule] })).toEqual([
      'duplicate id judgmental/example',
    ]);
    expect(issues({ category: 'minimizing', rules: [rule] })).toEqual([
      'expected the id to start with "minimizing/"',
    ]);
    expect(issues({ category: 'judgmental', rules: [{ ...rule, cue: ['Sloppy'] }] })).toEqual([
      'expected a lower-case word or phrase',
    ]);
  });
});
