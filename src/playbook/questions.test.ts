import { describe, expect, it } from 'vitest';
import { questionsFor, questionsForPhase } from './questions.js';

describe('questionsForPhase', () => {
  it('fits the phase’s time box: about one question per two minutes, at least three', () => {
    const all = questionsFor({ phase: 'factors' });
    expect(all.length).toBeGreaterThan(20);
    const fitted = questionsForPhase('factors', { minutes: 13 });
    expect(fitted.shown).toHaveLength(7);
    expect(fitted.rest).toBe(all.length - 7);
    expect(questionsForPhase('factors', { minutes: 2 }).shown).toHaveLength(3);
  });

  it('puts the incident’s own categories first and leaves out questions about categories it does not have', () => {
    const { shown } = questionsForPhase('factors', { categories: ['configuration'], minutes: 40 });
    const first = shown[0];
    expect(first?.categories).toContain('configuration');
    expect(shown.every((q) => q.categories.length === 0 || q.categories.includes('configuration'))).toBe(
      true,
    );
  });

  it('puts a question mainly about the category before one that only touches on it', () => {
    const { shown } = questionsForPhase('factors', { categories: ['configuration'] });
    const tagged = shown.filter((q) => q.categories.length > 0);
    const mainly = tagged.map((q) => q.categories[0] === 'configuration');
    expect(mainly).toContain(false);
    expect(mainly.indexOf(false)).toBe(mainly.lastIndexOf(true) + 1);
  });
});
