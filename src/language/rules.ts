import type { Rule } from './rule.js';
import { hindsightRules } from './rules-hindsight.js';
import { judgementRules } from './rules-judgement.js';
import { peopleRules } from './rules-people.js';
import { processRules } from './rules-process.js';
import { precedence } from './types.js';

/** Every rule, ordered by category precedence so the first rule that fires on a sentence is its primary finding. */
export const rules: readonly Rule[] = [...peopleRules, ...judgementRules, ...processRules, ...hindsightRules]
  .map((rule, index) => ({ rule, index }))
  .sort((a, b) => precedence(a.rule.category) - precedence(b.rule.category) || a.index - b.index)
  .map(({ rule }) => rule);
