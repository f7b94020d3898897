import { describe, expect, it } from 'vitest';
import { generatedBlufNote } from './bluf.js';
import { renderReport } from './render.js';
import { reportDate, sampleIncident } from './test-support/sample-incident.js';

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
});
