import { describe, expect, it } from 'vitest';
import { jargonIn } from './bluf-check.js';
import { renderReport } from './render.js';
import { sampleIncident } from './test-support/sample-incident.js';
import { trialIncident } from './test-support/trial-incident.js';

const now = new Date('2026-12-04T12:00:00Z');

// Trial 18d, E-13: an author's bottom line with `for: 10m` and a person's name published with no warning.
describe('the author’s own bottom line in an exec report', () => {
  it('finds engineers’ words in it, leaving the words of the review itself', () => {
    expect(
      jargonIn('PaymentsAPIHigh5xx waited for: 10m; pgxpool.Acquire blocked the goroutine pool in SEV1.'),
    ).toEqual(expect.arrayContaining(['for: 10m', 'PaymentsAPIHigh5xx', 'pgxpool.Acquire']));
    expect(
      jargonIn('Card payments failed for 47 minutes in this SEV1; we ask for two engineer-weeks.'),
    ).toEqual([]);
  });

  it('warns the author of jargon and of a person it names, and only for the exec report', () => {
    const doc = trialIncident({
      bluf: 'Checkout failed for 40 minutes because the alert waits for: 10m; Oluwaseun rolled back.',
    });
    const exec = renderReport(doc, { format: 'md', audience: 'exec', now });
    expect(exec.authorWarnings.join('\n')).toMatch(
      /bottom line, published as written for executives, uses engineers' words: .*for: 10m/,
    );
    expect(exec.authorWarnings.join('\n')).toContain('bottom line names Oluwaseun Adeyemi');
    const engineering = renderReport(doc, { format: 'md', audience: 'engineering', now });
    expect(engineering.authorWarnings.join('\n')).not.toContain('bottom line');
    // Anonymised, the report says a role where the name was.
    const anonymous = renderReport(doc, { format: 'md', audience: 'exec', anonymize: true, now });
    expect(anonymous.authorWarnings.join('\n')).not.toContain('names Oluwaseun');
  });

  it('warns of a person the title names, whoever wrote the bottom line (trial 12d D-28)', () => {
    const doc = trialIncident({ title: "Checkout failed after Oluwaseun's pool change", bluf: '' });
    const exec = renderReport(doc, { format: 'md', audience: 'exec', now });
    expect(exec.authorWarnings.join('\n')).toContain('title names Oluwaseun Adeyemi');
    const anonymous = renderReport(doc, { format: 'md', audience: 'exec', anonymize: true, now });
    expect(anonymous.authorWarnings.join('\n')).not.toContain('title names');
  });

  it('says nothing of a plain bottom line', () => {
    const doc = trialIncident({
      bluf: 'Card payments failed for 40 minutes after a release; a timeout check is due 18 December.',
    });
    const { authorWarnings } = renderReport(doc, { format: 'md', audience: 'exec', now });
    expect(authorWarnings.filter((warning) => warning.includes('bottom line'))).toEqual([]);
  });
});

describe('a public report that never says when customers hear more (trial 18e)', () => {
  it('warns the author, and not when the follow-up is written', () => {
    const bare = renderReport(sampleIncident({ followUp: '' }), { format: 'md', audience: 'public' });
    expect(bare.authorWarnings.join('\n')).toContain('does not say when customers will hear more');
    const written = renderReport(
      sampleIncident({ followUp: 'We will publish the full review by 20 March.' }),
      {
        format: 'md',
        audience: 'public',
      },
    );
    expect(written.authorWarnings.join('\n')).not.toContain('hear more');
  });
});
