import { describe, expect, it } from 'vitest';
import { glossaryEntriesIn, lookUpGlossary } from '../playbook/index.js';

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
