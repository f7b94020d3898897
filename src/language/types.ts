/** The ten blame categories of the research notes (section 3.2); `neutral` is the absence of a finding. */
export const categories = [
  'human_error_label',
  'blame_seeking_question',
  'person_remedy',
  'judgmental',
  'folk_model_label',
  'minimizing',
  'procedure_violation',
  'counterfactual',
  'passive_blame',
  'person_as_cause',
] as const;
export type Category = (typeof categories)[number];

/** How loudly a finding is raised: precision first, so only the clearest blame is an error. */
export type Severity = 'error' | 'warning' | 'suggestion';

/**
 * What the analyzer reports about one span. Lines and columns are 1-based; `endColumn` is the column just
 * after the last character of the span (as in SARIF and vfile).
 */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  suggestions: string[];
  question: string;
}

/** Options of `analyze`: who counts as a person, which rules run, which phrases are accepted. */
export interface AnalyzeOptions {
  /** Names of people (participants, configured roster); matched case-insensitively, first names too. */
  people?: readonly string[] | undefined;
  /** Team names such as "Platform" or "the DB team". */
  teams?: readonly string[] | undefined;
  /** Rule ids or category ids to switch off. */
  disable?: readonly string[] | undefined;
  /** Phrases that are accepted wherever they appear (a finding overlapping one is dropped). */
  allow?: readonly string[] | undefined;
  /** When given, only these rule ids (or category ids) run. */
  rules?: readonly string[] | undefined;
  /** Added to every reported line: the first line of `text` in a larger document (default 1). */
  firstLine?: number | undefined;
  /**
   * Every problem of a sentence, not only the strongest (at most four, each on its own words): what a person
   * fixes (lint, a refused report, the web editor, `POST /api/lint`) so that rewording one word is not met by a
   * second finding for the same sentence. Off by default: scoring counts sentences.
   */
  every?: boolean | undefined;
}

/** Category precedence from the labelling rules (3.3): the most specific or most harmful signal wins. */
export function precedence(category: Category): number {
  return categories.indexOf(category);
}
