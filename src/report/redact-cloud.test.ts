import { describe, expect, it } from 'vitest';
import { publicRedactor } from './redact.js';
import { readingProblems } from './test-support/reads-as-english.js';

// What a trial (debrief issue 12, P12-3, P12-10, P12-11) found left or garbled in a public report's prose.
const redact = (text: string) =>
  publicRedactor({
    services: ['orders-api', 'checkout'],
    alerts: [],
    teams: ['Team Falcon', 'orders-oncall', 'sre-guild'],
  }).redact(text);

describe('the public redactor on cloud ids, storage, commands and settings', () => {
  it.each([
    [
      'Backups in s3://acme-orders-backups/2026 were intact (AWS account 123456789012, vpc-0a1b2c3d, sg-0123abcd).',
      'Backups in an internal storage location were intact (an internal account, an internal network, an internal security group).',
    ],
    [
      'The instance i-0abc12345def67890 in subnet subnet-0f1e2d3c restarted.',
      'The internal instance in an internal subnet restarted.',
    ],
    [
      'Someone ran kubectl -n orders rollout undo deploy/orders-api on node ip-10-42-7-19 and pay-api-3; db-primary recovered.',
      // Three machines stay three (trial 27 F11 read three hosts as one).
      'Someone ran a command on an internal node and another internal host; a third internal host recovered.',
    ],
    ['We ran `helm rollback orders 41` twice.', 'We ran a command twice.'],
    // What a command did, when nothing before it says so (trial 24 read "A command; memory back to 600 megabytes").
    [
      'kubectl rollout undo deploy/orders-api -n shop; memory back to normal.',
      'A rollback; memory back to normal.',
    ],
    ['docker restart api-1 fixed it.', 'A restart fixed it.'],
    ['cert-manager renew kafka-internal; brokers rolled.', 'A certificate renewal; brokers rolled.'],
    ['We renewed it with cmctl renew kafka-internal -n kafka.', 'We renewed it with a command.'],
    // What an infrastructure tool's apply did, and a secrets tool's command with its path (trial 27 F13, F15).
    ['terraform apply removed the DNS record.', 'An infrastructure change removed the DNS record.'],
    // A pull request to the infrastructure's code, applied (trial 28 F13 read "Applied a command").
    [
      'arjun applied terraform PR #4812 (raise retry limit).',
      'arjun applied an infrastructure change (raise retry limit).',
    ],
    ['We rotated it with `vault kv put secret/payments/adyen`.', 'We rotated it with a command.'],
    ['The vault was sealed.', 'The vault was sealed.'],
    // A command stops at its sentence's full stop: the next sentence is kept (trial 12g G-20 lost it).
    [
      'Ops rolled back with kubectl rollout undo deployment/orders-api -n shop. The consumer lagged on topic orders.v2 after that.',
      'Ops rolled back with a command. The consumer lagged on an internal topic after that.',
    ],
    ['The read-replica lagged behind the hot-standby.', 'The read-replica lagged behind the hot-standby.'],
    // Trial 18c: a command stops at a word of prose ("across the …"), a drain is said as one, and "the Helm chart" with
    // an argument-like size after it is the product, not a command.
    [
      'We ran kubectl drain node-7 across the pool with no budget; the Helm chart set a 512Mi limit.',
      'We ran a node drain across the pool with no budget; the Helm chart set a 512Mi limit.',
    ],
    [
      'At 15:02 we ran kafka-consumer-groups --reset-offsets --to-latest on the group; then aws ecs update-service --force-new-deployment was run to restore it.',
      'At 15:02 we ran a command on the group; then a command was run to restore it.',
    ],
    [
      'The helm charts were updated and terraform plans reviewed.',
      'The helm charts were updated and terraform plans reviewed.',
    ],
    [
      'The replica at 10.42.11.0/24 answered on 10.42.9.4:5432.',
      'The replica at an internal address range answered on an internal address.',
    ],
    [
      'The pool_size=5 default in orders-api was too low.',
      'The default of an internal setting in an internal service was too low.',
    ],
    ['The bulk_reservation flag was turned off.', 'The internal flag was turned off.'],
    // A web path is a health check or an internal endpoint (trial 12g G-5); units, fractions and files stay.
    [
      'The /healthz/deep probe failed, and GET /v2/orders returned 502.',
      'The health check failed, and an internal endpoint returned 502.',
    ],
    // Trial 18e: a wildcard is part of the path, a full stop after it is the sentence's.
    [
      'Checkout 503s hit GET /v3/payments/* and then /healthz.',
      'Checkout 503s hit an internal endpoint and then a health check.',
    ],
    [
      'It served 900 req/s; 3/4 of them failed, and </b> stays.',
      'It served 900 req/s; 3/4 of them failed, and </b> stays.',
    ],
  ])('%s', (text, expected) => {
    const out = redact(text);
    expect(out).toBe(expected);
    expect(readingProblems(out)).toEqual([]);
  });
});

describe('the public redactor keeps sentences whole', () => {
  it('keeps the article an object id stood for', () => {
    expect(redact('We paged the team through escalation policy P7XK2QZ; it answered.')).toBe(
      'We paged the team through the escalation policy; it answered.',
    );
  });

  it('counts teams in each text, so "another team" follows a first one', () => {
    expect(redact('Kwame from Team Falcon and the sre-guild paged @orders-oncall.')).toBe(
      'Kwame from a team and another team paged the on-call team.',
    );
    expect(redact('The sre-guild owns it.')).toBe('A team owns it.');
  });

  it('calls a cluster named environment first a cluster, and counts the same placeholder twice', () => {
    expect(redact('Orders API returned 5xx on prod-east-2 in us-east-1.')).toBe(
      'Orders API returned 5xx on an internal cluster in one region.',
    );
    const out = redact('Add a pool saturation alert for orders-api on prod-east-2 and prod-west-1.');
    expect(out).toBe('Add a pool saturation alert for an internal service on two internal clusters.');
    expect(readingProblems(out)).toEqual([]);
  });
});
