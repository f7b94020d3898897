import type { FactorCategory } from '../domain/index.js';
import { objections as objectionData } from './objections-data.js';
import { probingQuestions as questionData } from './questions-data.js';
import {
  type AgendaPhase,
  type Objection,
  objectionSchema,
  type ProbingQuestion,
  probingQuestionSchema,
} from './schema.js';

/** Every probing question, validated when the module loads. */
export const probingQuestions: readonly ProbingQuestion[] = questionData.map((q) =>
  probingQuestionSchema.parse(q),
);

/** Every objection with its response and redirect, validated when the module loads. */
export const objections: readonly Objection[] = objectionData.map((o) => objectionSchema.parse(o));

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
