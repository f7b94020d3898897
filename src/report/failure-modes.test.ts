import { describe, expect, it } from 'vitest';
import { failureModes } from './failure-modes.js';
import { sampleIncident } from './test-support/sample-incident.js';

describe('failure modes in a timeline', () => {
  it('links crashes and log lines the importer drafted to their glossary entries', () => {
    const doc = sampleIncident({
      timeline: [
        {
          id: 'EVT-1',
          at: '2026-03-04T12:00:00Z',
          kind: 'panic',
          summary: 'fatal error: all goroutines are asleep - deadlock!',
        },
        {
          id: 'EVT-2',
          at: '2026-03-04T12:01:00Z',
          kind: 'panic',
          summary: "thread 'main' panicked at src/main.rs:5:10:\ncalled `Result::unwrap()` on an `Err` value",
        },
        {
          id: 'EVT-3',
          at: '2026-03-04T12:02:00Z',
          kind: 'kubernetes',
          summary: 'Container api was OOMKilled',
          count: 3,
        },
        {
          id: 'EVT-4',
          at: '2026-03-04T12:03:00Z',
          kind: 'kubernetes',
          summary: 'Container api was OOMKilled',
          count: 2,
        },
        {
          id: 'EVT-5',
          at: '2026-03-04T12:04:00Z',
          kind: 'chat',
          summary: 'Is this a deadlock? all goroutines are asleep',
        },
      ],
    });
    const modes = failureModes(doc).map((m) => [m.entry.id, m.occurrences, m.eventId]);
    expect(modes).toEqual([
      ['go-deadlock', 1, 'EVT-1'],
      ['rust-unwrap-panic', 1, 'EVT-2'],
      ['oom-kill', 5, 'EVT-3'],
    ]);
  });

  it('shows no failure mode for a log line that only names a thing (a pod, pgbouncer, CI)', () => {
    const lines = [
      'Killing container app in pod checkout-api-7f9c',
      'namespace shop quota exceeded',
      'CI pipeline failed on main',
      'pgbouncer: remaining connection slots are reserved for non-replication superuser connections',
    ];
    const doc = sampleIncident({
      timeline: lines.map((summary, i) => ({
        id: `EVT-${i + 1}`,
        at: `2026-03-04T12:0${i}:00Z`,
        kind: 'log-signature' as const,
        summary,
      })),
    });
    // The pgbouncer line is pool exhaustion by its words; the others show none.
    expect(failureModes(doc).map((mode) => mode.entry.id)).toEqual(['connection-pool-exhaustion']);
  });
});
