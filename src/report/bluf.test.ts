import { describe, expect, it } from 'vitest';
import { buildBluf } from './bluf.js';
import { reportDate, sampleIncident } from './test-support/sample-incident.js';
import { trialIncident } from './test-support/trial-incident.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the BLUF', () => {
  it('states what happened, the impact, the systemic cause, owned actions and the next step', () => {
    const bluf = buildBluf(sampleIncident(), { today: reportDate });
    expect(bluf.authored).toBe(false);
    expect(bluf.text).toMatchInlineSnapshot(
      `"For 41 minutes on 4 March 2026 (SEV2), customers could not complete purchases; card payments failed with an error page (12,400 users affected, 48,210 failed requests, 35% of the error budget). Systemic cause (configuration): pool size changes are not validated against expected peak load; next step: validate pool size against peak concurrency in CI (overdue since 20 March 2026)."`,
    );
    expect(words(bluf.text)).toBeLessThanOrEqual(80);
  });

  it('keeps a call\'s brackets with its name when a long action title is shortened (trial 23: "replace unwrap")', () => {
    const base = sampleIncident();
    const doc = sampleIncident({
      actions: base.actions.map((action, i) =>
        i === 0
          ? {
              ...action,
              title:
                'Replace unwrap() on config hot-reload map lookups with typed errors and a fallback to the last good config file everywhere',
            }
          : action,
      ),
    });
    const bluf = buildBluf(doc, { today: reportDate });
    expect(bluf.text).not.toMatch(/next step: replace unwrap \(/);
  });

  // Trial 21: "…(SEV1), for customers: card payments failed", "It cost No direct revenue loss measured.", and a
  // title with no verb after a comma.
  it("reads the author's label, a cost that is no amount and a bare title as sentences", () => {
    const labelled = buildBluf(
      sampleIncident({
        impact: { description: 'For customers: card payments failed across the EU region.' },
      }),
      { today: reportDate },
    );
    expect(labelled.text).toMatch(
      /^For 41 minutes on 4 March 2026 \(SEV2\), card payments failed across the EU region/,
    );
    const free = buildBluf(
      sampleIncident({
        impact: { description: 'Checkout failed.', cost: 'No direct revenue loss measured' },
      }),
      { today: reportDate },
    );
    expect(free.text).toContain('Cost: No direct revenue loss measured.');
    const unknown = buildBluf(
      sampleIncident({ impact: { description: 'Checkout failed.', cost: 'hard to say yet' } }),
      { today: reportDate },
    );
    expect(unknown.text).toContain('The cost is not known yet.');
    const said = buildBluf(
      sampleIncident({ impact: { description: 'Customers: search returned empty results.' } }),
      { today: reportDate },
    );
    expect(said.text).toMatch(/\(SEV2\), search returned empty results/);
    const bare = buildBluf(
      sampleIncident({
        title: 'Intermittent 502s on the admin console',
        moments: {},
        impact: { description: '' },
      }),
      { today: reportDate },
    );
    expect(bare.text).toMatch(
      /^In this SEV2 incident: intermittent 502s on the admin console; how many customers it affected is not yet known\./,
    );
  });

  // Trial 18e: a long impact sentence cut at its first clause read "roughly 38" for 38,400 customers.
  it('cuts a long impact sentence at a clause, never inside a number or a time', () => {
    const bluf = buildBluf(
      sampleIncident({
        impact: {
          description:
            'Roughly 38,400 customers placed orders but got no confirmation email or push notification from 12:05 onwards, and 1,912 checkout attempts failed with errors while support took 2,300 tickets.',
        },
      }),
      { today: reportDate },
    );
    expect(bluf.text).toContain('roughly 38,400 customers placed orders');
    expect(bluf.text).not.toMatch(/roughly 38[.;]/);
  });

  it('names missing facts instead of papering over them', () => {
    const bluf = buildBluf(
      sampleIncident({ impact: { description: '' }, factors: [], actions: [], moments: {} }),
    );
    expect(bluf.text).toContain('how many customers it affected is not yet known.');
    expect(bluf.text).toContain('Systemic cause: not yet found; no action is agreed yet.');
    expect(bluf.missing).toEqual(['impact numbers', 'impact duration', 'actions', 'systemic cause']);
  });

  it('stays within 80 words however long the titles are', () => {
    const long = 'word '.repeat(150).trim();
    const doc = sampleIncident({
      title: long.slice(0, 199),
      factors: [{ id: 'FAC-1', title: long.slice(0, 199), category: 'capacity' }],
      actions: [1, 2, 3, 4].map((n) => ({
        id: `ACT-${n}`,
        title: long.slice(0, 299),
        owner: 'SRE team',
        dueDate: '2026-04-01',
      })),
    });
    expect(words(buildBluf(doc).text)).toBeLessThanOrEqual(80);
  });

  it('keeps the author’s own BLUF when there is one', () => {
    const bluf = buildBluf(
      sampleIncident({ bluf: 'Checkout was down for 41 minutes; pool sizes are now validated.' }),
    );
    expect(bluf).toEqual({
      text: 'Checkout was down for 41 minutes; pool sizes are now validated.',
      authored: true,
      missing: [],
    });
  });

  it('names no owner, date or delay in a public bottom line', () => {
    const { text } = buildBluf(sampleIncident(), { owners: false, today: '2026-12-04' });
    expect(text).toContain('next step: ');
    expect(text).not.toMatch(/overdue|due \d|Priya|Jordan|Sam/);
  });

  it('gives the same text for the same incident', () => {
    expect(buildBluf(sampleIncident()).text).toBe(buildBluf(sampleIncident()).text);
  });

  it('says what the author wrote of the impact when there are no numbers, and names a past due date as overdue', () => {
    const bluf = buildBluf(
      sampleIncident({
        impact: { description: 'Search results were up to three hours old. Nothing was lost.' },
      }),
      { today: reportDate },
    );
    expect(bluf.text).toContain(
      'For 41 minutes on 4 March 2026 (SEV2), search results were up to three hours old.',
    );
    // One duration, the measured impact: the author's own length is taken out of their sentence.
    const told = buildBluf(
      sampleIncident({
        impact: {
          description:
            'About 18,000 customers could not complete checkout for 47 minutes; 6,200 orders failed.',
        },
      }),
      { today: reportDate },
    );
    expect(told.text).toContain(
      'For 41 minutes on 4 March 2026 (SEV2), about 18,000 customers could not complete checkout; 6,200 orders failed.',
    );
    expect(told.text).not.toContain('47 minutes');
    // Hours and minutes written together go whole (trial 12e E-7: "returned 5xx 45 minutes").
    const compound = buildBluf(
      sampleIncident({
        impact: { description: 'About 18% of ledger writes returned 5xx for 1h45m; burn rate hit 14x.' },
      }),
      { today: reportDate },
    );
    expect(compound.text).toContain('about 18% of ledger writes returned 5xx; burn rate hit 14x');
    // How slow is no length of the impact (trial 12g G-15: "card payments took." lost both).
    const slow = buildBluf(
      sampleIncident({ impact: { description: 'Card payments took over 5s for 30 minutes.' } }),
      { today: reportDate },
    );
    expect(slow.text).toContain('For 41 minutes on 4 March 2026 (SEV2), card payments took over 5s.');
    // Without a measured duration, the author's own length is the one given.
    const unmeasured = buildBluf(
      sampleIncident({
        impact: { description: 'About 18,000 customers could not complete checkout for 47 minutes.' },
        moments: {},
      }),
    );
    expect(unmeasured.text).toContain('about 18,000 customers could not complete checkout for 47 minutes.');
    expect(unmeasured.text).not.toContain('not yet known');
    expect(bluf.text).not.toContain('not yet measured');
    // The sample's actions were due in March 2026.
    // A late next step is said without its owner (trial 25): the plan is late, not one person.
    expect(bluf.text).toMatch(/next step: [^(]*\(overdue since \d+ March 2026\)/);
  });

  it("names the systemic cause in words that pass the blame check, never the author's blameful title", () => {
    const factor = (id: string, title: string) => ({
      id,
      title,
      category: 'code-review' as const,
      description: '',
    });
    const rewritten = buildBluf(
      sampleIncident({
        factors: [factor('FAC-1', 'Kwame forgot to close resp.Body in the retry path')],
        actions: [],
      }),
      { today: reportDate },
    );
    expect(rewritten.text).toContain(
      'Systemic cause (code review): resp.Body was not closed in the retry path;',
    );
    expect(rewritten.text).not.toContain('Kwame');
    // No rewrite for the first: the next clean factor is named instead; none clean: the author is asked.
    const passedOver = buildBluf(
      sampleIncident({
        factors: [
          factor('FAC-1', 'Retrain Kwame on the deploy process'),
          factor('FAC-2', 'Nothing checks that response bodies are closed'),
        ],
      }),
      { today: reportDate },
    );
    expect(passedOver.text).toContain(
      'Systemic cause (code review): nothing checks that response bodies are closed',
    );
    const none = buildBluf(
      sampleIncident({ factors: [factor('FAC-1', 'Retrain Kwame on the deploy process')], actions: [] }),
      { today: reportDate },
    );
    expect(none.text).not.toContain('Kwame');
    expect(none.missing).toContain('a blameless wording of the contributing factors');
  });

  it('cuts no phrase short and names each action once, the next step first', () => {
    const doc = sampleIncident({
      title: 'Payments API timed out for EU customers after a client change, and retries made it worse',
      factors: [
        {
          id: 'FAC-1',
          title:
            'The shared http.Client had no per-call timeout, and nothing compared the timeout with the latency of the gateway it calls',
          category: 'code-review',
        },
      ],
      actions: [
        {
          id: 'ACT-1',
          title: 'Alert on goroutine count and p95 latency of the payments client with a page to the on-call',
          owner: 'Nguyễn Thị Mai',
          dueDate: '2026-03-30',
          priority: 'high',
        },
        {
          id: 'ACT-2',
          title: 'Set a per-call timeout on every outbound client and test the timeout path',
          owner: 'Sam Okafor',
          dueDate: '2026-04-10',
        },
      ],
    });
    const { text } = buildBluf(doc, { today: '2026-04-02' });
    expect(text).not.toContain('…');
    expect(text.split('alert on goroutine count').length - 1).toBe(1);
    expect(text).toContain(
      'next step: alert on goroutine count and p95 latency of the payments client with a page to the on-call (overdue since 30 March 2026).',
    );
    expect(text.split('Set a per-call timeout').length - 1).toBeLessThanOrEqual(1);
    expect(words(text)).toBeLessThanOrEqual(80);
  });

  it('says how long the impact lasted in words, and names the recorded cost and the ask', () => {
    const doc = sampleIncident({
      impact: {
        description: 'Checkout failed.',
        usersAffected: 12_400,
        cost: 'about €40,000 in refunds',
      },
      ask: 'Approve two weeks of work on the payments client before the holiday freeze',
    });
    const { text } = buildBluf(doc, { today: reportDate });
    expect(text).toContain('For 41 minutes');
    expect(text).not.toMatch(/\d+m \d\ds/);
    expect(text).toContain('It cost about €40,000 in refunds.');
    expect(text).toMatch(
      /We ask you: approve two weeks of work on the payments client before the holiday freeze\.$/,
    );
    expect(words(text)).toBeLessThanOrEqual(80);
  });

  it('keeps the systemic cause, the cost and the ask when it must leave something out', () => {
    const doc = sampleIncident({
      impact: {
        description:
          'Checkout failed for card payments in every region we serve, and returning customers saw an empty basket.',
        usersAffected: 12_400,
        failedRequests: 48_210,
        cost: 'about €40,000 in refunds and SLA credits owed to fourteen enterprise merchants this quarter',
      },
      ask: 'Approve two weeks of work on the payments client before the holiday freeze begins',
    });
    const { text } = buildBluf(doc, { today: reportDate });
    expect(words(text)).toBeLessThanOrEqual(80);
    expect(text).toContain('Systemic cause (configuration): pool size changes are not validated');
    // The cost and the ask are what an executive asks first: they stay, and the next step gives way to them
    // (issue 18, T18c-3; the action items list it).
    expect(text).not.toContain('next step');
    expect(text).toContain('It cost about €40,000 in refunds');
    expect(text).toContain('We ask you: approve two weeks');
  });

  // Issue 18, T18c-3: the trial's generated bottom line dropped the cost, the cause and the ask and gave three
  // durations (the title's, the author's and the measured one).
  it('leads with customers, one duration, the cost, the cause in plain words and the ask, in a few sentences', () => {
    const { text } = buildBluf(trialIncident(), { today: '2026-12-04' });
    expect(text).toMatch(/^For 40 minutes on 30 November 2026 \(SEV1\), card payments failed; about 12,400/);
    expect(text.match(/\b\d+ (?:minutes?|hours?)\b/g)).toEqual(['40 minutes']);
    expect(text).toContain('It cost about €180,000 in failed orders');
    expect(text).toContain('Systemic cause (architecture and resilience): settlement fan-out had no shared');
    expect(text).toMatch(/We ask you: approve two engineer-weeks .* holiday peak\.$/);
    expect(text).not.toMatch(/ctx deadline|5xx/);
    expect(text.split(/(?<=\.)\s+(?=[A-Z])/).length).toBeLessThanOrEqual(4);
    expect(words(text)).toBeLessThanOrEqual(80);
  });
});

describe('the author’s own length, hedged, in the bottom line (trial 18f F-8)', () => {
  it.each([
    'Checkout was slow or failing for over 10 minutes.',
    'Checkout was slow or failing for ~10 minutes.',
    'Checkout was slow or failing for more than 10 minutes.',
    'Checkout was slow or failing for 10+ minutes.',
  ])('goes whole, leaving no "failing for" nor "failing 10 minutes": %s', (description) => {
    const doc = trialIncident({ impact: { description, slaBreached: false }, bluf: '' });
    const first = buildBluf(doc, { owners: false, today: '2026-12-01', plain: true }).text.split('. ')[0];
    expect(first).toMatch(/, checkout was slow or failing$/);
  });
});

describe('the customers’ sentence when the author’s length leads it (trial 18f F12)', () => {
  it('keeps what customers saw after a length the report notes or a long first clause', () => {
    for (const description of [
      'For 6 hours 47 minutes (the timeline measures 40 minutes of impact) no push notification reached iOS devices.',
      'For 1h 58m, 38% of API requests from South America and 12% from Europe timed out or failed TLS handshakes; about 41,000 customers were affected and 2,760,000 requests failed.',
    ]) {
      const doc = trialIncident({
        impact: { description, usersAffected: 41_000, slaBreached: false },
        bluf: '',
      });
      const first = buildBluf(doc, { owners: false, plain: true }).text.split('. ')[0] ?? '';
      expect(first).toMatch(/^For 40 minutes on 30 November 2026 \(SEV\d\), (?:no push|38% of API)/);
      expect(first).not.toMatch(/,\s+\(|\(the timeline/);
      expect(first.match(/41,000 users affected/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});

describe('a systemic cause in words nothing explains (trial 18f)', () => {
  it('is said by its kind of gap for readers outside engineering, and as written for engineers', () => {
    const doc = trialIncident({
      bluf: '',
      factors: [
        {
          id: 'FAC-1',
          title:
            'Schema registry compatibility mode was NONE, so the Avro change broke the Flink deserializer',
          category: 'configuration',
          description: '',
        },
        {
          id: 'FAC-2',
          title: 'Alerts watched the API only',
          category: 'monitoring-alerting',
          description: '',
        },
      ],
    });
    expect(buildBluf(doc, { plain: true }).text).toContain(
      'Systemic cause: a gap in how settings are changed and checked',
    );
    expect(buildBluf(doc).text).toContain(
      'Systemic cause (configuration): schema registry compatibility mode',
    );
  });
});

describe('a count the author already gives (trial 18f F37)', () => {
  it('is not said again in brackets', () => {
    const doc = trialIncident({
      impact: { description: 'Checkout failed for 5,400 shoppers.', usersAffected: 5400, slaBreached: false },
      bluf: '',
    });
    const first = buildBluf(doc).text.split('. ')[0] ?? '';
    expect(first).toMatch(/checkout failed for 5,400 shoppers$/);
  });
});
