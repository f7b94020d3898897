import { describe, expect, it } from 'vitest';
import { generatedBlufNote } from './bluf.js';
import { renderReport } from './render.js';
import { recordedIncident, reportDate, sampleIncident } from './test-support/sample-incident.js';

const now = new Date(`${reportDate}T12:00:00Z`);
const exec = (doc = sampleIncident(), format: 'md' | 'html' = 'md') =>
  renderReport(doc, { format, audience: 'exec', now }).text;

describe('the exec report', () => {
  it('tells the author, under the bottom line, that debrief generated it', () => {
    for (const format of ['md', 'html'] as const) {
      expect(exec(sampleIncident({ bluf: '' }), format)).toContain(generatedBlufNote);
      expect(exec(sampleIncident({ bluf: 'Checkout failed for 41 minutes.' }), format)).not.toContain(
        generatedBlufNote,
      );
    }
  });

  it('says durations in words', () => {
    for (const format of ['md', 'html'] as const) {
      const text = exec(sampleIncident(), format);
      expect(text).toContain('41 minutes');
      expect(text).not.toMatch(/\d+m \d\ds/);
    }
  });

  it('explains the error budget once: the business block says what it is, so the closing words do not', () => {
    for (const format of ['md', 'html'] as const) {
      const text = exec(recordedIncident(), format);
      expect(text).toContain('Error budget spent, 34%: this incident used 34% of the failures');
      expect(text).not.toContain('The amount of failure we can afford in a month');
    }
  });

  it('says a past follow-up review is overdue, and an overdue plan is slipping', () => {
    // The recorded incident books its follow-up review for 27 March 2026, and its actions are due in March.
    const doc = recordedIncident();
    const late = new Date('2026-12-02T12:00:00Z');
    for (const format of ['md', 'html'] as const) {
      const text = renderReport(doc, { format, audience: 'exec', now: late }).text;
      expect(text).toContain('The follow-up review planned for 27 March 2026 is overdue');
      expect(text).toContain('The plan is slipping:');
      expect(text).toMatch(/overdue since \d+ March 2026\), the same conditions/);
    }
  });
});
