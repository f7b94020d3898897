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

/**
 * The questions to put in front of a facilitator during one phase of a meeting: the phase's questions tagged with a
 * category the incident's factors name first (those mainly about it, their first category, before those that
 * touch on it), then the general ones (no category); questions about other
 * categories are left out when the incident has factors. About one question per two minutes of the phase's time box,
 * at least three, so a 13-minute phase shows six to seven, not the phase's whole list; `rest` counts the others.
 */
export function questionsForPhase(
  phase: AgendaPhase,
  options: { categories?: readonly FactorCategory[]; minutes?: number } = {},
): { shown: ProbingQuestion[]; rest: number } {
  const all = questionsFor({ phase });
  const categories = options.categories ?? [];
  // A question mainly about one of the incident's categories (its first) before one that only touches on it.
  const main = (q: ProbingQuestion) => (categories.includes(q.categories[0] as FactorCategory) ? 0 : 1);
  const tagged = all
    .filter((q) => q.categories.some((c) => categories.includes(c)))
    .sort((a, b) => main(a) - main(b));
  const general = all.filter((q) => q.categories.length === 0);
  const others = categories.length > 0 ? [] : all.filter((q) => q.categories.length > 0);
  const ordered = [...tagged, ...general, ...others];
  const limit = options.minutes === undefined ? ordered.length : Math.max(3, Math.round(options.minutes / 2));
  const shown = ordered.slice(0, limit);
  return { shown, rest: all.length - shown.length };
}
