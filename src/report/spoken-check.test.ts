import { describe, expect, it } from 'vitest';
import { sayShorthand } from './reader-phrases.js';
import { spokenCheck } from './spoken-check.js';

describe('what the script reads aloud', () => {
  it('says shorthand in words: durations, alert names, milliseconds', () => {
    expect(sayShorthand('Add a canary stage (5% for 15m) to feature flag rollouts')).toBe(
      'Add a canary stage (5% for 15 minutes) to feature flag rollouts',
    );
    expect(sayShorthand('CheckoutP99High fires only after 5 minutes above 2s and links no runbook')).toBe(
      // A name that opens the sentence keeps its capital (trial 18d, E-2).
      'The “checkout P99 high” alert fires only after 5 minutes above 2 seconds and links no runbook',
    );
    expect(sayShorthand('p99 rose from 180ms to 9s')).toBe('p99 rose from 180 milliseconds to 9 seconds');
    // Before a noun it describes the noun.
    expect(sayShorthand('a shared client with an 800ms timeout')).toBe(
      'a shared client with an 800-millisecond timeout',
    );
    // A git command that made a revert is the revert (trial 23 read "(git a revert)").
    expect(sayShorthand('reverted the config (git revert 7f3c2a1); error rate back')).toBe(
      'reverted the config (a revert); error rate back',
    );
    // Without an article, English wants one: "with a 2-second timeout", not "with 2 seconds timeout" (trial 23).
    expect(sayShorthand('Use one shared client with 2s timeout')).toBe(
      'Use one shared client with a 2-second timeout',
    );
    expect(sayShorthand('set 8s delay on retries')).toBe('set an 8-second delay on retries');
    // A word between the length and what it sets (trial 24 read "a 5 seconds context deadline").
    expect(sayShorthand('Give the refresher a 5s context deadline')).toBe(
      'Give the refresher a 5-second context deadline',
    );
    // An HTTP status in the plural is no duration; a commit hash is a code change to a reader.
    expect(sayShorthand('Checkout returned 502s within 2s of the deploy')).toBe(
      'Checkout returned 502s within 2 seconds of the deploy',
    );
    expect(sayShorthand('Reverting commit 7f66bfea42 restored the pool; the commit 57b305f stays')).toBe(
      'Reverting a code change restored the pool; the code change stays',
    );
    expect(sayShorthand('the cafe commit deadbeef stays as written')).toBe(
      'the cafe commit deadbeef stays as written',
    );
    // Seconds alone: a decimal always, a whole number unless it is a status, a decade or a count of tens.
    expect(sayShorthand('p95 checkout latency reached 9.8s; 0.5s later')).toBe(
      'p95 checkout latency reached 9.8 seconds; 0.5 seconds later',
    );
    expect(sayShorthand('Add context timeout to pgx queries (2s per query, 1s for reads)')).toBe(
      'Add context timeout to pgx queries (2 seconds per query, 1 second for reads)',
    );
    expect(sayShorthand('503s and 200s since the 90s, in the 1990s, 10s of requests, v2.5s')).toBe(
      '503s and 200s since the 90s, in the 1990s, 10s of requests, v2.5s',
    );
    expect(sayShorthand('the request took 120s')).toBe('the request took 120 seconds');
    // Product names and acronyms stay as they are said.
    expect(sayShorthand('Move the JavaScript build to GitHub and PostgreSQL 16')).toBe(
      'Move the JavaScript build to GitHub and PostgreSQL 16',
    );
  });

  it('reads a clean record as written, shorthand in words, and blame as its rewrite or a problem', () => {
    const check = spokenCheck([]);
    expect(check('Validate pool size in CI')).toBeUndefined();
    // Shorthand said in words is no rewording: nothing blameful to fix.
    expect(check('Page when p95 stays above 2s for 5m')).toEqual({
      said: 'Page when p95 stays above 2 seconds for 5 minutes',
    });
    expect(check('Bob forgot to run the migration')).toEqual({ rewrite: 'The migration step did not run.' });
  });
});

// Trial 18d, E-2/E-10/E-3: alert names and `for:` clauses said in words broke sentences, and leaked into the
// engineers' script.
describe('alert names and hold clauses for readers', () => {
  it('says a `for:` clause named without its value as the alert’s hold time', () => {
    expect(sayShorthand('Lower CheckoutAPIHighLatency for: to 3m')).toBe(
      "Lower the checkout API high latency alert's hold time to 3 minutes",
    );
    // The public redactor has made the name "an alert" already.
    expect(sayShorthand('Lower an alert for: to 3m')).toBe("Lower the alert's hold time to 3 minutes");
    expect(sayShorthand('Shorten the `for:` clause from 10m to 3m.')).toBe(
      'Shorten the hold time from 10 minutes to 3 minutes.',
    );
  });

  it('says a `for:` clause written with its unit in words (trial 18e E2-9: "waits for: 10 minutes")', () => {
    expect(sayShorthand('CheckoutHighErrorRate waits for: 10 minutes before it pages.')).toBe(
      'Checkout high error rate waits for 10 minutes before it pages.',
    );
    expect(sayShorthand('Cut `for: 10 min` to for: 2 min')).toBe(
      'Cut the hold time from 10 minutes to 2 minutes',
    );
  });

  it('keeps a capital where an alert name opens a sentence', () => {
    expect(sayShorthand('PaymentsAPIHigh5xx fired late. CheckoutP99High never fired.')).toBe(
      'The “payments API high 5xx” alert fired late. The “checkout P99 high” alert never fired.',
    );
  });

  it('says a name the glossary knows by its everyday term', () => {
    expect(sayShorthand('The pods went into CrashLoopBackOff.')).toBe('The pods went into a crash loop.');
  });

  it('leaves the engineers’ script their own names, saying only durations in words', () => {
    const check = spokenCheck([]);
    expect(check('Lower CheckoutAPIHighLatency for: to 3m')).toEqual({
      said: 'Lower CheckoutAPIHighLatency for: to 3 minutes',
    });
    expect(check('Alert on KubePodCrashLooping after 90s')).toEqual({
      said: 'Alert on KubePodCrashLooping after 90 seconds',
    });
    expect(check('Revert commit 7f66bfea42 in #inc-checkout')).toBeUndefined();
  });
});
