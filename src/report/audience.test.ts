import { describe, expect, it } from 'vitest';
import { anonymizeDocument, roleLabels } from './anonymize.js';
import { documentForAudience } from './audience.js';
import { publicRedactor } from './redact.js';
import { renderReport } from './render.js';
import { sampleIncident } from './test-support/sample-incident.js';

const people = ['Alex Chen', 'Priya', 'Raman', 'Jordan', 'Sam Okafor', 'alex.chen@example.com'];
const hosts = ['db-primary.prod.internal', '10.20.3.14', 'ip-10-20-3-7', 'checkout-api', 'payments-gateway'];

describe('anonymising', () => {
  it('gives each person one role label, numbering shared roles', () => {
    expect(Object.fromEntries(roleLabels(sampleIncident()))).toEqual({
      'Alex Chen': 'the facilitator',
      'Priya Raman': 'the incident commander',
      'Jordan Lee': 'responder 1',
      'Sam Okafor': 'responder 2',
    });
  });

  it('replaces names consistently in every field, first names included', () => {
    const doc = anonymizeDocument(
      sampleIncident({ summary: 'Priya Raman paged Sam. Later Priya rolled back.' }),
    );
    const text = JSON.stringify(doc);
    for (const name of people) expect(text).not.toContain(name);
    expect(doc.summary).toBe(
      'The incident commander paged responder 1. Later the incident commander rolled back.',
    );
    // Numbered in the order a reader meets them: Sam in the summary before the action's owner (trial 12g G-35).
    expect(doc.actions[0]?.owner).toBe('responder 2');
    expect(doc.timeline[0]?.summary).toBe('Responder 2 applied pool_size=5 to checkout-api');
  });

  it('keeps team names as owners, since they name no person', () => {
    const doc = sampleIncident({ actions: [{ id: 'ACT-1', title: 'Tune the pool', owner: 'SRE team' }] });
    expect(anonymizeDocument(doc).actions[0]?.owner).toBe('SRE team');
  });
});

describe('the public view', () => {
  it('contains none of the incident’s people, hosts, addresses or internal service names', () => {
    const text = JSON.stringify(documentForAudience(sampleIncident(), 'public'));
    for (const secret of [...people, ...hosts, 'Jordan Lee', 'Priya Raman'])
      expect(text).not.toContain(secret);
  });

  it('keeps what happened, the impact and what is changing', () => {
    const doc = documentForAudience(sampleIncident(), 'public');
    expect(doc.impact.usersAffected).toBe(12_400);
    expect(doc.actions.map((a) => a.title)).toContain('Validate pool size against peak concurrency in CI');
    // The start of customer impact is on the timeline too (impact-start-line.ts).
    expect(doc.timeline.map((e) => e.kind)).toEqual([
      'config-change',
      'note',
      'alert-fired',
      'acknowledged',
      'rollback',
      'resolution',
    ]);
    expect(doc.moments.impactStart).toEqual({ at: '2026-03-04T12:00:00.000Z' });
  });

  it('says durations and alert rule names in words, as the exec view does', () => {
    const doc = sampleIncident({
      impact: { description: 'p95 checkout latency reached 9.8s.' },
      actions: [{ id: 'ACT-1', title: 'Alert on pool wait above 50ms (PoolWaitTooHigh)', owner: 'Priya' }],
    });
    const people = documentForAudience(doc, 'public');
    expect(people.impact.description).toBe('p95 checkout latency reached 9.8 seconds.');
    expect(people.actions[0]?.title).toBe('Alert on pool wait above 50 milliseconds (pool wait too high)');
  });

  it('takes a store named after its product for one of ours, and leaves the product’s tools (trial 18c)', () => {
    const summary = (text: string) =>
      documentForAudience(sampleIncident({ summary: text }), 'public').summary.split('\n')[0];
    expect(summary('redis-orders is shared by two services.')).toBe(
      'An internal service is shared by two services.',
    );
    expect(summary('We ran redis-cli to look.')).toBe('We ran redis-cli to look.');
    expect(summary('We drained node pool np-orders-v2. The node pool np-checkout-c2 was fine.')).toBe(
      'We drained an internal node pool. The internal node pool was fine.',
    );
  });

  it('drops an alert label set written after a space, in public and exec timelines (trial 18c)', () => {
    const doc = sampleIncident({
      timeline: [
        {
          id: 'EVT-1',
          at: '2026-03-04T12:01:00Z',
          kind: 'alert-fired',
          summary: '[FIRING:2] KafkaConsumerLagHigh {topic="ledger.events",group="ledger-writer"}',
          source: 'alertmanager',
        },
      ],
    });
    const last = (audience: 'exec' | 'public') => documentForAudience(doc, audience).timeline.at(-1)?.summary;
    expect(last('exec')).toBe('Alert fired: Kafka consumer lag high');
    expect(last('public')).toBe('An alert fired');
  });

  it('says two different alerts that read alike once redacted as two alerts, not one firing twice (trial 19)', () => {
    const alert = (id: string, at: string, summary: string, count = 1) => ({
      id,
      at,
      kind: 'alert-fired' as const,
      summary,
      source: 'alertmanager',
      count,
    });
    const public_ = (timeline: ReturnType<typeof alert>[]) =>
      documentForAudience(sampleIncident({ timeline }), 'public').timeline.map((e) => [e.summary, e.count]);
    expect(
      public_([
        alert('EVT-1', '2026-03-04T10:04:00Z', 'PaymentsHighErrorRate firing'),
        alert('EVT-2', '2026-03-04T10:05:00Z', 'LedgerReplicaLagHigh firing'),
      ]),
    ).toContainEqual(['Two alerts fired', 1]);
    // One alert that fired five times (flapping) stays one alert with its count.
    expect(
      public_([alert('EVT-3', '2026-03-04T10:04:00Z', 'PaymentsHighErrorRate firing', 5)]),
    ).toContainEqual(['An alert fired', 5]);
  });

  it('drops the reason with the link of a moment whose event the reader view leaves out (trial 19)', () => {
    const doc = sampleIncident({
      moments: {
        impactStart: {
          at: '2026-03-04T14:00:00Z',
          eventId: 'EVT-LOG',
          reason: 'first error: `inventory lookup failed for request <*>`',
        },
      },
      timeline: [
        {
          id: 'EVT-LOG',
          at: '2026-03-04T14:00:00Z',
          kind: 'log-signature',
          severity: 'error',
          summary: 'inventory lookup failed for request <*>',
          source: 'orders.log',
        },
      ],
    });
    for (const audience of ['exec', 'public'] as const) {
      const view = documentForAudience(doc, audience);
      expect(view.timeline.some((event) => event.id === 'EVT-LOG')).toBe(false);
      expect(view.moments.impactStart).toEqual({ at: '2026-03-04T14:00:00.000Z' });
    }
  });

  it('lists two actions that read the same without their people once (trial 12h A-8)', () => {
    const doc = sampleIncident({
      actions: [
        { id: 'ACT-1', title: 'Remind Priya Raman to run the load test', owner: 'Jordan Lee' },
        { id: 'ACT-2', title: 'Remind Jordan Lee to run the load test', owner: 'Priya Raman' },
      ],
    });
    const titles = documentForAudience(doc, 'public').actions.map((a) => a.title);
    expect(titles).toEqual(['Remind an engineer to run the load test']);
  });
});

describe('the exec view', () => {
  it('leaves out raw log lines and their signatures', () => {
    const doc = documentForAudience(sampleIncident(), 'exec');
    const text = JSON.stringify(doc);
    expect(text).not.toContain('too many clients already');
    expect(text).not.toContain('context deadline exceeded');
    expect(doc.timeline.every((e) => e.signature === undefined)).toBe(true);
  });

  it('keeps a note the author marked error or critical, and no other note (trial 18e)', () => {
    const base = sampleIncident();
    const at = base.timeline[0]!.at;
    const note = (id: string, severity: 'info' | 'critical', summary: string) => ({
      id,
      at,
      kind: 'note' as const,
      severity,
      summary,
      source: 'manual',
      origins: [],
      approximate: false,
      count: 1,
    });
    const doc = {
      ...base,
      timeline: [
        ...base.timeline,
        note('EVT-CRIT', 'critical', 'The cache hit its memory limit and refused new orders'),
        note('EVT-INFO', 'info', 'Someone opened a dashboard'),
      ],
    };
    const summaries = documentForAudience(doc, 'exec').timeline.map((event) => event.summary);
    expect(summaries.join('\n')).toContain('refused new orders');
    expect(summaries.join('\n')).not.toContain('opened a dashboard');
  });

  it('reads no alert in the tools a resolution names, in public (trial 18e)', () => {
    const base = sampleIncident();
    const resolution = {
      id: 'EVT-RESOLVED',
      at: base.timeline.at(-1)!.at,
      kind: 'resolution' as const,
      severity: 'info' as const,
      summary: 'Replayed the DLQ with ServiceBusExplorer, ReconciliationJob green, incident resolved',
      source: 'manual',
      origins: [],
      approximate: false,
      count: 1,
    };
    const published = documentForAudience({ ...base, timeline: [...base.timeline, resolution] }, 'public');
    const said = published.timeline.find((event) => event.id === 'EVT-RESOLVED')?.summary ?? '';
    expect(said).toContain('incident resolved');
    expect(said).not.toMatch(/\balert\b/);
  });

  it('explains glossary terms in plain words where they are first used', () => {
    // Both read what happened before the factors: the summary ("the pool was exhausted") explains connection-pool
    // exhaustion, and the factor that names it does not again.
    const doc = sampleIncident({ bluf: 'Checkout failed for 41 minutes; three changes prevent a repeat.' });
    const exec = documentForAudience(doc, 'exec');
    expect(exec.summary).toContain('In plain words, connection-pool exhaustion: The service ran out');
    expect(exec.factors[0]?.description).not.toContain('In plain words');
    const people = documentForAudience(doc, 'public');
    expect(people.summary).toContain('In plain words, connection-pool exhaustion: The service ran out');
    expect(people.factors[0]?.description).not.toContain('In plain words');
  });
});

describe('public redaction', () => {
  it('redacts addresses and internal host names but not times or public sites', () => {
    const { redact, counts } = publicRedactor(['ledger-svc']);
    expect(
      redact(
        'At 12:07 ledger-svc on api-7f9c8d6b5-x2x9z (fe80::1ff:fe23:4567:890a, 10.0.0.2:5432) failed; see https://status.example.com',
      ),
    ).toBe(
      'At 12:07 an internal service on an internal host (two internal addresses) failed; see https://status.example.com',
    );
    expect(counts).toEqual({ ips: 2, hosts: 1, services: 1, people: 0 });
  });
});

describe('a program the public text names once by its words (trial 12c C-10, C-11)', () => {
  it('is redacted wherever else it stands, and reads as English', () => {
    const summary = [
      'The ledger-writer service lost its connection.',
      'An internal service ledger-writer was restarted.',
      "The ledger-writer's pool was exhausted, and ledger-writer's retries made it worse.",
      'The grpc client in ledger-writer v2.14.0 failed.',
    ].join('\n');
    const shown = documentForAudience(sampleIncident({ services: [], summary }), 'public').summary;
    expect(shown).not.toContain('ledger-writer');
    expect(shown).not.toMatch(/internal internal/);
    expect(shown).toContain('An internal service was restarted.');
  });
});

describe('a name written in code marks once (trial 26 F15)', () => {
  it('is an internal name wherever else it stands bare', () => {
    const base = sampleIncident();
    const doc = sampleIncident({
      services: [],
      summary:
        'Kafka consumers (consumer group `orders-enricher`) stalled when the role `cert-manager-dns` lost access.',
      actions: [
        ...base.actions,
        {
          id: 'ACT-9',
          title: 'Test that cert-manager-dns can write DNS records',
          priority: 'high',
          type: 'prevent',
        },
      ],
      timeline: [
        ...base.timeline,
        {
          id: 'EVT-LAG',
          at: '2026-03-04T14:40:00.000Z',
          kind: 'alert-fired',
          summary: 'An alert fired for orders-enricher (lag above 500k)',
          severity: 'warning',
          source: 'manual',
          origins: [],
        },
      ],
    });
    const shown = documentForAudience(doc, 'public');
    const all = JSON.stringify(shown);
    expect(all).not.toContain('orders-enricher');
    expect(all).not.toContain('cert-manager-dns');
    expect(shown.timeline.map((event) => event.summary)).toContain(
      'An alert fired for an internal name (lag above 500k)',
    );
  });
});

describe('a host and another name for it in brackets (trial 27 F11)', () => {
  it('is said once', () => {
    const summary =
      'At 14:01 UTC Patroni promoted pg-orders-2 (db-prod-eu-2.internal) after the disk failed.';
    const shown = documentForAudience(sampleIncident({ services: [], summary }), 'public').summary;
    expect(shown).not.toMatch(/internal host \(an internal host\)/);
    expect(shown).toContain('promoted an internal host after the disk failed');
  });
});

describe('a deploy line typed by hand, in public (trial 12c C-22)', () => {
  it('names neither the program nor who deployed it', () => {
    const doc = sampleIncident({
      services: [],
      participants: [{ name: 'Kavitha Subramaniam', role: 'responder' }],
      timeline: [
        {
          id: 'EVT-1',
          at: '2026-03-04T11:52:00Z',
          kind: 'deploy',
          summary: 'Deploy of ledger-writer by Kavitha Subramaniam',
          source: 'manual',
        },
      ],
    });
    const line = renderReport(doc, { audience: 'public', format: 'md' })
      .text.split('\n')
      .find((l) => l.includes('11:52'));
    expect(line).toMatch(/— Deploy of an internal service$/);
  });
});

describe('a name used before a noun, in public (trial 12c C-14)', () => {
  it('says whose it is, with no doubled article', () => {
    const doc = sampleIncident({
      participants: [
        { name: '김민준', role: 'responder' },
        { name: 'Przemysław Wójcik', role: 'scribe' },
      ],
      summary: 'The 김민준 branch was merged. The Przemysław Wójcik revert worked.',
    });
    expect(documentForAudience(doc, 'public').summary.split('\n')[0]).toBe(
      "An engineer's branch was merged. An engineer's revert worked.",
    );
  });
});
