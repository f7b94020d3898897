import { describe, expect, it } from 'vitest';
import { alertNameOf, type InsightIncident, incidentMonth, insightsOf } from './insights.js';

function incident(id: string, fields: Partial<InsightIncident>): InsightIncident {
  return {
    id,
    title: `Incident ${id}`,
    severity: 'SEV2',
    services: [],
    moments: {},
    createdAt: '2026-05-20T10:00:00Z',
    ...fields,
  };
}

const at = (iso: string) => ({ at: iso });

describe('insights across incidents', () => {
  const incidents = [
    incident('INC-1', {
      severity: 'SEV1',
      services: ['checkout', 'payments'],
      moments: {
        impactStart: at('2026-03-04T10:00:00Z'),
        detected: at('2026-03-04T10:10:00Z'),
        mitigated: at('2026-03-04T10:40:00Z'),
        resolved: at('2026-03-04T11:00:00Z'),
      },
    }),
    incident('INC-2', {
      services: ['checkout'],
      moments: { impactStart: at('2026-03-20T08:00:00Z'), detected: at('2026-03-20T08:30:00Z') },
    }),
    incident('INC-3', { severity: 'SEV3', services: ['search'], createdAt: '2026-04-02T09:00:00Z' }),
  ];
  const records = {
    factors: [
      { incidentId: 'INC-1', category: 'monitoring-alerting' },
      { incidentId: 'INC-2', category: 'monitoring-alerting' },
      { incidentId: 'INC-3', category: 'made-up' },
      { incidentId: 'INC-9', category: 'capacity' },
    ],
    signatures: [
      { incidentId: 'INC-1', signature: 'context deadline exceeded calling <*>' },
      { incidentId: 'INC-3', signature: 'context deadline exceeded calling <*>' },
      { incidentId: 'INC-2', signature: 'once only' },
    ],
    alerts: [
      { incidentId: 'INC-1', name: 'CheckoutHighErrorRate' },
      { incidentId: 'INC-2', name: 'CheckoutHighErrorRate' },
      { incidentId: 'INC-9', name: 'CheckoutHighErrorRate' },
    ],
  };
  const insights = insightsOf(incidents, records);

  it('counts incidents per month by severity and service, in the month impact began', () => {
    expect(insights.incidents).toBe(3);
    expect([insights.from, insights.to]).toEqual(['2026-03', '2026-04']);
    expect(insights.months[0]).toMatchObject({
      month: '2026-03',
      incidents: 2,
      bySeverity: { SEV1: 1, SEV2: 1, SEV3: 0, SEV4: 0 },
      byService: { checkout: 2, payments: 1 },
      factorCategories: { 'monitoring-alerting': 2 },
    });
    expect(insights.months[1]?.factorCategories).toEqual({ other: 1 });
  });

  it('takes medians and 90th percentiles of response times over the incidents that have them', () => {
    expect(insights.response.timeToDetect).toEqual({ n: 2, medianMs: 1_200_000, p90Ms: 1_800_000 });
    expect(insights.response.timeToResolve).toEqual({ n: 1, medianMs: 3_600_000, p90Ms: 3_600_000 });
    expect(insights.months[1]?.response.timeToDetect).toEqual({ n: 0, medianMs: null, p90Ms: null });
  });

  it('names services, log signatures and alerts seen in more than one incident, never an incident not given', () => {
    expect(insights.repeats.services.map((r) => [r.name, r.incidents.map((i) => i.incidentId)])).toEqual([
      ['checkout', ['INC-1', 'INC-2']],
    ]);
    expect(insights.repeats.signatures[0]?.incidents.map((i) => `${i.incidentId} ${i.month}`)).toEqual([
      'INC-1 2026-03',
      'INC-3 2026-04',
    ]);
    expect(insights.repeats.alerts[0]?.incidents).toHaveLength(2);
  });

  it('reads the month and the alert name as recorded', () => {
    expect(incidentMonth({ moments: {}, createdAt: '2026-07-01T00:00:00Z' })).toBe('2026-07');
    expect(alertNameOf('Alert CheckoutHighErrorRate (pod=a) firing: 5xx over 5%')).toBe(
      'CheckoutHighErrorRate',
    );
    expect(alertNameOf('Deploy v2')).toBeUndefined();
    expect(insightsOf([], records)).toMatchObject({ incidents: 0, from: null, months: [] });
  });
});
