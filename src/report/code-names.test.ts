import { describe, expect, it } from 'vitest';
import { codeNamesIn } from './code-names.js';
import { renderReport } from './render.js';
import { reportDay, sampleIncident } from './test-support/sample-incident.js';

describe('names from code in a reader’s report', () => {
  it('finds dotted identifiers, snake_case, paths with ::, camelCase and anything in backticks', () => {
    expect(
      codeNamesIn(
        'The fix calls resp.Body.Close, sets retry_budget_ms, uses tokio::select and maxIdleConns; see `handler.go`.',
      ),
    ).toEqual(['resp.Body.Close', 'retry_budget_ms', 'tokio::select', 'maxIdleConns', 'handler.go']);
    // Constants and environment variables in capitals too (trial 18e).
    expect(codeNamesIn('QZX_FLURB_MODE stayed on; HTTP and SEV2 are words.')).toEqual(['QZX_FLURB_MODE']);
  });

  it('leaves a chat handle to the people, however it is spelled (trial 12g G-17)', () => {
    expect(codeNamesIn('@kwame.asante watched while resp.Body.Close leaked.')).toEqual(['resp.Body.Close']);
  });

  it('finds hexadecimal ids, not words or numbers that look like them', () => {
    expect(
      codeNamesIn(
        'Trace 4bf92f3577b34da6 failed after 57b305f; deadbeef, cafe, 1234567 and v1.2.3abcdef stay.',
      ),
    ).toEqual(['4bf92f3577b34da6', '57b305f']);
  });

  // Trial 23 F9: hosts numbered in their fleet were left in an exec report unlisted.
  it('finds a host by its number in the fleet, not a word with a number', () => {
    expect(
      codeNamesIn(
        'db-primary-02 failed over to pg-replica-3; web-01 and kafka-broker-1 in us-east-1 kept up. COVID-19, utf-8, sha-256 and top-10 are no hosts; nor is payments-api.',
      ),
    ).toEqual(['db-primary-02', 'pg-replica-3', 'web-01', 'kafka-broker-1', 'us-east-1']);
    // A dotted host is one name, not also its first part (trial 24).
    expect(codeNamesIn('db-primary-02.prod.internal took a write spike.')).toEqual([
      'db-primary-02.prod.internal',
    ]);
  });

  // An IP address is listed since trial 12b (T12-9): a reader cannot look it up either.
  it('leaves out what the glossary explains, versions, numbers, web and mail addresses and everyday abbreviations', () => {
    expect(
      codeNamesIn(
        'A shared http.Client and max_conns, v2.14.0 at 14:02, e.g. on https://status.example.com, mail ops@example.com; PagerDuty and GitHub paged Dr.Okafor on macOS.',
      ),
    ).toEqual([]);
  });

  // Names from code are said in words in an exec report (trial 18e E-11); what cannot be said so, an id, is listed.
  it('lists what is not said in words in an exec report’s closing words, once each, so none is silently left', () => {
    const doc = sampleIncident({
      summary:
        'The handler called resp.Body.Close late and retry_budget_ms was 0; trace 4bf92f3577b34da6 shows it twice.',
    });
    for (const format of ['md', 'html'] as const) {
      const report = renderReport(doc, { format, audience: 'exec', now: reportDay });
      expect(report.codeNames).toEqual(['4bf92f3577b34da6']);
      expect(report.text).toContain('Names from our code');
      expect(report.text).toContain(
        'The handler called an internal function late and the retry budget setting was 0',
      );
      expect(report.text).not.toMatch(/resp\.Body\.Close|retry_budget_ms/);
    }
    const engineering = renderReport(doc, { format: 'md', audience: 'engineering', now: reportDay });
    expect(engineering.codeNames).toEqual([]);
    expect(engineering.text).not.toContain('Names from our code');
  });

  // Trial 12g G-20, G-30: a typed command and a topic's name are said in words; the next sentence stays whole.
  it('says a typed command and a topic named from code in words', () => {
    const doc = sampleIncident({
      summary:
        'The responder rolled back with kubectl rollout undo deployment/checkout-api -n shop. The consumer lagged on topic orders.v2.',
    });
    const report = renderReport(doc, { format: 'md', audience: 'exec', now: reportDay });
    expect(report.text).toContain(
      'The responder rolled back with a command. The consumer lagged on an internal topic.',
    );
    expect(report.text).not.toMatch(/kubectl|orders\.v2/);
    // A link's address is no path in prose: left to the steps for links (the words stay).
    const linked = renderReport(
      sampleIncident({ summary: 'See [the board](/d/checkout-latency); /healthz failed.' }),
      { format: 'md', audience: 'exec', now: reportDay },
    );
    expect(linked.text).toContain('See the board; a health check failed.');
    expect(linked.text).not.toContain('internal endpoint');
  });

  // Trial 12g G-30: a pod named after its service is a running copy of it; a version is no copy.
  it('says a pod named after its service as a running copy of it', () => {
    const doc = sampleIncident({
      services: ['checkout-api'],
      summary:
        'The probe failed on checkout-api-7f9c and the checkout-api-5d8b9c-x2k4q pod; checkout-api-v2 was fine.',
    });
    const report = renderReport(doc, { format: 'md', audience: 'exec', now: reportDay });
    expect(report.text).toContain(
      'The probe failed on a running copy of checkout-api and a running copy of checkout-api; checkout-api-v2 was fine.',
    );
  });

  // Trial 12h A-4: the kind named before the pod goes with it; a numbered name on a machine is a server.
  it('says a pod with its kind before it, and a numbered host, in words that read', () => {
    const doc = sampleIncident({
      services: ['pay-api'],
      summary:
        'The pod pay-api-7d9f8c6b5-x2kqz returned 503s. Olumide restarted the pods on pay-api-3, and host pay-api-4 recovered.',
    });
    const report = renderReport(doc, { format: 'md', audience: 'exec', now: reportDay });
    expect(report.text).toContain(
      'A running copy of pay-api returned 503s. Olumide restarted the pods on a server running pay-api, and a server running pay-api recovered.',
    );
  });

  it('says a Rust panic message quoted in the text as what happened', () => {
    const doc = sampleIncident({
      summary: "payouts-rs panicked at 'called `Option::unwrap()` on a `None` value'.",
    });
    for (const format of ['md', 'html'] as const) {
      const report = renderReport(doc, { format, audience: 'exec', now: reportDay });
      expect(report.codeNames).toEqual([]);
      expect(report.text).toContain('payouts-rs crashed on an unexpected empty value.');
    }
  });
});

describe('machines and records by their ids (trial 12b T12-9)', () => {
  it('lists an IP address, a pod, and PagerDuty or Slack ids, but not a standard or a version', () => {
    expect(
      codeNamesIn(
        'Traffic from 10.20.3.14:8443 hit pay-api-7d9f8b6c4-x2k4q; service PX7K2QZ escalated via P9ABC12 to U06GRANT. Times are ISO8601, v1.2.3 shipped, HTTP 503, SEV1.',
      ),
    ).toEqual(['10.20.3.14:8443', 'pay-api-7d9f8b6c4-x2k4q', 'PX7K2QZ', 'P9ABC12', 'U06GRANT']);
  });
});
