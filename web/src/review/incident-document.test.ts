import { describe, expect, it } from 'vitest';
import { closingStatement, openingStatement } from '../../../src/playbook/index.js';
import type { IncidentView } from '../api/types.js';
import { incidentDocument } from './incident-document.js';

const meta = { version: 1, createdAt: '2026-03-04T10:00:00Z', updatedAt: '2026-03-04T10:00:00Z' };

function bundle(): IncidentView {
  return {
    incident: {
      ...meta,
      id: 'INC-1',
      title: 'Checkout errors after the flag flip',
      severity: 'SEV2',
      status: 'in-review',
      services: ['checkout'],
      restricted: false,
      impact: { description: '' },
      bluf: '',
      summary: '',
      participants: [],
      moments: { impactStart: { at: '2026-03-04T09:00:00.000Z' } },
      wentWell: [],
      gotLucky: [],
      followUp: '',
      ask: '',
      extraSections: [],
    },
    timeline: [],
    factors: [],
    actions: [],
    reviews: [
      {
        ...meta,
        incidentId: 'INC-1',
        id: 'REV-1',
        kind: 'follow-up',
        scheduledAt: '2026-04-01T09:00:00.000Z',
        durationMinutes: 30,
        attendees: [],
        agenda: [],
        notes: '',
        decisions: [],
      },
    ],
    metrics: {},
  } as IncidentView;
}

describe('incident document for the meeting scripts', () => {
  it('fills the opening statement with the incident title, services and impact start', () => {
    const opening = openingStatement(incidentDocument(bundle()));
    expect(opening.text).toContain('"Checkout errors after the flag flip"');
    expect(opening.text).toContain('checkout');
    expect(opening.missing).toEqual([]);
  });

  it('carries the reviews, so the closing statement names the follow-up date', () => {
    const closing = closingStatement(incidentDocument(bundle()));
    expect(closing.text).toContain('on Wednesday 1 April at 09:00 UTC');
    expect(closing.missing.slice(0, 2)).toEqual(['contributing factors', 'action items']);
    expect(closing.missing).not.toContain('follow-up review date');
  });

  it('leaves out the bookkeeping of the stored incident', () => {
    expect(incidentDocument(bundle())).not.toHaveProperty('version');
  });
});
