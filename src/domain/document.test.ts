import { describe, expect, it } from 'vitest';
import { incidentDocumentSchema } from './document.js';
import { describeIssues } from './validate.js';

const base = {
  id: 'INC-TEST0001',
  title: 'Checkout returned 502s',
  severity: 'SEV2',
  moments: { impactStart: { at: '2026-03-04T14:00:00Z' } },
};

describe('incident documents', () => {
  it('fills defaults for a minimal incident', () => {
    const doc = incidentDocumentSchema.parse(base);
    expect(doc.status).toBe('draft');
    expect(doc.timeline).toEqual([]);
    expect(doc.impact.description).toBe('');
  });

  it('rejects an action due before the incident began, naming both dates', () => {
    const result = incidentDocumentSchema.safeParse({
      ...base,
      actions: [{ id: 'ACT-1', title: 'Add a pool limit alert', dueDate: '2026-03-01' }],
    });
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!)).toEqual([
      "actions[0].dueDate: dueDate (2026-03-01) is before the incident's start (2026-03-04T14:00:00.000Z); an action cannot be due before the incident began",
    ]);
  });

  it('keeps the cost, the SLA and the ask through JSON, as export and import carry them', () => {
    const doc = incidentDocumentSchema.parse({
      ...base,
      impact: {
        description: 'Card payments failed.',
        cost: 'about €42,000 in failed orders',
        slaBreached: false,
        sla: '99.9% monthly uptime on Enterprise plans',
      },
      ask: 'Approve two weeks of the payments team for the pool work.',
    });
    const back = incidentDocumentSchema.parse(JSON.parse(JSON.stringify(doc)));
    expect(back).toStrictEqual(doc);
    expect(back.impact).toMatchObject({ cost: 'about €42,000 in failed orders', slaBreached: false });
    expect(back.ask).toBe('Approve two weeks of the payments team for the pool work.');
  });

  it('leaves the business facts out of an incident that records none', () => {
    const doc = incidentDocumentSchema.parse(base);
    expect(doc.ask).toBe('');
    expect(Object.keys(doc.impact)).toEqual(['description']);
  });

  it('refuses a cost that spans lines, naming the field', () => {
    const result = incidentDocumentSchema.safeParse({ ...base, impact: { cost: 'about\n€42,000' } });
    expect(describeIssues(result.error!)).toEqual(['impact.cost: expected one line without line breaks']);
  });

  it('rejects an unknown severity with the accepted values', () => {
    const result = incidentDocumentSchema.safeParse({ ...base, severity: 'SEV9' });
    expect(describeIssues(result.error!)).toEqual([
      'severity: expected one of SEV1, SEV2, SEV3, SEV4, got "SEV9"',
    ]);
  });

  it('rejects an action pointing at a factor the incident does not have', () => {
    const result = incidentDocumentSchema.safeParse({
      ...base,
      actions: [{ id: 'ACT-1', title: 'Tune retries', factorId: 'FAC-NOPE' }],
    });
    expect(describeIssues(result.error!)[0]).toContain('factorId "FAC-NOPE" names no contributing factor');
  });

  it('closes only when every action is done or dropped, naming the open ones', () => {
    const actions = [
      { id: 'ACT-1', title: 'Tune retries', status: 'done' },
      { id: 'ACT-2', title: 'Add a pool alert', status: 'in-progress' },
    ];
    const result = incidentDocumentSchema.safeParse({ ...base, status: 'closed', actions });
    expect(describeIssues(result.error!)).toEqual([
      'status: status closed needs every action done or dropped; still open: ACT-2',
    ]);
    const done = actions.map((action) => ({ ...action, status: 'done' }));
    expect(incidentDocumentSchema.safeParse({ ...base, status: 'closed', actions: done }).success).toBe(true);
  });

  it('requires a reason to drop an action', () => {
    const result = incidentDocumentSchema.safeParse({
      ...base,
      actions: [{ id: 'ACT-1', title: 'Tune retries', status: 'dropped' }],
    });
    expect(describeIssues(result.error!)).toEqual([
      'actions[0].droppedReason: expected a reason when an action is dropped',
    ]);
  });

  it('rejects a malformed time with an example of the accepted form', () => {
    const result = incidentDocumentSchema.safeParse({ ...base, moments: { detected: { at: 'yesterday' } } });
    expect(describeIssues(result.error!)[0]).toBe(
      'moments.detected.at: expected an ISO 8601 time with a zone such as 2026-03-04T14:02:11Z, got "yesterday"',
    );
  });
});
