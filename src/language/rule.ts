import type { Category, Severity } from './types.js';

/**
 * Who must be the agent for a rule to fire: `person` (a person, role, team or a person's work), `not-system`
 * (anyone or anything except software), `person-or-none` (a person, or no subject at all as in terse notes).
 */
export type AgentNeed = 'person' | 'not-system' | 'person-or-none';

/**
 * Where the agent is found: the subject before the match, a named `agent` group, the clause's first words, or, for
 * a character judgement, whom the judged word is about (the noun it qualifies or the subject it is said of).
 */
export type AgentPlace = 'before' | 'group' | 'clause' | 'judged';

/**
 * One blame construction, compiled from a rule file (rules/<category>.yml). Patterns run on a lower-cased sentence
 * with Markdown masked.
 */
export interface Rule {
  id: string;
  category: Category;
  severity?: Severity;
  message: string;
  /** Systemic reframings; a rule with `rewrite` puts its sentence-specific rewrite first. */
  suggestions: readonly string[];
  /** The question a facilitator can ask instead. */
  question: string;
  /**
   * Cue words separated by `|` (a phrase counts by its first word): the pattern is only tried on a sentence
   * holding one of them. Cues of five letters or more match as prefixes ("negligen"), shorter ones as whole words
   * with common endings ("care", "cared"). This is the cheap prefilter that keeps the analyzer fast.
   */
  cue: string;
  pattern: RegExp;
  agent?: AgentNeed;
  agentAt?: AgentPlace;
  /** A sentence matching this is not blame for this rule (a trap of research section 3.4). */
  unless?: RegExp;
  /** Builds a rewrite of the sentence from the match's named groups (original case). */
  rewrite?: (groups: Readonly<Record<string, string>>, sentence: string) => string | undefined;
  examples: { match: readonly string[]; noMatch: readonly string[] };
}

/** Default severity per category (research section 4): precision first, so errors are the clearest blame. */
export const defaultSeverity: Record<Category, Severity> = {
  human_error_label: 'error',
  judgmental: 'error',
  person_remedy: 'error',
  blame_seeking_question: 'warning',
  counterfactual: 'warning',
  person_as_cause: 'warning',
  procedure_violation: 'warning',
  minimizing: 'warning',
  folk_model_label: 'warning',
  passive_blame: 'suggestion',
};
