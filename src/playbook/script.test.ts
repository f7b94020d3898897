import { describe, expect, it } from 'vitest';
import { type IncidentDocumentInput, incidentDocumentSchema } from '../domain/index.js';
import { agendaFor, agendaMinutes, reviewAgenda } from './agenda.js';
import { agendaPhases } from './schema.js';
import { closingStatement, openingStatement } from './script.js';

const incident = (extra: Partial<IncidentDocumentInput> = {}) =>
  incidentDocumentSchema.parse({ id: 'INC-1', title: 'Checkout returned 502s', severity: 'SEV2', ...extra });

describe('the agenda', () => {
  it('runs every phase in order', () => {
    expect(agendaFor('SEV3').map((item) => item.phase)).toEqual([...agendaPhases]);
  });

  it('gives more time to more severe incidents', () => {
    const totals = (['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const).map((sev) => agendaMinutes(agendaFor(sev)));
    expect(totals).toEqual([120, 90, 60, 30]);
  });

  it('gives the follow-up review a half-hour agenda about the actions, whatever the severity', () => {
    for (const severity of ['SEV1', 'SEV4'] as const) {
      const agenda = reviewAgenda('follow-up', severity);
      expect(agendaMinutes(agenda)).toBe(30);
      expect(agenda.map((item) => item.phase)).toEqual(['ground-rules', 'actions', 'factors', 'close']);
    }
    expect(reviewAgenda('review', 'SEV2')).toEqual(agendaFor('SEV2'));
  });
});

describe('the opening statement', () => {
  it('names the incident, its services, severity and impact window', () => {
    const doc = incident({
      services: ['checkout', 'payments'],
      moments: { impactStart: { at: '2026-03-04T14:00:00Z' }, mitigated: { at: '2026-03-04T15:05:00Z' } },
    });
    const opening = openingStatement(doc);
    expect(opening.text).toContain(
      '"Checkout returned 502s", a SEV2 incident that affected checkout and payments',
    );
    expect(opening.text).toContain('from 2026-03-04 14:00 UTC to 15:05 UTC');
    expect(opening.text).toContain('We have 90 minutes');
    expect(opening.missing).toEqual([]);
  });

  it('names the facts it could not fill in', () => {
    expect(openingStatement(incident()).missing).toEqual(['affected services', 'impact start']);
  });
});

describe('the closing statement', () => {
  it('reads back findings, actions with owners and dates, and the follow-up date', () => {
    const doc = incident({
      factors: [{ id: 'FAC-1', title: 'No alert on pool saturation', category: 'monitoring-alerting' }],
      actions: [
        {
          id: 'ACT-1',
          title: 'Alert on pool use above 80%',
          owner: 'SRE team',
          dueDate: '2026-03-20',
          factorId: 'FAC-1',
        },
        { id: 'ACT-2', title: 'Load test checkout' },
      ],
      reviews: [{ id: 'REV-1', kind: 'follow-up', scheduledAt: '2026-04-01T15:00:00Z' }],
    });
    const closing = closingStatement(doc);
    expect(closing.text).toContain('- No alert on pool saturation');
    expect(closing.text).toContain('- Alert on pool use above 80% (SRE team, due 2026-03-20)');
    expect(closing.text).toContain('2026-04-01 15:00 UTC');
    expect(closing.missing).toEqual(['owner for "Load test checkout"', 'due date for "Load test checkout"']);
  });

  it('asks for a follow-up date, factors and actions when there are none', () => {
    expect(closingStatement(incident()).missing).toEqual([
      'contributing factors',
      'action items',
      'follow-up review date',
    ]);
  });
});
