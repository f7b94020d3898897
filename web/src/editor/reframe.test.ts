import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/language/index.js';
import { adviceOf, sentenceRewrite } from './reframe.js';

describe('reframings', () => {
  it('a sentence-specific rewrite is told apart from the rule’s general advice', () => {
    const [finding] = analyze('The on-call engineer failed to notice the alert.');
    expect(finding).toBeDefined();
    const rewrite = sentenceRewrite(finding!);
    expect(rewrite).toBeDefined();
    expect(adviceOf(finding!)).not.toContain(rewrite);
  });

  it('a finding with only general advice offers no rewrite', () => {
    const [finding] = analyze('Human error caused the outage.');
    expect(finding).toBeDefined();
    expect(sentenceRewrite(finding!)).toBeUndefined();
    expect(adviceOf(finding!).length).toBeGreaterThan(0);
  });
});
