import { describe, expect, it } from 'vitest';
import { checkReportLanguage, formatGateFindings } from './language-gate.js';
import { renderReport } from './render.js';
import { sampleIncident } from './test-support/sample-incident.js';
import { writtenWhere } from './written-where.js';

// Trial 24 F5: a refused report pointed at "published text 20:86", a text the author never sees.
describe('where the author wrote a phrase', () => {
  const base = sampleIncident();
  const doc = sampleIncident({
    summary: 'The certificate expired because Dmitri forgot to renew it.',
    factors: [
      { ...base.factors[0]!, description: 'Ingrid skipped the load test because she was rushing.' },
      ...base.factors.slice(1),
    ],
  });

  it('finds a phrase the report said with a placeholder for a name, and one in the SLA (trial 26 F3, F5)', () => {
    const named = sampleIncident({
      actions: [{ ...base.actions[0]!, title: 'Make Tomasz double-check every context change' }],
      impact: { ...base.impact, sla: 'Merchant payout SLA (T+2h) missed for 3 customers' },
    });
    expect(writtenWhere(named, 'Make an engineer double-check')).toBe(`action ${base.actions[0]!.id}`);
    expect(writtenWhere(named, 'missed')).toBe('the SLA');
    expect(writtenWhere(named, 'ask an engineer to')).toBeUndefined();
    // A whole sentence the report reworded, found by most of its words (trial 25 F6).
    expect(writtenWhere(named, 'Merchant payout SLA (T+2 hours) missed for 3 customers')).toBe('the SLA');
    expect(writtenWhere(named, 'nothing here was written by anyone at all')).toBeUndefined();
  });

  it('names the field or the record', () => {
    expect(writtenWhere(doc, 'forgot to renew it')).toBe('the summary');
    expect(writtenWhere(doc, 'skipped the load test')).toBe(`factor ${base.factors[0]!.id}`);
    expect(writtenWhere(doc, base.actions[0]!.title.slice(0, 20))).toBe(`action ${base.actions[0]!.id}`);
    expect(writtenWhere(doc, 'words nobody wrote')).toBeUndefined();
  });

  it('leads each line of a refusal with it', () => {
    const report = renderReport(doc, { format: 'md', audience: 'exec' });
    const lines = formatGateFindings(checkReportLanguage(report, 'exec'), doc);
    expect(
      lines.some((line) => line.startsWith(`written in the summary of ${doc.id}; "What happened"`)),
    ).toBe(true);
    expect(
      lines.some((line) => line.startsWith(`written in factor ${base.factors[0]!.id} of ${doc.id}`)),
    ).toBe(true);
  });
});
