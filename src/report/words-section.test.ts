import { describe, expect, it } from 'vitest';
import { unexplainedTerms } from './words-section.js';

describe('terms a report leaves unexplained', () => {
  it('counts a term explained under another spelling of its words as explained (trial 18b B-6)', () => {
    const text = [
      'The checkout error-rate alert waits five minutes.',
      'In plain words, error-rate: The share of requests that failed.',
      'Later the error rate fell back to its baseline.',
    ].join('\n\n');
    expect(unexplainedTerms(text).map((entry) => entry.term)).not.toContain('Error rate');
    expect(unexplainedTerms('The error rate fell.').map((entry) => entry.term)).toContain('Error rate');
  });
});
