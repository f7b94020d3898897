import { describe, expect, it } from 'vitest';
import { documentForAudience } from './audience.js';
import { alertNameWords, plainAlertTitle } from './plain-words.js';
import { readerPhrases } from './reader-phrases.js';
import { renderReport } from './render.js';
import { sampleIncident } from './test-support/sample-incident.js';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('plain words for executives', () => {
  it('says how the paragraph writes a term it explains in place: rollback met as "reverted"', () => {
    const doc = sampleIncident({
      bluf: 'Checkout failed for twenty minutes; a canary stage prevents a repeat.',
      summary: 'The on-call engineer reverted the deploy at 14:24 and checkout recovered.',
    });
    const view = documentForAudience(doc, 'exec');
    expect(view.summary).toContain(
      'In plain words, reverted (rollback): Undoing a recent change to get back to the last version that worked.',
    );
  });

  // Trial 18d, E-5: nine "In plain words" paragraphs stood in a row after one paragraph.
  it('explains at most three terms after one paragraph, the rest where they are met next or at the end', () => {
    const doc = sampleIncident({
      bluf: 'Checkout failed for twenty minutes; two changes prevent a repeat.',
      summary:
        'A goroutine leak exhausted the connection pool; the sidecar hit its timeout budget, the fan-out saw context deadline exceeded and the readiness probe failed.',
    });
    const { text } = renderReport(doc, { format: 'md', audience: 'exec' });
    const notes = text.split('\n\n');
    let run = 0;
    let longest = 0;
    for (const paragraph of notes) {
      run = paragraph.startsWith('In plain words, ') ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeLessThanOrEqual(3);
    // Nothing is left unexplained: what the paragraph could not hold is in "Words in this report".
    expect(text).toMatch(/## Words in this report[\s\S]*readiness probe/i);
  });

  it('says max_conns in words and explains it and 5xx in a factor once each', () => {
    const doc = sampleIncident({
      title: 'Checkout was slow at lunchtime',
      // Written by the author, so the bottom line names no factor: the factor is where the terms are first met.
      bluf: 'Checkout was slow for forty minutes at lunchtime; two changes prevent a repeat.',
      summary: 'Checkout was slow for forty minutes.',
      factors: [
        {
          id: 'FAC-1',
          title: 'max_conns was lower than the peak needed',
          category: 'configuration',
          description:
            'Each replica kept max_conns at 20, so requests queued and the gateway answered with 5xx.',
        },
        {
          id: 'FAC-2',
          title: 'The 5xx alert waited five minutes',
          category: 'monitoring-alerting',
          description: 'More 5xx errors reached customers before anyone was paged.',
        },
      ],
    });
    const { text } = renderReport(doc, { format: 'md', audience: 'exec' });
    // A name from code is said as the glossary says it (trial 18e E-11), and explained once like any other term;
    // 5xx is headed by the words the paragraph uses, the glossary's term after (trial 18d, E-5).
    expect(text).not.toContain('max_conns');
    expect(count(text, 'In plain words, connection limit: ')).toBe(1);
    expect(count(text, 'In plain words, 5xx (HTTP 5xx): ')).toBe(1);
    const view = documentForAudience(doc, 'exec');
    expect(view.factors[0]?.title).toBe('The connection limit was lower than the peak needed');
    expect(view.factors[0]?.description).toContain('Each replica kept the connection limit at 20');
    expect(view.factors[0]?.description).toContain('In plain words, 5xx (HTTP 5xx): ');
    expect(view.factors[1]?.description).not.toContain('In plain words');
  });

  it('explains no term that the exec report does not use', () => {
    // The sample's deadline errors are log lines: engineers see them, executives do not.
    const doc = sampleIncident();
    for (const format of ['html', 'md'] as const) {
      const { text } = renderReport(doc, { format, audience: 'exec' });
      expect(text).not.toMatch(/context deadline/i);
      expect(text).not.toContain('Requests gave up');
    }
  });

  it('explains every term the exec report uses, once: beside its first use, or in the closing words', () => {
    const { text } = renderReport(sampleIncident(), { format: 'md', audience: 'exec' });
    const explained = (term: string) =>
      count(text.toLowerCase(), `in plain words, ${term.toLowerCase()}: `) +
      count(text.toLowerCase(), `- **${term.toLowerCase()}**: `) +
      count(text.toLowerCase(), ` (${term.toLowerCase()}): `);
    for (const term of [
      'HTTP 5xx',
      'connection pool',
      'connection-pool exhaustion',
      'error rate',
      'runbook',
      'CI',
    ])
      expect(explained(term)).toBe(1);
    // Met first in "What happened", right after the bottom line and the business block: explained right there,
    // and not again under the factor that names it later.
    const happened = text.slice(text.indexOf('## What happened'), text.indexOf('## Impact'));
    expect(happened).toContain('In plain words, connection-pool exhaustion: ');
    const factors = text.slice(text.indexOf('## Contributing factors'), text.indexOf('## Action items'));
    expect(factors).not.toContain('In plain words');
    // Met first in the bottom line, a list or a label: in "Words in this report", under the words the report uses.
    const words = text.slice(text.indexOf('## Words in this report'));
    for (const term of ['Connection pool', 'CI', 'Time to detect', 'Time to resolve', 'Runbook'])
      expect(words).toContain(`- **${term}**: `);
    expect(text).not.toMatch(/\bMTT[DAMR]\b/);
    // Headed by the words the report uses (it says SEV2), the glossary's term after.
    expect(words).toMatch(/^- \*\*SEV2\*\* \(Severity\): How serious the incident was.*gets\.$/m);
  });

  it('lists the words it leaves for the end in one order in Markdown and HTML', () => {
    const words = (format: 'md' | 'html') => {
      const { text } = renderReport(sampleIncident(), { format, audience: 'exec' });
      const terms =
        format === 'md'
          ? [...text.matchAll(/^- \*\*([^*]+)\*\*( \([^)]+\))?: /gm)]
          : [
              ...text
                .slice(text.indexOf('Words in this report'))
                .matchAll(/<dt>([^<(]+?)( \([^)]+\))?<\/dt>/g),
            ];
      return terms.map((m) => `${m[1]}${m[2] ?? ''}`);
    };
    expect(words('html')).toEqual(words('md'));
    expect(words('md')).toContain('SEV2 (Severity)');
  });

  it('spells each term as the report does: beside a paragraph, in the closing words and in JSON', () => {
    const doc = sampleIncident({
      bluf: 'Checkout failed for forty minutes; max_conns and p95 alerts prevent a repeat.',
      summary: 'Kubernetes pulled every pod from the service as its readiness probe failed.',
    });
    const { text } = renderReport(doc, { format: 'md', audience: 'exec' });
    expect(text).toContain('In plain words, Kubernetes: ');
    expect(text).toContain('In plain words, readiness probe: ');
    expect(text).toMatch(/^- \*\*Connection limit\*\*: /m);
    expect(text).toMatch(/^- \*\*p95\*\* \(Percentile latency\): /m);
    const json = JSON.parse(renderReport(doc, { format: 'json', audience: 'exec' }).text);
    const terms = json.glossary.map((entry: { term: string }) => entry.term);
    expect(terms).toContain('Kubernetes');
    // Headed as the Markdown heads it, by the words written, the glossary's term after.
    expect(terms).toContain('p95 (Percentile latency)');
    expect(
      json.glossary.find((entry: { term: string }) => entry.term.startsWith('p95')).explanation,
    ).not.toMatch(/written/);
  });

  it('explains the words of infrastructure and practice that executives meet', () => {
    const doc = sampleIncident({
      bluf: 'Checkout failed for forty minutes; the fixes below prevent a repeat.',
      summary: [
        'The HPA added pods in the payments namespace, but pgbouncer still capped connections.',
        'The DBA found it; we had rehearsed this at a game day, set RUST_BACKTRACE=1 and ran five whys.',
      ].join(' '),
    });
    const { text } = renderReport(doc, { format: 'md', audience: 'exec' });
    // Beside the paragraph (three at most, trial 18d E-5), else in "Words in this report".
    for (const term of [
      'HPA',
      'pod',
      'namespace',
      'PgBouncer',
      'DBA',
      'game day',
      'RUST_BACKTRACE',
      'five whys',
    ])
      expect(
        text.includes(`In plain words, ${term}: `) ||
          text.toLowerCase().includes(`- **${term.toLowerCase()}**: `),
        term,
      ).toBe(true);
  });

  it('turns raw alert titles into sentences in the exec and public views', () => {
    const doc = sampleIncident({
      timeline: [
        {
          id: 'EVT-1',
          at: '2026-03-04T12:07:00Z',
          kind: 'alert-fired',
          summary: '[FIRING:1] HighErrorRate (payments)',
        },
        {
          id: 'EVT-2',
          at: '2026-03-04T12:40:00Z',
          kind: 'resolution',
          summary: '[RESOLVED] HighErrorRate',
        },
      ],
      moments: {},
    });
    for (const audience of ['exec', 'public'] as const) {
      const summaries = documentForAudience(doc, audience).timeline.map((event) => event.summary);
      // The public view says what happened to the alert, and not its name or labels, which are internal.
      expect(summaries).toEqual(
        audience === 'exec'
          ? ['Alert fired: high error rate (payments)', 'Alert resolved: high error rate']
          : ['An alert fired', 'An alert resolved'],
      );
    }
    expect(documentForAudience(doc, 'engineering').timeline[0]?.summary).toBe(
      '[FIRING:1] HighErrorRate (payments)',
    );
  });

  it('reads alert names and imported alert lines as words', () => {
    expect(alertNameWords('KubePodCrashLooping')).toBe('kube pod crash looping');
    expect(alertNameWords('HTTPErrorsHigh')).toBe('HTTP errors high');
    // A product keeps its capital (trial 18c).
    expect(alertNameWords('KafkaConsumerLagHigh')).toBe('Kafka consumer lag high');
    // An abbreviation written as a word is in capitals (trial 18d listed "Api" as a word nobody explained).
    expect(alertNameWords('OrdersApiP99LatencyHigh')).toBe('orders API P99 latency high');
    expect(alertNameWords('DbCpuHigh')).toBe('DB CPU high');
    // A product in mixed case stays one word (trial 18e read "bull MQ waiting jobs high").
    expect(alertNameWords('BullMQWaitingJobsHigh')).toBe('BullMQ waiting jobs high');
    expect(alertNameWords('PostgreSQLReplicationLag')).toBe('PostgreSQL replication lag');
    expect(plainAlertTitle('[FIRING:1] KafkaConsumerLagHigh fired in #alerts-checkout', 'alert-fired')).toBe(
      'Alert fired: Kafka consumer lag high in #alerts-checkout',
    );
    expect(alertNameWords('high_error_rate')).toBe('high error rate');
    expect(plainAlertTitle('Alert HighErrorRate (service=api) firing: 5xx above 5%')).toBe(
      'Alert fired: high error rate (service=api): 5xx above 5%',
    );
    expect(plainAlertTitle('CheckoutErrorRate above 5% for 5m', 'alert-fired')).toBe(
      'Checkout error rate above 5% for 5m',
    );
    expect(plainAlertTitle('Rolled back pool_size to 50', 'rollback')).toBe('Rolled back pool_size to 50');
    expect(plainAlertTitle('Alert PaymentsP95LatencyHigh fired')).toBe(
      'Alert fired: payments P95 latency high',
    );
    expect(plainAlertTitle('PaymentsP95LatencyHigh fired', 'alert-fired')).toBe(
      'Alert fired: payments P95 latency high',
    );
    expect(plainAlertTitle('PaymentsP95LatencyHigh resolved after 12m', 'alert-resolved')).toBe(
      'Alert resolved: payments P95 latency high after 12m',
    );
  });
});

describe('reader phrases', () => {
  it('calls a chat channel the incident channel, and says an alert hold duration in words', () => {
    expect(readerPhrases('Priya acknowledged the page and opened #inc-checkout')).toBe(
      'Priya acknowledged the page and opened the incident channel',
    );
    expect(readerPhrases('we asked in #payments-team')).toBe('we asked in a team chat channel');
    expect(readerPhrases('see issue #4521 and C# code')).toBe('see issue #4521 and C# code');
    expect(readerPhrases('The alert’s `for: 5m` delayed detection')).toBe(
      'The alert’s hold duration of 5 minutes delayed detection',
    );
    expect(readerPhrases('(p95 > 2s for: 5m)')).toBe('(p95 > 2s for 5 minutes)');
    expect(readerPhrases('for: 1h and for: 30s')).toBe('for 1 hour and for 30 seconds');
    // A change of the clause says what changed (trial 18e E2-2: "cut the alert's for 10 minutes to for 2 minutes").
    expect(readerPhrases("We cut the alert's for: 10m to for: 2m.")).toBe(
      "We cut the alert's hold time from 10 minutes to 2 minutes.",
    );
    expect(readerPhrases('Cut `for: 10m` to 2m')).toBe('Cut the hold time from 10 minutes to 2 minutes');
  });

  it("says an on-call 'acked' in words, and leaves words that only contain it alone", () => {
    expect(readerPhrases('Oluwaseun acked the page; Acked at 08:17.')).toBe(
      'Oluwaseun acknowledged the page; Acknowledged at 08:17.',
    );
    expect(readerPhrases('the backpacked racks and a hacked-together script')).toBe(
      'the backpacked racks and a hacked-together script',
    );
  });

  it('says short durations in words, and leaves amounts of money alone', () => {
    expect(readerPhrases('Checkout error rate above 5% for 5m')).toBe(
      'Checkout error rate above 5% for 5 minutes',
    );
    expect(readerPhrases('impact lasted 52m 00s, resolved after 1h 05m')).toBe(
      'impact lasted 52 minutes, resolved after 1 hour 5 minutes',
    );
    expect(readerPhrases('recovered within 90s; we lost $5m and 5m users')).toBe(
      'recovered within 90 seconds; we lost $5m and 5m users',
    );
  });

  it('says alert names, bare durations and commit hashes in words for executives, not for engineers', () => {
    const doc = sampleIncident({
      factors: [
        {
          id: 'FAC-1',
          title: 'PaymentsHighErrorRate paged 12 minutes late',
          category: 'monitoring-alerting',
          description: 'Commit 7f66bfea42 halved the pool; p95 rose from 180ms to above 2s.',
        },
        {
          id: 'FAC-2',
          title: 'The alert waits before paging',
          category: 'monitoring-alerting',
          description: '',
        },
      ],
    });
    const [exec] = documentForAudience(doc, 'exec').factors;
    // A title opens a sentence: its alert name keeps the capital (trial 18d, E-2).
    expect(exec?.title).toBe('Payments high error rate paged 12 minutes late');
    expect(exec?.description).toContain(
      'A code change halved the pool; p95 rose from 180 milliseconds to above 2 seconds.',
    );
    const [engineering] = documentForAudience(doc, 'engineering').factors;
    expect(engineering?.description).toBe(
      'Commit 7f66bfea42 halved the pool; p95 rose from 180ms to above 2s.',
    );
  });

  it('says a change named by its hash as what it was: a deploy, the version before', () => {
    const doc = sampleIncident({
      title: 'Payments API returned 503s after deploy 9f3c2ab exhausted the pool',
    });
    const factors = doc.factors.map((factor, i) =>
      i === 0 ? { ...factor, title: 'Deploy 9f3c2ab went to all regions with no canary stage' } : factor,
    );
    const timeline = doc.timeline.map((event, i) =>
      i === 0
        ? { ...event, kind: 'rollback' as const, summary: 'Rolled back to commit 4e1d7f0 (v2.30.4)' }
        : event,
    );
    for (const audience of ['exec', 'public'] as const) {
      const view = documentForAudience({ ...doc, factors, timeline }, audience);
      expect(view.title).toBe('Payments API returned 503s after a deploy exhausted the pool');
      expect(view.factors[0]?.title).toBe('A deploy went to all regions with no canary stage');
      // The public sees no version number (trial 18d, E-6).
      expect(view.timeline.map((event) => event.summary)).toContain(
        audience === 'exec'
          ? 'Rolled back to the version before (v2.30.4)'
          : 'Rolled back to the version before',
      );
    }
  });

  it('keeps no handles in an exec timeline: "(by jmuller)" goes, "(by Release Bot)" stays', () => {
    const doc = sampleIncident({
      timeline: [
        {
          id: 'EVT-1',
          at: '2026-03-04T12:00:00Z',
          kind: 'deploy',
          summary: 'Deploy payments-api v3.2.0 (by jmuller)',
        },
        {
          id: 'EVT-2',
          at: '2026-03-04T12:01:00Z',
          kind: 'deploy',
          summary: 'Deploy checkout-api v2.14.0 (by Release Bot)',
        },
        {
          id: 'EVT-3',
          at: '2026-03-04T12:02:00Z',
          kind: 'config-change',
          summary: 'Config change (by @dana.k)',
        },
        {
          id: 'EVT-4',
          at: '2026-03-04T12:03:00Z',
          kind: 'alert-fired',
          summary: 'PaymentsP95LatencyHigh fired',
        },
      ],
      moments: {},
    });
    const lines = documentForAudience(doc, 'exec').timeline.map((event) => event.summary);
    expect(lines).toEqual([
      'Deploy payments-api v3.2.0',
      'Deploy checkout-api v2.14.0 (by Release Bot)',
      'Config change',
      'Alert fired: payments P95 latency high',
    ]);
  });
});

describe("a reader's timeline credits no person with a change", () => {
  const at = '2026-03-04T11:50:00Z';
  let n = 0;
  const event = (summary: string, kind: 'deploy' | 'rollback' | 'acknowledged') => ({
    id: `EVT-${kind}-${++n}`,
    at,
    approximate: false,
    kind,
    severity: 'info' as const,
    summary,
    source: 'git-log',
    count: 1,
    origins: [],
  });

  it('drops the author of a deploy or rollback, keeps automation and people acknowledging a page', () => {
    const doc = sampleIncident({
      timeline: [
        event('Deploy checkout-api v2.14.0 (commit 7f66bfea42 by Yuki Tanaka)', 'deploy'),
        event('Deploy checkout-api v2.14.1 (by Release Bot)', 'deploy'),
        event('Roll back checkout-api (by Luis Ortega)', 'rollback'),
        event('Dana Kim acknowledged the page', 'acknowledged'),
      ],
    });
    const exec = renderReport(doc, { format: 'md', audience: 'exec' }).text;
    const timeline = exec.slice(exec.indexOf('## Timeline'));
    expect(timeline).toContain('Deploy checkout-api v2.14.0\n');
    expect(timeline).not.toContain('Yuki');
    expect(timeline).toContain('(by Release Bot)');
    expect(timeline).not.toContain('Luis');
    expect(timeline).toContain('Dana Kim acknowledged the page');
  });

  it('drops an author written without brackets, in the exec and the public report (trial 18e E2-1)', () => {
    const doc = sampleIncident({
      timeline: [
        event('Deploy checkout-api v2.31.0 by jnowak: pool limit 50 to 10', 'deploy'),
        event('Deploy orders-api v3.2.1 by Jakub Nowak', 'deploy'),
        event('Rolled back by jnowak', 'rollback'),
        event('Rolled back by hand', 'rollback'),
        event('Deploy checkout-api v2.31.1 by Argo CD', 'deploy'),
      ],
    });
    for (const audience of ['exec', 'public'] as const) {
      const text = renderReport(doc, { format: 'md', audience }).text;
      const timeline = text.slice(text.indexOf('## Timeline'));
      expect(timeline).not.toMatch(/jnowak|Jakub|Nowak/);
      expect(timeline).toContain('Rolled back by hand');
      expect(timeline).toMatch(/by Argo CD/);
    }
  });

  it('drops a full name the analyzer does not know that opens a change, keeping automation (trial 18c)', () => {
    const doc = sampleIncident({
      timeline: [
        event('Will Hunter set GOMAXPROCS=2 on checkout-api', 'deploy'),
        event('Argo CD synced checkout-api v2.31.1', 'deploy'),
      ],
    });
    const exec = renderReport(doc, { format: 'md', audience: 'exec' }).text;
    const timeline = exec.slice(exec.indexOf('## Timeline'));
    expect(timeline).not.toMatch(/Will|Hunter/);
    expect(timeline).toContain('Argo CD synced');
  });
});

// Issue 18, T18c-5: a reader looks a word up by the word they met, not the glossary's name for it.
describe('the words in this report', () => {
  it('heads each gloss by the words the report uses, the glossary term after', () => {
    const doc = sampleIncident({
      title: 'Checkout failed after a pool size change',
      summary: 'Requests waited for the database.',
    });
    for (const format of ['md', 'html'] as const) {
      const { text } = renderReport(doc, { format, audience: 'exec' });
      const words = text.slice(text.indexOf('Words in this report'));
      expect(words, format).toMatch(
        format === 'md'
          ? /^- \*\*pool size\*\* \(Connection pool\): /m
          : /<dt>pool size \(Connection pool\)<\/dt>/m,
      );
      expect(words, format).not.toMatch(
        /<dt>Connection pool<\/dt>|\*\*Connection pool\*\*|written pool size/,
      );
    }
  });
});
