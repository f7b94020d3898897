import { sentenceRewrite } from '../../../src/language/index.js';
import type { Finding } from '../api/types.js';

export { sentenceRewrite };

/** The general advice of a finding: its suggestions other than the rewrite. */
export function adviceOf(finding: Pick<Finding, 'ruleId' | 'suggestions'>): string[] {
  const rewrite = sentenceRewrite(finding);
  return finding.suggestions.filter((suggestion) => suggestion !== rewrite);
}
