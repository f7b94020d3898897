import { rules } from '../../../src/language/index.js';
import type { Finding } from '../api/types.js';

// A rule's own suggestions are general advice ("Describe what did happen…"); a suggestion that is not among them
// is the sentence-specific rewrite the analyzer built, the one that can replace the sentence as it stands.
const adviceByRule = new Map(rules.map((rule) => [rule.id, new Set(rule.suggestions)]));

/** The analyzer's rewrite of the finding's sentence, or undefined when it only has general advice. */
export function sentenceRewrite(finding: Pick<Finding, 'ruleId' | 'suggestions'>): string | undefined {
  const advice = adviceByRule.get(finding.ruleId) ?? new Set<string>();
  return finding.suggestions.find((suggestion) => suggestion.trim() !== '' && !advice.has(suggestion));
}

/** The general advice of a finding: its suggestions other than the rewrite. */
export function adviceOf(finding: Pick<Finding, 'ruleId' | 'suggestions'>): string[] {
  const rewrite = sentenceRewrite(finding);
  return finding.suggestions.filter((suggestion) => suggestion !== rewrite);
}
