import type { FactorCategory } from '../domain/index.js';
import { objections } from './content/generated/objections.js';
import { probingQuestions } from './content/generated/questions.js';
import type { AgendaPhase, ProbingQuestion } from './schema.js';

// The questions and objections are data (content/questions.yml, content/objections.yml), validated by their
// schemas when scripts/compile-content.ts compiles them, so nothing parses them again at run time.
export { objections, probingQuestions };

/** Questions for a phase and, optionally, a factor category (untagged questions fit every category). */
export function questionsFor(
  filter: { phase?: AgendaPhase; category?: FactorCategory } = {},
): ProbingQuestion[] {
  return probingQuestions.filter(
    (q) =>
      (filter.phase === undefined || q.phase === filter.phase) &&
      (filter.category === undefined || q.categories.length === 0 || q.categories.includes(filter.category)),
  );
}

/** A question by id. */
export function questionById(id: string): ProbingQuestion | undefined {
  return probingQuestions.find((q) => q.id === id);
}
