import { describe, expect, it } from 'vitest';
import { documentForAudience } from './audience.js';
import { withoutMoney } from './public-money.js';
import { sampleIncident } from './test-support/sample-incident.js';

describe('money in a public text (trial 18e)', () => {
  it.each([
    [
      'Roughly 38,400 customers got no email (about €61,000 GMV at risk, ~€18,500 lost). Support got 2,300 tickets.',
      'Roughly 38,400 customers got no email. Support got 2,300 tickets.',
    ],
    [
      'About 12,400 customers could not pay. SLA credits cost about $126,000. We replayed every event.',
      'About 12,400 customers could not pay. We replayed every event.',
    ],
    ['- Refunds: 4,000 EUR\n- 183,000 requests failed', '- 183,000 requests failed'],
    // A code before the sum, and digits grouped as other countries group them (trial 18f).
    [
      "We owe USD 126,000 in credits. The outage cost CHF 45'000. The bill rose by 40 lakh INR. We replayed events.",
      'We replayed events.',
    ],
    // Codes are capitals, and no version or word is a sum.
    [
      'We will try 3 times; the PHP 8.2 upgrade went fine.',
      'We will try 3 times; the PHP 8.2 upgrade went fine.',
    ],
    [
      '12,400 users and 99.95% uptime stay; so does HTTP 500.',
      '12,400 users and 99.95% uptime stay; so does HTTP 500.',
    ],
  ])('says "%s" without its sums', (text, said) => {
    expect(withoutMoney(text)).toBe(said);
  });

  it('keeps sums out of every public text, and in the exec report', () => {
    const doc = sampleIncident({
      impact: { description: 'About 12,400 customers could not pay. SLA credits cost about $126,000.' },
    });
    expect(documentForAudience(doc, 'public').impact.description).toBe(
      'About 12,400 customers could not pay.',
    );
    expect(documentForAudience(doc, 'exec').impact.description).toContain('$126,000');
  });
});
