import type { IncidentDocumentInput, IncidentFieldsInput } from '../../domain/index.js';

let counter = 0;

/** A distinct word, so tests sharing one database can filter to their own records. */
export function uniqueWord(prefix = 'w'): string {
  counter++;
  return `${prefix}${counter}x${Math.random().toString(36).slice(2, 8)}`;
}

/** Incident fields with sensible defaults. */
export function incidentInput(overrides: Partial<IncidentFieldsInput> = {}): IncidentFieldsInput {
  return {
    title: 'Checkout latency spike',
    severity: 'SEV2',
    services: ['checkout'],
    summary: 'Requests to checkout timed out for 40 minutes.',
    moments: {
      impactStart: { at: '2026-03-04T14:00:00Z' },
      detected: { at: '2026-03-04T14:05:00Z' },
      resolved: { at: '2026-03-04T14:40:00Z' },
    },
    ...overrides,
  };
}

/** A whole incident document with a child of every kind; ids derive from `id`. */
export function documentInput(id: string): IncidentDocumentInput {
  return {
    ...incidentInput({
      title: `Document ${id}`,
      bluf: 'Checkout | was "down" `40m` — ünïcode ✓\nsecond line',
    }),
    id,
    timeline: [
      { id: `${id}-e2`, at: '2026-03-04T14:05:00Z', kind: 'alert-fired', summary: 'p99 alert fired' },
      {
        id: `${id}-e1`,
        at: '2026-03-04T14:00:00Z',
        kind: 'deploy',
        summary: 'deploy v42',
        origins: [{ file: 'deploys.log', line: 7 }],
      },
      { id: `${id}-e3`, at: null, summary: 'someone restarted a pod' },
    ],
    factors: [{ id: `${id}-f1`, title: 'No canary for config', category: 'deploy-release' }],
    actions: [
      {
        id: `${id}-a1`,
        title: 'Add a canary stage',
        owner: 'team-payments',
        dueDate: '2026-04-01',
        factorId: `${id}-f1`,
      },
    ],
    reviews: [{ id: `${id}-r1`, scheduledAt: '2026-03-06T10:00:00Z', attendees: ['ana', 'bo'] }],
  };
}
