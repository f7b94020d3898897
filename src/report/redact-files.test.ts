import { describe, expect, it } from 'vitest';
import { publicRedactor } from './redact.js';

const redact = (text: string) =>
  publicRedactor({ services: ['ledger', 'payments'], alerts: ['LedgerHighErrorRate'] }).redact(text);

describe('files in a public text', () => {
  it.each([
    ['We rolled back config/ledger.yaml at 10:42.', 'We rolled back a configuration file at 10:42.'],
    // Before a plural noun it modifies the name takes no article (trial 23: "A configuration file changes are …").
    [
      'currency_pairs.toml changes are not validated in CI.',
      'Configuration file changes are not validated in CI.',
    ],
    ['The file /etc/nginx/conf.d/ledger.conf had a typo.', 'The configuration file had a typo.'],
    [
      'We edited deploy/values-prod.yaml and charts/ledger/values.yaml.',
      'We edited a configuration file and another configuration file.',
    ],
    ['See `config/ledger.yaml` for the pool size.', 'See a configuration file for the pool size.'],
    [
      'The error was in src/ledger/pool.go line 42 and /var/log/nginx/error.log showed it.',
      'The error was in a source file and a log file showed it.',
    ],
    ['The panic pointed at src/main.rs:17:5.', 'The panic pointed at a source file.'],
    ['We edited the ledger.yaml file.', 'We edited the configuration file.'],
    ['It came from `infra/params/ledger.staging.bicepparam`.', 'It came from a configuration file.'],
    ['See /etc/hosts.', 'See a configuration file.'],
  ])('says what kind of file a path names: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'We moved from React/Next.js last year.',
    'Read/write latency and/or errors rose 24/7.',
    'Node.js and Vue.js were not involved.',
  ])('leaves words with slashes and library names alone: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('namespaces in a public text (trial 12e E-6)', () => {
  it.each([
    ['Pods in kube-system got OOMKilled.', "Pods in the cluster's system namespace got OOMKilled."],
    [
      'CoreDNS in the kube-system namespace restarted.',
      "CoreDNS in the cluster's system namespace restarted.",
    ],
    [
      'About 18% of ledger writes in the payments namespace returned 5xx.',
      'About 18% of ledger writes in the internal namespace returned 5xx.',
    ],
    [
      'Card payments failed; we created a new namespace.',
      'Card payments failed; we created a new namespace.',
    ],
  ])('says a namespace without its name: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a source location in a public text (trial 12e E-15)', () => {
  it('says where it panicked as "in our code"', () => {
    expect(redact('The Rust service itself panicked at src/main.rs:9 and restarted.')).toBe(
      'The Rust service itself panicked in our code and restarted.',
    );
    expect(redact('Look at config/ledger.yaml first.')).toBe('Look at a configuration file first.');
  });
});

describe('a host with its address in brackets (trial 12e E-16)', () => {
  it('is one machine, said once', () => {
    expect(redact('The pool on db-ledger-02.prod.internal (10.20.30.40) saturated.')).toBe(
      'The pool on an internal host saturated.',
    );
  });
});
