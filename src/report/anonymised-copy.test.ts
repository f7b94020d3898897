import { describe, expect, it } from 'vitest';
import { parseIncidentMarkdown } from './markdown/parse-incident-markdown.js';
import { renderReport } from './render.js';
import { sampleIncident } from './test-support/sample-incident.js';

// Trial 12g G-36: an anonymised engineering report imported back replaced every name in the record with a role.
describe('an anonymised copy of the incident file', () => {
  it('says it is one, and the parser refuses it with the line and what to do', () => {
    const doc = sampleIncident({ participants: [{ name: 'Yuki Tanaka', role: 'incident-commander' }] });
    const anonymised = renderReport(doc, { format: 'md', audience: 'engineering', anonymize: true }).text;
    expect(anonymised).not.toContain('Yuki Tanaka');
    expect(anonymised).toMatch(/\n---\n\n<!-- debrief: anonymised copy: names are replaced by roles/);
    expect(() => parseIncidentMarkdown(anonymised, { file: 'copy.md' })).toThrow(
      /copy\.md:\d+: this file is an anonymised copy .*import the original instead/,
    );
    // The record's own file reads back.
    const own = renderReport(doc, { format: 'md', audience: 'engineering' }).text;
    expect(parseIncidentMarkdown(own).participants.map((p) => p.name)).toContain('Yuki Tanaka');
  });
});
