import { describe, expect, it } from 'vitest';
import { checkReportLanguage, formatGateFindings } from './language-gate.js';
import { renderReport } from './render.js';
import { sampleIncident } from './test-support/sample-incident.js';

const blaming = sampleIncident({ summary: 'Jordan Lee made a careless mistake. It was human error.' });

describe('the blameless-language gate', () => {
  it('finds nothing to hold back in the sample incident', () => {
    const report = renderReport(sampleIncident(), { format: 'md', audience: 'public' });
    expect(checkReportLanguage(report, 'public')).toMatchObject({ findings: [], blocks: false });
  });

  it('holds back exec and public reports with blame, and only warns on engineering ones', () => {
    for (const audience of ['exec', 'public'] as const) {
      const gate = checkReportLanguage(renderReport(blaming, { format: 'html', audience }), audience);
      expect(gate.blocks, audience).toBe(true);
    }
    const engineering = checkReportLanguage(
      renderReport(blaming, { format: 'html', audience: 'engineering' }),
      'engineering',
    );
    expect(engineering.findings.length).toBeGreaterThan(0);
    expect(engineering.blocks).toBe(false);
  });

  it('describes each finding with its place, rule and the question to ask instead', () => {
    const gate = checkReportLanguage(renderReport(blaming, { format: 'md', audience: 'exec' }), 'exec');
    expect(formatGateFindings(gate).join('\n')).toMatch(
      /published text \d+:\d+ error human_error_label\/human-error: .* Ask instead: /,
    );
  });
});
