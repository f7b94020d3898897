import { describe, expect, it } from 'vitest';
import { findGlossaryTerm, glossaryEntriesIn, lookUpGlossary } from '../playbook/index.js';
import { htmlToText } from './published-text.js';
import { renderReport } from './render.js';
import { trialIncident } from './test-support/trial-incident.js';

// The jargon a trial found unexplained in exec reports (debrief issue 18): each must resolve to a glossary entry,
// by lookup (`debrief playbook glossary WORD`) and where an author writes it in running text.
describe('the jargon of Go and Rust incidents resolves to the glossary', () => {
  it.each([
    ['http.Client', 'go-http-client'],
    ['shared http.Client', 'go-http-client'],
    ['spawn_blocking', 'spawn-blocking'],
    ['blocking call in an async handler', 'blocking-in-async'],
    ['load test', 'load-test'],
    ['for: 5m', 'alert-hold-duration'],
    ['timeout budget', 'timeout-budget'],
    ['nil response', 'nil-pointer-dereference'],
    ['dereference', 'nil-pointer-dereference'],
    ['Argo CD', 'argo-cd'],
    ['Arc<Mutex>', 'arc-mutex'],
    ['lifetimes', 'rust-lifetime'],
    ['Send + Sync', 'send-sync'],
    ['cargo', 'cargo'],
    ['WaitGroup', 'waitgroup'],
    ['errgroup', 'errgroup'],
    ['lint', 'lint-check'],
    ['ctx deadline', 'context-deadline'],
    ['ctx deadline exceeded', 'context-deadline-exceeded'],
    ['fan-out', 'fan-out'],
    ['sidecar', 'sidecar'],
    // Trial 18e E2-5: an engineer's write-up words an exec report showed unexplained.
    ['PR #4821', 'pull-request'],
    ['the diff', 'diff'],
    ['900 rps', 'requests-per-second'],
    ['the retry handler', 'request-handler'],
    ['a test env', 'environment'],
    ['hotfixing', 'hotfix'],
    ['worker threads', 'worker-thread'],
    ['a brown-bag', 'brown-bag'],
    ['goleak', 'goleak'],
  ])('looks up %s', (query, id) => {
    expect(lookUpGlossary(query)?.id).toBe(id);
  });

  it.each([
    ['moved the payments client onto a shared http.Client with an 800 ms timeout', 'go-http-client'],
    ['the image resize ran in spawn_blocking', 'spawn-blocking'],
    ['a blocking call in an async handler stalled the workers', 'blocking-in-async'],
    ['nobody ran the load test before the release', 'load-test'],
    ['the alert (p95 > 2s for: 5m) fired late', 'alert-hold-duration'],
    ['We are adding a timeout budget check.', 'timeout-budget'],
    ['a nil response on the timeout path panicked a goroutine', 'nil-pointer-dereference'],
    ['a timeout returns a nil response that the caller dereferenced', 'nil-pointer-dereference'],
    ['The rollback through Argo CD took under two minutes', 'argo-cd'],
    ['the cache sat behind an Arc<Mutex<HashMap>>', 'arc-mutex'],
    ['the handler needed Send + Sync bounds', 'send-sync'],
    ['the workers waited on a sync.WaitGroup', 'waitgroup'],
    ['fan-out through errgroup.WithContext', 'errgroup'],
    ['Lint client timeouts against the published p99', 'lint-check'],
  ])('finds the term in "%s"', (text, id) => {
    expect(glossaryEntriesIn(text).map((entry) => entry.id)).toContain(id);
  });
});

// The trial's exec report (issue 18, T18c-4): every technical term is glossed once or said in words, in Markdown
// and HTML alike, and the kinds of jargon are caught generally, not by the trial's own names.
describe('the exec report of a Go and Rust incident', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const report = (format: 'md' | 'html', doc = trialIncident()) => {
    const text = renderReport(doc, { format, audience: 'exec', now }).text;
    return format === 'html' ? htmlToText(text) : text;
  };

  it.each(['md', 'html'] as const)('glosses fan-out, ctx deadline, sidecar and goleak (%s)', (format) => {
    const text = report(format);
    for (const [term, gloss] of [
      ['fan-out', 'One piece of work is split into many smaller ones'],
      ['ctx deadline', 'A time limit set on a request; once it passes, the program stops waiting'],
      ['sidecar', 'A small helper program that runs right next to a main service'],
      ['goleak', 'An automatic test check that fails when a program leaves background tasks running'],
    ]) {
      expect(text, term).toContain(term);
      expect(text.split(gloss!).length - 1, `${term} glossed once`).toBe(1);
    }
  });

  it.each(['md', 'html'] as const)('says CamelCase alert names and Go durations in words (%s)', (format) => {
    const text = report(format);
    expect(text).not.toMatch(/\b[A-Z][a-z]+[A-Z]{2,}[A-Za-z\d]*\b/);
    expect(text).not.toMatch(/(?<![$€\w])\d+[mh]\b/);
    expect(text).not.toContain('for:');
    expect(text).toContain('payments API high 5xx');
    expect(text).toContain('after 1 minute instead of 5 minutes');
  });

  it('catches other alert names, duration literals and acronyms the same way', () => {
    const text = report(
      'md',
      trialIncident({
        summary: 'CheckoutHTTPErrorsHigh held a 10m window; LedgerP99Latency paged after 1h30m, not $5m.',
      }),
    );
    // Each alert named as one, so its words do not run into the sentence's (trial 24 F12).
    expect(text).toContain('The “checkout HTTP errors high” alert held a 10-minute window');
    expect(text).toContain('the “ledger P99 latency” alert paged after 1 hour 30 minutes, not $5m.');
  });
});

// Trial 18e E-11: names from code are said in words in the exec report, not printed and then glossed.
describe('names from code in the exec report', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it.each(['md', 'html'] as const)('says them as the glossary does (%s)', (format) => {
    const doc = trialIncident({
      summary:
        'The release moved checkout onto a shared http.Client with an 800ms timeout; a nil response panicked a goroutine, and `max_conns` stayed at 20 while pgxpool.Acquire waited.',
    });
    const rendered = renderReport(doc, { format, audience: 'exec', now }).text;
    const text = format === 'html' ? htmlToText(rendered) : rendered;
    expect(text).toContain('onto a shared Go HTTP client with an 800-millisecond timeout');
    expect(text).toContain("crashed one of the program's tasks");
    expect(text).toContain('the connection limit stayed at 20 while the database connection pool waited');
    expect(text).not.toMatch(/http\.Client|max_conns|pgxpool\.Acquire|panicked/);
  });

  // Trial 23 F9 and F15: a panic as a noun was left unexplained, and numbered hosts unlisted.
  it.each(['md', 'html'] as const)('says a panic as a crash and lists numbered hosts (%s)', (format) => {
    const doc = trialIncident({
      summary:
        'The service panic on db-primary-02 took down ingest-worker-7. A second panic hit kafka-broker-1.',
    });
    const rendered = renderReport(doc, { format, audience: 'exec', now }).text;
    const text = format === 'html' ? htmlToText(rendered) : rendered;
    expect(text).toContain(
      'The service crash on db-primary-02 took down ingest-worker-7. A second crash hit',
    );
    expect(text).not.toMatch(/\bpanic/i);
    const listed = text.slice(text.indexOf('Names from our code'));
    for (const host of ['db-primary-02', 'ingest-worker-7', 'kafka-broker-1']) expect(listed).toContain(host);
  });
});

// Issue 18, deliverable 5 (trial 18c): the glossary cannot know every word; what it does not know is listed, not
// left silently, and the author is told (`technicalWords`).
describe('technical words the glossary does not know', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const doc = trialIncident({
    summary:
      'The VPA resized the workers to 768Mi and the otelcol exporter fell behind; KEDA kept the queue workers at two.',
  });
  it.each(['md', 'html'] as const)('are listed for the executive, with the author told (%s)', (format) => {
    const rendered = renderReport(doc, { format, audience: 'exec', now });
    const text = format === 'html' ? htmlToText(rendered.text) : rendered.text;
    expect(rendered.technicalWords).toEqual(['VPA', 'otelcol', 'KEDA']);
    expect(text).toMatch(/Other technical words(?:\*\*)?:?\s*VPA, otelcol, KEDA: words engineers use/);
    // Sizes in Kubernetes units are said in words instead.
    expect(text).toContain('to 768 megabytes');
  });

  it('are listed in the exec JSON, as its Markdown lists them', () => {
    const rendered = renderReport(doc, { format: 'json', audience: 'exec', now });
    expect(JSON.parse(rendered.text).unexplained).toEqual({
      codeNames: [],
      technicalWords: ['VPA', 'otelcol', 'KEDA'],
    });
    expect(rendered.technicalWords).toEqual(['VPA', 'otelcol', 'KEDA']);
  });

  it('are not listed for the public, who cannot ask our engineers, but the author is still told', () => {
    const rendered = renderReport(doc, { format: 'md', audience: 'public', now });
    expect(rendered.text).not.toContain('Other technical words');
    expect(rendered.technicalWords.length).toBeGreaterThan(0);
  });

  it('are none in a report whose words the glossary explains', () => {
    const known = trialIncident({
      summary:
        'We ran kubectl drain across the GKE node pool with no PDB; the Helm chart set a 512Mi limit. Redis hit maxmemory, Kafka ISR shrank and messages went to the DLQ.',
    });
    const rendered = renderReport(known, { format: 'md', audience: 'exec', now });
    expect(rendered.technicalWords).toEqual([]);
    expect(rendered.text).not.toContain('Other technical words');
    // Trial 18c: the command is the drain it did, and "the Helm chart" is the product, not a command.
    expect(rendered.text).toContain(
      'We ran a node drain across the GKE node pool with no PDB; the Helm chart set a 512-megabyte limit.',
    );
    // Each explained once, in place or at the end.
    for (const id of [
      'node-drain',
      'managed-kubernetes',
      'pod-disruption-budget',
      'helm-chart',
      'redis',
      'kafka',
    ]) {
      const plain = findGlossaryTerm(id)!.exec;
      expect(rendered.text.split(plain).length - 1, id).toBe(1);
    }
  });
});

// Trial 24 F2: code names from a Rust incident came out garbled ("an internal function internal function", "`async fn
// an internal setting`", "the spawn blocking setting") and a garble was then listed as a name from code.
describe('a Rust incident’s code names in reader reports', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const doc = trialIncident({
    summary:
      'It added a call to `reqwest::blocking` inside `async fn fetch_fx_rates`. A sync `std::net::ToSocketAddrs` call blocked the workers; spawn_blocking was not part of onboarding. The fix wraps DNS lookups in tokio::task::spawn_blocking.',
  });
  it.each(['exec', 'public'] as const)('reads as English for the %s', (audience) => {
    const text = renderReport(doc, { format: 'md', audience, now }).text;
    expect(text).not.toMatch(
      /internal function internal|`async fn|an internal setting`|spawn blocking setting|data structure call/,
    );
    expect(text).toContain('inside an internal function');
    // A library's own function is no code of ours: every reader gets its name, explained (trial 29).
    expect(text).toContain('wraps DNS lookups in spawn_blocking');
    expect(text).toMatch(/spawn_blocking\*?\*?:? ?(?:\(|:)?.*off the shared workers/);
  });
});
