import { describe, expect, it } from 'vitest';
import { incidentDocumentSchema } from '../domain/index.js';
import { closingStatement } from './script.js';

const doc = incidentDocumentSchema.parse({
  id: 'INC-1',
  title: 'Checkout returned 502s',
  severity: 'SEV2',
  factors: [{ id: 'F-1', title: 'The retry budget was unbounded', category: 'architecture-resilience' }],
});
const review = { kind: 'review' as const, durationMinutes: 60, scheduledAt: '2026-10-05T10:00:00Z' };

describe('the closing statement and the meeting’s decisions', () => {
  it('reads back the decisions this meeting recorded, after the findings', () => {
    const decisions = ['Freeze config pushes until canaries exist', 'Page the platform team for pool alarms'];
    const closing = closingStatement(doc, { review: { ...review, decisions } });
    expect(closing.text).toContain(
      'Decisions we made:\n- Freeze config pushes until canaries exist\n- Page the platform team for pool alarms',
    );
    expect(closing.text.indexOf('Key findings')).toBeLessThan(closing.text.indexOf('Decisions we made'));
  });

  it('says nothing of decisions when none were recorded, and a blameful one is flagged before it is read', () => {
    expect(closingStatement(doc, { review }).text).not.toContain('Decisions');
    const closing = closingStatement(doc, {
      review: { ...review, decisions: ['Bob must be more careful'] },
      check: (text) => (text.startsWith('Bob') ? { problem: 'it blames a person' } : undefined),
    });
    expect(closing.text).toContain(
      '(this decision needs rewording before it is read aloud: it blames a person)',
    );
  });
});
