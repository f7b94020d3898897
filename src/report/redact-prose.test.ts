import { describe, expect, it } from 'vitest';
import { publicRedactor } from './redact.js';
import { roleForRedactedName } from './redact-grammar.js';
import { renderReport } from './render.js';
import { readingProblems } from './test-support/reads-as-english.js';
import { trialIncident } from './test-support/trial-incident.js';

const redact = (text: string) =>
  publicRedactor({ services: ['checkout-api', 'payments'], alerts: ['HighErrorRate'] }).redact(text);

describe('the public redactor on free text', () => {
  it.each([
    [
      'The HighErrorRate and KubePodCrashLooping alerts fired within a minute.',
      'Two alerts fired within a minute.',
    ],
    [
      'KubePodCrashLooping fired at 11:04 and the KubeDeploymentReplicasMismatch alert followed.',
      'An alert fired at 11:04 and another alert followed.',
    ],
    [
      'Alert HighErrorRate fired, then alerts DiskAlmostFull and KubePodCrashLooping.',
      'An alert fired, then two alerts.',
    ],
    [
      'The PagerDuty alert fired; JavaScript errors followed.',
      'The PagerDuty alert fired; JavaScript errors followed.',
    ],
    [
      'The CloudWatch alert fired; MongoDB resolved itself.',
      'The CloudWatch alert fired; MongoDB resolved itself.',
    ],
  ])('says alert names no event names in words: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ['PagerDuty paged the ledger-core guild.', 'PagerDuty paged a team.'],
    ['The Payments squad and the checkout tribe own it.', 'A team and another team own it.'],
    [
      'The ledger pod owns the runbook; the checkout-api pod restarted.',
      'A team owns the runbook; the internal pod restarted.',
    ],
    [
      'Our whole squad helped, and the on-call crew too.',
      'Our whole squad helped, and the on-call crew too.',
    ],
    [
      'The troubleshooting chapter of the runbook was wrong; the Payments chapter owns it.',
      'The troubleshooting chapter of the runbook was wrong; a team owns it.',
    ],
  ])('removes teams named by a team-like noun: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    [
      'It went through escalation policy P7XK2QZ (schedule PQR12ST).',
      'It went through the escalation policy.',
    ],
    ['Service id: PSVC1A2 was muted; P9ZZ8YX paged.', 'Service was muted; an on-call setting paged.'],
    // The product before the noun keeps its place after the article (trial 26 F20).
    [
      'We paged through PagerDuty escalation policy PX7Q2LM.',
      'We paged through the PagerDuty escalation policy.',
    ],
  ])('drops PagerDuty object ids: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    [
      'Traffic from checkout-api-prod-eu-west and api.us-east-1.shop.example failed; prod-eu-west recovered first.',
      'Traffic from an internal service and an internal host failed; one region recovered first.',
    ],
    ['The checkout-api in us-east-1 stayed up.', 'The internal service in one region stayed up.'],
    [
      'Traffic moved from us-east-1 to eu-west-1 and back; us-east-1 recovered first.',
      'Traffic moved from one region to another region and back; the first region recovered first.',
    ],
    ['us-east-1 failed, then us-east-1 recovered.', 'One region failed, then that region recovered.'],
    ['The payments-europe-west4-gke cluster was slow.', 'The internal cluster was slow.'],
  ])('leaves no region behind a redacted name: %s', (text, expected) => {
    const out = redact(text);
    expect(out).toBe(expected);
    expect(readingProblems(out)).toEqual([]);
  });

  it.each([
    ['The payments-prod cluster ran out of memory.', 'The internal cluster ran out of memory.'],
    // An adjective made from an environment is no cluster (trial 27 F4).
    ['No test uses a production-sized batch.', 'No test uses a production-sized batch.'],
    ['checkout-staging was fine.', 'An internal service was fine.'],
    ['We raised max_conns from 20 to 100.', 'We raised the connection limit from 20 to 100.'],
    ['We raised max_retries from 3 to 5.', 'We raised a configured limit from 3 to 5.'],
    ['Jordan applied pool_size=5 to the pool.', 'Jordan applied an internal setting to the pool.'],
    ['Tested in pre-prod and non-prod first.', 'Tested in pre-prod and non-prod first.'],
  ])('says names with an environment and settings from code in words: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
    expect(readingProblems(redact(text))).toEqual([]);
  });
});

describe('clusters named environment first', () => {
  it('drops a command’s cluster flag and replaces a cluster named prod-… or staging-…, leaving English compounds', () => {
    expect(redact('Ops scaled checkout-api via kubectl --context prod-eu1 to 12 replicas.')).toBe(
      'Ops scaled an internal service via kubectl to 12 replicas.',
    );
    expect(redact('The staging-2 cluster matched production.')).toBe(
      'The internal cluster matched production.',
    );
    expect(redact('A prod-like environment ran prod-ready images before pre-production.')).toBe(
      'A prod-like environment ran prod-ready images before pre-production.',
    );
  });
});

describe('the public redactor on links into debrief itself', () => {
  it.each([
    ['The timeline is in [the PDF](/api/incidents/INC-1/report?format=pdf).', 'The timeline is in the PDF.'],
    ['See ![the chart](/api/incidents/INC-1/chart.png "chart") for more.', 'See the chart for more.'],
    ['Raw notes: /api/incidents/INC-1/events.', 'Raw notes: an internal link.'],
    ['Open /#/incidents/INC-1/timeline to follow.', 'Open an internal link to follow.'],
    [
      'Compare [the dashboard](https://grafana.corp.internal/d/abc?x=1) first.',
      'Compare the dashboard first.',
    ],
    ['Graphs: [](http://10.2.3.4:3000/d/x).', 'Graphs: an internal link.'],
    [
      'Read [the vendor note](https://status.example.com/x) too.',
      'Read [the vendor note](https://status.example.com/x) too.',
    ],
    [
      'The fix in src/api/handler.go is no link, and 1/2 is no path.',
      'The fix in a source file is no link, and 1/2 is no path.',
    ],
  ])('keeps the words and drops the link: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

// Issue 18, T18c-7: the words that replace a name fit the grammar around them.
describe('replacements that fit the sentence', () => {
  it.each([
    ['The Rust checkout-api sidecar ran hot.', 'The Rust internal sidecar ran hot.'],
    ['Our Go checkout-api pods restarted.', 'Our Go internal pods restarted.'],
    ['This Monday checkout-api failed.', 'This Monday an internal service failed.'],
    // A library's own function the glossary explains keeps its name (trial 29); one of ours does not.
    ['It ran blocking work in spawn_blocking.', 'It ran blocking work in spawn_blocking.'],
    ['It ran blocking work in run_blocking_batch.', 'It ran blocking work in an internal function.'],
    ['We call settle_batch(ctx) per charge.', 'We call an internal function per charge.'],
    ['We raised max_conns from 20 to 100.', 'We raised the connection limit from 20 to 100.'],
    ['We raised max_retries from 3 to 5.', 'We raised a configured limit from 3 to 5.'],
  ])('%s', (text, expected) => {
    const out = redact(text);
    expect(out).toBe(expected);
    expect(readingProblems(out)).toEqual([]);
  });
});

describe('a role before a redacted name', () => {
  it.each([
    ['On-call engineer an engineer acknowledged the page', 'The on-call engineer acknowledged the page'],
    ['We paged the incident commander an engineer.', 'We paged the incident commander.'],
    ['Then an engineer, the on-call engineer, rolled back.', 'Then the on-call engineer rolled back.'],
    ['An engineer paged an engineer.', 'An engineer paged an engineer.'],
  ])('%s', (text, expected) => {
    expect(roleForRedactedName(text)).toBe(expected);
  });

  it('reads as the role in the public report of the trial', () => {
    const text = renderReport(trialIncident(), { format: 'md', audience: 'public' }).text;
    expect(text).toContain('The on-call engineer acknowledged the page');
    expect(text).toContain('The Rust internal sidecar ran blocking work in spawn_blocking');
    expect(text).not.toMatch(/engineer an engineer|internal setting|\b(?:the|a|an) \S+ an internal/i);
  });
});

// Trial 18d, E-7: redaction that broke English.
describe('redacted names that still read', () => {
  const trial = (text: string) =>
    publicRedactor({ services: ['checkout-api', 'ledger-svc'], alerts: [] }).redact(text);

  it.each([
    // A name before what it has says whose it is.
    [
      'Add goleak to checkout-api integration tests.',
      "Add goleak to an internal service's integration tests.",
    ],
    ['The checkout-api connection pool ran dry.', "The internal service's connection pool ran dry."],
    // Trial 23 F8: a service's consumers, and a database's primary named by its host.
    ['The lag stalled the ledger-svc consumers.', "The lag stalled the internal service's consumers."],
    ['The database primary db-primary-02.prod.internal failed over.', 'The database primary failed over.'],
    // A quote around a setting and its value keeps its closing mark.
    [
      'The log said "pool exhausted: max_conns=20" at 14:06.',
      'The log said "pool exhausted: an internal setting" at 14:06.',
    ],
    ['It hit “max_conns=20” twice.', 'It hit “an internal setting” twice.'],
    // A limit from code is a limit.
    ['Requests hit max_conns within a minute.', 'Requests hit the connection limit within a minute.'],
    // Two services in one sentence stay two.
    [
      'checkout-api called ledger-svc, and ledger-svc timed out before checkout-api gave up.',
      'One internal service called another internal service, and the other internal service timed out before the first internal service gave up.',
    ],
  ])('%s', (text, expected) => {
    const out = trial(text);
    expect(out).toBe(expected);
    expect(readingProblems(out)).toEqual([]);
    expect(out.split('"').length % 2).toBe(1);
  });

  it('keeps the other service the other behind a writer’s modifiers', () => {
    expect(trial('checkout-api called the Rust ledger-svc.')).toBe(
      'One internal service called the other Rust internal service.',
    );
  });

  it('keeps one service as "an internal service"', () => {
    expect(trial('checkout-api failed, then checkout-api recovered.')).toBe(
      'An internal service failed, then an internal service recovered.',
    );
  });
});

// Trial 12c C-11, C-18, C-20: the words around a replacement read as English.
describe('the public redactor keeps its sentences English', () => {
  const { redact } = publicRedactor({
    services: ['ledger-api'],
    teams: ['payments-oncall', 'sre-team'],
    alerts: ['LedgerHighErrorRate'],
  });
  it.each([
    ['Slack channel #inc-ledger was busy.', 'The incident channel was busy.'],
    ['We posted in channel #inc-2211 at once.', 'We posted in the incident channel at once.'],
    ['We added a fourth payments-oncall rotation.', 'We added a fourth on-call team rotation.'],
    [
      'The LedgerHighErrorRate alert fired, then the KubePodCrashLooping alert fired; LedgerHighErrorRate resolved.',
      'An alert fired, then another alert fired; the first alert resolved.',
    ],
    ['KubePodCrashLooping fired and KubePodCrashLooping resolved.', 'An alert fired and the alert resolved.'],
    ['The cache at redis://cache-01.prod.internal:6379 was full.', 'The cache at an internal host was full.'],
    ['The role arn:aws:iam::123456789012:role/ledger-writer lost its policy.', 'The role lost its policy.'],
    ['The ledger-db-0 StatefulSet restarted.', 'The internal StatefulSet restarted.'],
    ['An 10.0.3.7 host answered.', 'An internal host answered.'],
    ['The 10.0.3.7 host answered.', 'The internal host answered.'],
    ['Team payments-oncall handed over to the sre-team.', 'The on-call team handed over to another team.'],
    // Trial 12d.
    ['We joined the payments-oncall rotation.', 'We joined the on-call rotation.'],
    // After the product it belongs to, a setting takes no article (trial 29 read "tokio the worker threads").
    ['Postgres max_connections was exceeded.', 'Postgres max connections was exceeded.'],
    ['Raised tokio worker_threads from 4 to 16.', 'Raised tokio worker threads from 4 to 16.'],
    ['hsm_client::sign calls a synchronous library.', 'hsm_client::sign calls a synchronous library.'],
    ["Priya's LedgerHighErrorRate alert fired.", "Priya's alert fired."],
    [
      'Alert LedgerWriteErrors{service="ledger-api",env="prod"} fired and HighErrorRate followed.',
      'An alert fired and another alert followed.',
    ],
    [
      'The pod on node ip-10-42-11-17.eu-west-1.compute.internal restarted.',
      'The pod on an internal node restarted.',
    ],
    ['ssh ops@bastion-1.corp.example failed', 'ssh an internal host failed'],
    ['the IP 10.42.11.17 address was unreachable.', 'the internal address was unreachable.'],
    [
      'The role ledger-writer-sa could not read the secret ledger-db-creds.',
      'An internal role could not read an internal secret.',
    ],
    ['See ledger-writer#882 and PR !77.', 'See an internal ticket and a pull request.'],
    [
      'The vpc-0a1b2c3d VPC and sg-0123456789abcdef0 security group were fine.',
      'The internal network and an internal security group were fine.',
    ],
    ['The sg-0a1b2c3d4e5f security group blocked it.', 'The internal security group blocked it.'],
    [
      'The ledger pod owns the rollout; the payments squad and the SRE guild were told in #payments-team.',
      'A team owns the rollout; another team and a third team were told in a team channel.',
    ],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a possessive before debrief’s own words only', () => {
  it('leaves a contraction before the writer’s own article alone', () => {
    expect(publicRedactor({}).redact("Priya's the incident commander today.")).toBe(
      "Priya's the incident commander today.",
    );
  });
});

describe('a synthetic check and a region’s load balancer, in public (trial 28 F13, F12)', () => {
  const { redact } = publicRedactor([]);
  it.each([
    [
      'Synthetic check ApiSgAvailability fired from the Singapore probe',
      'A synthetic check fired from the Singapore probe',
    ],
    ['Clients resolved to the us-west-2 NLB instead.', "Clients resolved to one region's NLB instead."],
    // Our own command-line tool is internal; a product's stays (F3).
    ['Only two people had ever run recon-cli.', 'Only two people had ever run an internal tool.'],
    ['We used redis-cli to check keys.', 'We used redis-cli to check keys.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('counts machines among the hosts, not the services (trial 29 read "a third internal service")', () => {
    expect(
      publicRedactor(['orders-db', 'checkout-api']).redact(
        'Patroni on pg-orders-02.dc2.corp promoted pg-orders-03, and checkout-api returned 500s.',
      ),
    ).toBe(
      'Patroni on one internal host promoted another internal host, and an internal service returned 500s.',
    );
  });

  it('says a tool the incident lists among its services as a tool, not a service', () => {
    expect(
      publicRedactor(['recon-cli', 'payments-api']).redact('We ran recon-cli after payments-api recovered.'),
    ).toBe('We ran an internal tool after an internal service recovered.');
  });
});
