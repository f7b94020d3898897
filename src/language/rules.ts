import type { Rule } from './rule.js';
import { generatedRules } from './rules/generated/rules.js';
import { precedence } from './types.js';

/**
 * Every rule, ordered by category precedence so the first rule that fires on a sentence is its primary finding.
 * The rules are data: src/language/rules/*.yml, compiled into rules/generated/ by scripts/compile-content.ts.
 */
export const rules: readonly Rule[] = generatedRules
  .map((rule, index) => ({ rule, index }))
  .sort((a, b) => precedence(a.rule.category) - precedence(b.rule.category) || a.index - b.index)
  .map(({ rule }) => rule);
