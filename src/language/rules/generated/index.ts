// Generated from src/language/rules/<category>.yml (one module each) by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';
import { humanErrorLabelRules } from './human-error-label.js';
import { blameSeekingQuestionRules } from './blame-seeking-question.js';
import { personRemedyRules } from './person-remedy.js';
import { judgmentalRules } from './judgmental.js';
import { folkModelLabelRules } from './folk-model-label.js';
import { minimizingRules } from './minimizing.js';
import { procedureViolationRules } from './procedure-violation.js';
import { counterfactualRules } from './counterfactual.js';
import { passiveBlameRules } from './passive-blame.js';
import { personAsCauseRules } from './person-as-cause.js';

/** Every rule of every rule file, category by category in the order of the taxonomy. */
export const generatedRules: readonly Rule[] = [
  ...humanErrorLabelRules,
  ...blameSeekingQuestionRules,
  ...personRemedyRules,
  ...judgmentalRules,
  ...folkModelLabelRules,
  ...minimizingRules,
  ...procedureViolationRules,
  ...counterfactualRules,
  ...passiveBlameRules,
  ...personAsCauseRules,
];
