export { analyze } from './analyze.js';
export type { Directive } from './directives.js';
export { isLearnedFinding, learnedModelId, learnedRuleId } from './learned.js';
export { surnameParticles } from './person-name-words.js';
export {
  datesWhen,
  isEverydayWord,
  isFirstNameWord,
  isKnownFirstName,
  isProductName,
  type NameSpan,
  personNameSpans,
  personNamesIn,
} from './person-names.js';
export { isPlaceWord } from './place-names.js';
export { type ReadAloud, readAloud, sentenceRewrite } from './read-aloud.js';
export { remarkBlameless } from './remark-plugin.js';
export { type AgentNeed, defaultSeverity, type Rule } from './rule.js';
export { rules } from './rules.js';
export { type AnalyzeOptions, type Category, categories, type Finding, type Severity } from './types.js';
