import {
  type IncidentDocument,
  type IncidentDocumentInput,
  incidentDocumentSchema,
} from '../../domain/index.js';

/**
 * The trial of debrief issue 18 as a fixture: a new user's SEV1 where a Go payments API fanned out to a Rust
 * settlement sidecar, with people named from several cultures and the jargon engineers write in such an incident
 * (ctx deadline, fan-out, sidecar, spawn_blocking, goleak, a CamelCase alert, Go durations).
 */
export function trialIncident(overrides: Partial<IncidentDocumentInput> = {}): IncidentDocument {
  const base: IncidentDocumentInput = {
    id: 'INC-TR1AL18C',
    title: 'Payments API returned 5xx for 47 minutes after settlement fan-out hit ctx deadline',
    severity: 'SEV1',
    status: 'in-review',
    services: ['payments-api', 'settlement-sidecar'],
    impact: {
      description: 'Card payments failed for 47 minutes; about 12,400 checkouts did not complete.',
      cost: 'about €180,000 in failed orders, and SLA credits to two merchants',
      slaBreached: true,
    },
    ask: 'Approve two engineer-weeks to move settlement to a queue before the holiday peak',
    summary:
      'The Go payments API fans out each charge to the Rust settlement sidecar. After the 14:02 deploy the settlement fan-out exceeded its ctx deadline and requests failed with context deadline exceeded. The Rust settlement-sidecar sidecar ran blocking work in spawn_blocking and its pool size was too small. goleak later showed leaked goroutines. PaymentsAPIHigh5xx fired after 5m (for: 5m).',
    participants: [
      { name: 'Nguyễn Thị Lan', role: 'incident-commander' },
      { name: 'Oluwaseun Adeyemi', role: 'responder' },
      { name: 'Søren Ólafsson', role: 'facilitator' },
    ],
    moments: {
      impactStart: { at: '2026-11-30T14:05:00Z' },
      detected: { at: '2026-11-30T14:10:00Z', eventId: 'EVT-2' },
      acknowledged: { at: '2026-11-30T14:12:00Z', eventId: 'EVT-3' },
      mitigated: { at: '2026-11-30T14:45:00Z', eventId: 'EVT-4' },
      resolved: { at: '2026-11-30T14:52:00Z', eventId: 'EVT-5' },
    },
    timeline: [
      { id: 'EVT-1', at: '2026-11-30T14:02:00Z', kind: 'deploy', summary: 'Deploy 9f3c2ab of payments-api' },
      { id: 'EVT-2', at: '2026-11-30T14:10:00Z', kind: 'alert-fired', summary: 'PaymentsAPIHigh5xx fired' },
      {
        id: 'EVT-3',
        at: '2026-11-30T14:12:00Z',
        kind: 'acknowledged',
        summary: 'On-call engineer Oluwaseun Adeyemi acknowledged the page',
      },
      { id: 'EVT-4', at: '2026-11-30T14:45:00Z', kind: 'rollback', summary: 'Rolled back payments-api' },
      {
        id: 'EVT-5',
        at: '2026-11-30T14:52:00Z',
        kind: 'alert-resolved',
        summary: 'PaymentsAPIHigh5xx resolved',
      },
    ],
    factors: [
      {
        id: 'FAC-1',
        title:
          'Settlement fan-out had no shared timeout budget, so one slow sidecar call hit the ctx deadline for the whole request',
        category: 'architecture-resilience',
        description:
          'The Rust sidecar ran settlement in spawn_blocking with a fixed pool size; under load the settlement fan-out waited and the Go side saw context deadline exceeded.',
      },
      {
        id: 'FAC-2',
        title: 'The PaymentsAPIHigh5xx alert waits for: 5m before firing',
        category: 'monitoring-alerting',
        description: 'The alert rule holds for 5m, so detection came 5 minutes after impact began.',
      },
    ],
    actions: [
      {
        id: 'ACT-1',
        title: 'Add a timeout budget to the settlement fan-out',
        owner: 'Nguyễn Thị Lan',
        dueDate: '2026-12-18',
        priority: 'high',
        type: 'prevent',
        factorId: 'FAC-1',
      },
      {
        id: 'ACT-2',
        title: 'Fire PaymentsAPIHigh5xx after 1m instead of 5m',
        owner: 'Oluwaseun Adeyemi',
        dueDate: '2026-12-11',
        priority: 'high',
        type: 'detect',
        factorId: 'FAC-2',
      },
      {
        id: 'ACT-3',
        title: 'Run goleak in CI for the payments-api',
        owner: 'Søren Ólafsson',
        dueDate: '2027-01-15',
        priority: 'medium',
        type: 'prevent',
      },
    ],
  };
  return incidentDocumentSchema.parse({ ...base, ...overrides });
}
