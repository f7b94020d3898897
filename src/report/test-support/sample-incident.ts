import {
  type IncidentDocument,
  type IncidentDocumentInput,
  incidentDocumentSchema,
  type TimelineEventInput,
} from '../../domain/index.js';

/**
 * A realistic incident for tests and benchmarks (kept out of the build): people, internal hosts and IPs, raw
 * log lines and a repeated error signature, so audience filtering and escaping have something to bite on.
 */
export function sampleIncident(overrides: Partial<IncidentDocumentInput> = {}): IncidentDocument {
  const base: IncidentDocumentInput = {
    id: 'INC-7K3M9QX2',
    title: 'Checkout returned 502s after a connection-pool change',
    severity: 'SEV2',
    status: 'in-review',
    services: ['checkout-api', 'payments-gateway'],
    impact: {
      description: 'Customers could not complete purchases; card payments failed with an error page.',
      usersAffected: 12_400,
      failedRequests: 48_210,
      errorBudgetBurn: 0.35,
    },
    summary:
      'A config change lowered the database pool size on checkout-api from 50 to 5. Under the lunchtime peak the pool was exhausted and requests to db-primary.prod.internal (10.20.3.14) timed out. Priya Raman rolled the change back.',
    participants: [
      { name: 'Alex Chen', role: 'facilitator', email: 'alex.chen@example.com' },
      { name: 'Priya Raman', role: 'incident-commander', email: 'priya.raman@example.com' },
      { name: 'Jordan Lee', role: 'responder', email: 'jordan.lee@example.com' },
      { name: 'Sam Okafor', role: 'responder' },
    ],
    moments: {
      impactStart: { at: '2026-03-04T12:00:00Z', eventId: 'EVT-2' },
      detected: { at: '2026-03-04T12:07:00Z', eventId: 'EVT-4' },
      acknowledged: { at: '2026-03-04T12:09:00Z', eventId: 'EVT-5' },
      mitigated: { at: '2026-03-04T12:41:00Z', eventId: 'EVT-7' },
      resolved: { at: '2026-03-04T13:05:00Z', eventId: 'EVT-8' },
    },
    timeline: [
      event(
        'EVT-1',
        '2026-03-04T11:52:00Z',
        'config-change',
        'Jordan Lee applied pool_size=5 to checkout-api',
        {
          source: 'manual',
          origins: [{ author: 'Jordan Lee' }],
        },
      ),
      event('EVT-2', '2026-03-04T12:00:00Z', 'log-signature', 'pq: sorry, too many clients already', {
        source: 'loki',
        severity: 'error',
        service: 'checkout-api',
        signature: 'pq: sorry, too many clients already',
        count: 120,
        origins: [{ file: 'checkout-api.log', line: 1042 }],
      }),
      event(
        'EVT-3',
        '2026-03-04T12:03:00Z',
        'log-spike',
        'context deadline exceeded calling db-primary.prod.internal:5432',
        {
          source: 'loki',
          severity: 'error',
          service: 'checkout-api',
          signature: 'context deadline exceeded calling <*>',
          count: 3_400,
          origins: [{ file: 'checkout-api.log', line: 2210 }],
        },
      ),
      event('EVT-4', '2026-03-04T12:07:00Z', 'alert-fired', 'CheckoutErrorRate above 5% for 5m', {
        source: 'alertmanager',
        severity: 'critical',
        service: 'checkout-api',
      }),
      event('EVT-5', '2026-03-04T12:09:00Z', 'acknowledged', 'Priya Raman acknowledged the page', {
        source: 'pagerduty',
      }),
      event(
        'EVT-6',
        '2026-03-04T12:20:00Z',
        'log-spike',
        'context deadline exceeded calling db-primary.prod.internal:5432',
        {
          source: 'loki',
          severity: 'error',
          service: 'checkout-api',
          signature: 'context deadline exceeded calling <*>',
          count: 9_100,
          origins: [{ file: 'checkout-api.log', line: 9120 }],
        },
      ),
      event('EVT-7', '2026-03-04T12:41:00Z', 'rollback', 'Rolled back pool_size to 50 on ip-10-20-3-7', {
        source: 'manual',
        severity: 'info',
        origins: [{ author: 'Priya Raman' }],
      }),
      event('EVT-8', '2026-03-04T13:05:00Z', 'resolution', 'Error rate back to baseline; incident resolved', {
        source: 'manual',
      }),
    ],
    factors: [
      {
        id: 'FAC-1',
        title: 'Pool size changes are not validated against expected peak load',
        category: 'configuration',
        description:
          'Nothing compares a new pool size with the peak concurrency, so connection-pool exhaustion was possible.',
      },
      {
        id: 'FAC-2',
        title: 'The error-rate alert waits five minutes before paging',
        category: 'monitoring-alerting',
        description: '',
      },
    ],
    actions: [
      {
        id: 'ACT-1',
        title: 'Validate pool size against peak concurrency in CI',
        owner: 'Jordan Lee',
        dueDate: '2026-03-20',
        priority: 'high',
        type: 'prevent',
        factorId: 'FAC-1',
      },
      {
        id: 'ACT-2',
        title: 'Page on pool saturation above 80%',
        owner: 'Priya Raman',
        dueDate: '2026-03-13',
        priority: 'high',
        type: 'detect',
        factorId: 'FAC-2',
      },
      { id: 'ACT-3', title: 'Add a runbook for pool exhaustion', priority: 'low', type: 'process' },
    ],
    reviews: [
      {
        id: 'REV-1',
        kind: 'review',
        scheduledAt: '2026-03-06T15:00:00Z',
        durationMinutes: 90,
        location: 'Room 4 / video call',
        attendees: ['alex.chen@example.com', 'priya.raman@example.com', 'Jordan Lee', 'Sam Okafor'],
      },
      {
        id: 'REV-2',
        kind: 'follow-up',
        scheduledAt: '2026-03-27T15:00:00Z',
        durationMinutes: 30,
        attendees: ['alex.chen@example.com', 'priya.raman@example.com', 'jordan.lee@example.com'],
      },
    ],
    wentWell: ['The rollback took two minutes once the change was found.'],
    gotLucky: ['The peak ended at 13:00, which reduced the load on its own.'],
  };
  return incidentDocumentSchema.parse({ ...base, ...overrides });
}

function event(
  id: string,
  at: string,
  kind: TimelineEventInput['kind'],
  summary: string,
  extra: Partial<TimelineEventInput> = {},
): TimelineEventInput & { id: string } {
  return { id, at, kind, summary, ...extra };
}

/**
 * The day report tests make their reports, so what depends on it (overdue actions, a suggested follow-up) does not
 * move with the clock. The sample's actions were due in March 2026, so on this day they are overdue.
 */
export const reportDay = new Date('2026-12-02T12:00:00Z');
export const reportDate = reportDay.toISOString().slice(0, 10);

/** What an author can record for executives, beyond the sample: cost, the SLA, and the decision asked for. */
export const recordedFacts = {
  cost: 'about €42,000 in failed orders',
  sla: 'credits owed to 3 Enterprise customers',
  ask: 'Approve two weeks of the payments team for the pool work.',
};

/** The sample incident with everything an author can record for executives. */
export function recordedIncident(overrides: Partial<IncidentDocumentInput> = {}): IncidentDocument {
  return sampleIncident({
    impact: {
      description: 'Card payments failed.',
      usersAffected: 12_400,
      failedRequests: 48_210,
      errorBudgetBurn: 0.34,
      cost: recordedFacts.cost,
      slaBreached: true,
      sla: recordedFacts.sla,
    },
    ask: recordedFacts.ask,
    ...overrides,
  });
}
