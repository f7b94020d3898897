import { describe, expect, it } from 'vitest';
import { factorCategories } from '../domain/index.js';
import { glossary } from './glossary.js';
import { nuanceTopic, nuanceTopics } from './nuance.js';
import { objections, probingQuestions, questionById, questionsFor } from './questions.js';
import { agendaPhases } from './schema.js';

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

describe('the playbook content', () => {
  it('has at least 15 objections, each with a response and a redirecting question', () => {
    expect(objections.length).toBeGreaterThanOrEqual(15);
    expect(duplicates(objections.map((o) => o.id))).toEqual([]);
    for (const objection of objections) expect(objection.redirect.endsWith('?')).toBe(true);
    for (const objection of objections) expect(objection.systemChecks.length).toBeGreaterThanOrEqual(2);
  });

  it('has at least 60 probing questions with unique ids and wording', () => {
    expect(probingQuestions.length).toBeGreaterThanOrEqual(60);
    expect(duplicates(probingQuestions.map((q) => q.id))).toEqual([]);
    expect(duplicates(probingQuestions.map((q) => q.text.toLowerCase()))).toEqual([]);
  });

  it('has questions for every agenda phase and every factor category', () => {
    for (const phase of agendaPhases) {
      expect(
        probingQuestions.some((q) => q.phase === phase),
        phase,
      ).toBe(true);
    }
    for (const category of factorCategories) {
      expect(
        probingQuestions.some((q) => q.categories.includes(category)),
        category,
      ).toBe(true);
    }
  });

  it('has a training category, explored by questions while the factors are discussed', () => {
    expect(factorCategories).toContain('training');
    for (const category of factorCategories) {
      expect(
        questionsFor({ phase: 'factors' }).some((q) => q.categories.includes(category)),
        category,
      ).toBe(true);
    }
    expect(probingQuestions.filter((q) => q.categories.includes('training')).length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('has guidance on tone for executives, a senior engineer who feels accused, cultures, languages and rank', () => {
    expect(nuanceTopics.map((topic) => topic.id)).toEqual([
      'executives',
      'senior-engineer-feels-accused',
      'across-cultures',
      'across-languages',
      'across-hierarchy',
    ]);
    expect(nuanceTopic('Executives')?.title).toBe('Speaking to executives');
  });

  it('has at least 80 glossary terms across all four kinds, with unique ids and names', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(80);
    expect(duplicates(glossary.map((e) => e.id))).toEqual([]);
    const names = glossary.flatMap((e) => [e.term, ...e.aliases].map((name) => name.toLowerCase()));
    expect(duplicates(names)).toEqual([]);
    for (const kind of ['incident-management', 'infrastructure', 'go', 'rust'] as const) {
      expect(glossary.filter((e) => e.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
    }
  });

  it('links every glossary term to probing questions that exist', () => {
    const missing = glossary.flatMap((e) =>
      e.questions.filter((id) => !questionById(id)).map((id) => `${e.id}→${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every glossary term log patterns that compile', () => {
    for (const entry of glossary)
      for (const source of entry.patterns) expect(() => new RegExp(source, 'im')).not.toThrow();
  });

  it('keeps the executive explanations free of jargon the glossary defines for engineers', () => {
    const jargon = /\b(goroutine|mutex|unwrap|GOMAXPROCS|RefCell|p99|SLI|Tokio|async)\b/;
    const offenders = glossary.filter((e) => jargon.test(e.exec)).map((e) => e.id);
    expect(offenders).toEqual([]);
  });
});
