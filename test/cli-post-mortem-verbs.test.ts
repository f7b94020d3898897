import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../src/store/test-support/postgres.js';
import { runCli } from './support/cli.js';

// The steps of a post-mortem that had no verb: people, factors, the review meeting and its follow-up, deleting.
// Each runs as a subprocess, the way a user runs it, on SQLite and on PostgreSQL.
const dir = mkdtempSync(join(tmpdir(), 'debrief-verbs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const targets = [
  { name: 'SQLite', make: async () => ({ url: `sqlite:${join(dir, 'verbs.db')}`, drop: async () => {} }) },
  { name: 'PostgreSQL', make: () => createTestDatabase('debrief_verbs') },
];

describe.each(targets)('post-mortem verbs on $name', (target) => {
  let env: Record<string, string>;
  let incident = '';
  beforeAll(async () => {
    const db = await target.make();
    env = { DEBRIEF_DB: db.url };
    // Severities are taken in any case.
    const created = await runCli(['new', '-t', 'Checkout returned 502s', '-s', 'sev2', '--json'], { env });
    expect(JSON.parse(created.stdout)).toMatchObject({ severity: 'SEV2' });
    incident = JSON.parse(created.stdout).id;
    return db.drop;
  });
  const cli = (...args: string[]) => runCli(args, { env });

  it('names the accepted severities for one it does not know, and filters in any case', async () => {
    const bad = await cli('new', '-t', 'x', '-s', 'sev7');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('debrief: --severity: expected one of SEV1, SEV2, SEV3, SEV4, got "SEV7"\n');
    const listed = JSON.parse((await cli('list', '--severity', 'sev2', '--json')).stdout);
    expect(listed.map((i: { id: string }) => i.id)).toContain(incident);
  });

  it('names the one flag that is wrong, and refuses moments out of order with the rule', async () => {
    const badTime = await cli('new', '-t', 'x', '-s', 'SEV3', '--impact-start', 'yesterday');
    expect(badTime.stderr).toMatch(/^debrief: --impact-start: expected an ISO 8601 time/);
    const order = await cli(
      'new',
      '-t',
      'x',
      '-s',
      'SEV3',
      '--impact-start',
      '2026-03-04T14:00:00Z',
      '--detected',
      '2026-03-04T13:00:00Z',
    );
    expect(order.code).toBe(2);
    expect(order.stderr).toMatch(
      /^debrief: --detected: detected \(.*\) is before impactStart .*must not come before impactStart\n$/,
    );
  });

  it('adds, refuses twice, lists and removes participants', async () => {
    expect(
      (await cli('participants', 'add', incident, '-n', 'Amara Okafor', '-r', 'incident-commander')).stdout,
    ).toBe(`added Amara Okafor (incident-commander) to ${incident}\n`);
    await cli('participants', 'add', incident, '-n', 'Søren Ødegård', '-e', 'soren@example.com');
    const badMail = await cli('participants', 'add', incident, '-n', 'Test Mail', '-e', 'not-an-email');
    expect(badMail.code).toBe(2);
    expect(badMail.stderr).toBe(
      'debrief: --email: expected an e-mail address such as ana@example.com, got "not-an-email"\n',
    );
    const twice = await cli('participants', 'add', incident, '-n', 'amara okafor');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^debrief: amara okafor is already a participant/);
    const listed = JSON.parse((await cli('participants', 'list', incident, '--json')).stdout);
    expect(listed).toEqual([
      { name: 'Amara Okafor', role: 'incident-commander' },
      { name: 'Søren Ødegård', role: 'responder', email: 'soren@example.com' },
    ]);
    expect((await cli('participants', 'remove', incident, 'SOREN@example.com')).stdout).toBe(
      `removed Søren Ødegård from ${incident}\n`,
    );
    const missing = await cli('participants', 'remove', incident, 'Nobody');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('(listed: Amara Okafor)');
  });

  it('adds, edits, lists and removes contributing factors, naming a bad category', async () => {
    const bad = await cli('factors', 'add', incident, '-t', 'No canary', '-c', 'people');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^debrief: --category: expected one of code-review, .*got "people"\n$/);
    const added = JSON.parse(
      (await cli('factors', 'add', incident, '-t', 'No canary', '-c', 'deploy-release', '--json')).stdout,
    );
    const edited = await cli('factors', 'edit', added.id, '-d', 'Releases reach all traffic at once.');
    expect(edited.stdout).toBe(`changed ${added.id}: No canary\n`);
    const listed = JSON.parse((await cli('factors', 'list', incident, '--json')).stdout);
    expect(listed).toMatchObject([{ id: added.id, description: 'Releases reach all traffic at once.' }]);
    expect((await cli('factors', 'edit', added.id)).stderr).toMatch(/nothing to change/);
    const action = await cli('actions', 'add', incident, '-t', 'Add a canary stage', '--factor', 'FAC-NOPE');
    expect(action.code).toBe(2);
    expect(action.stderr).toMatch(/^debrief: --factor: "FAC-NOPE" names no contributing factor/);
    // The store checks the due date against the start; the message names the flag typed (trial 18f F36).
    const started = JSON.parse(
      (await cli('new', '-t', 'Lag', '-s', 'SEV3', '--impact-start', '2026-11-17T02:00:00Z', '--json'))
        .stdout,
    ).id;
    const early = await cli('actions', 'add', started, '-t', 'Add a lag alert', '--due', '2026-11-01');
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/^debrief: --due \(2026-11-01\) is before the incident's start/);
    // A person as the factor is saved, with the hint the web app gives while typing.
    const blamed = await cli(
      'factors',
      'add',
      incident,
      '-t',
      'Kwame forgot to run the load test',
      '-c',
      'automated-testing',
    );
    expect(blamed.code).toBe(0);
    expect(blamed.stderr).toMatch(/^debrief: hint: "forgot to run the load test": .*Ask instead: /);
    expect((await cli('factors', 'remove', added.id)).stdout).toBe(`removed ${added.id}: No canary\n`);
    const factors = JSON.parse((await cli('factors', 'list', incident, '--json')).stdout);
    for (const factor of factors) await cli('factors', 'remove', factor.id);
  });

  it('schedules the review and its follow-up, keeps notes and decisions, and closes the meeting', async () => {
    const review = JSON.parse(
      (await cli('review', 'schedule', incident, '--at', '2026-03-06T10:00:00+01:00', '--json')).stdout,
    );
    expect(review).toMatchObject({
      kind: 'review',
      scheduledAt: '2026-03-06T09:00:00.000Z',
      durationMinutes: 90, // a SEV2 review's whole agenda
    });
    expect(review.attendees).toEqual(['Amara Okafor']);
    const followUp = await cli(
      'review',
      'schedule',
      incident,
      '--kind',
      'follow-up',
      '--at',
      '2026-04-03T10:00:00Z',
    );
    expect(followUp.stdout).toMatch(
      /^scheduled REV-\w+: follow-up review of INC-\w+ at 2026-04-03T10:00:00.000Z for 30 min\n$/,
    );
    const badTime = await cli('review', 'schedule', incident, '--at', 'next tuesday');
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toMatch(/^debrief: --at: /);
    await cli('review', 'notes', review.id, '-m', 'Walked the timeline.');
    await cli('review', 'notes', review.id, '--append', '-m', 'Agreed on two factors.');
    await cli('review', 'decide', review.id, 'Canary every release for a month');
    await cli(
      'actions',
      'add',
      incident,
      '-t',
      'Add a canary stage',
      '-o',
      'Payments team',
      '-d',
      '2026-04-01',
    );
    const closed = await cli('review', 'close', review.id, '--at', '2026-03-06T10:00:00Z');
    expect(closed.stdout).toContain('Decisions:\n  - Canary every release for a month');
    expect(closed.stdout).toContain('Open actions:\n  - Add a canary stage (Payments team, due 2026-04-01)');
    expect((await cli('review', 'close', review.id)).stderr).toMatch(/already ended/);
    const listed = JSON.parse((await cli('review', 'list', incident, '--json')).stdout);
    expect(listed.map((r: { kind: string }) => r.kind)).toEqual(['review', 'follow-up']);
    expect(listed[0]).toMatchObject({
      notes: 'Walked the timeline.\n\nAgreed on two factors.',
      decisions: ['Canary every release for a month'],
      endedAt: '2026-03-06T10:00:00.000Z',
    });
    // The list says what the incident still needs: the follow-up booked and the action open.
    const row = JSON.parse((await cli('list', '--json')).stdout).find(
      (i: { id: string }) => i.id === incident,
    );
    expect(row).toMatchObject({ openActions: 1, nextReview: { kind: 'follow-up', id: listed[1].id } });
    const table = (await cli('list')).stdout.split('\n');
    expect(table[0]).toMatch(/BEGAN +OWNER +NEXT REVIEW +OPEN ACTIONS$/);
    expect(table.find((line) => line.startsWith(incident))).toMatch(
      new RegExp(`${listed[1].scheduledAt.slice(0, 10)} follow-up(, due)? +1$`),
    );
  });

  it('says which moment an added event leaves unset when its time would break the order', async () => {
    const own = JSON.parse((await cli('new', '-t', 'Queue stalled', '-s', 'SEV3', '--json')).stdout).id;
    const page = await cli(
      'timeline',
      'add',
      own,
      '--at',
      '2026-03-04T14:06:30Z',
      '--kind',
      'page',
      '-m',
      'paged',
    );
    expect(page.stdout).toMatch(/set the detected moment from it \(none was set\)\n$/);
    const ack = await cli(
      'timeline',
      'add',
      own,
      '--at',
      '2026-03-04T14:00:00Z',
      '--kind',
      'acknowledged',
      '-m',
      'ack',
    );
    expect(ack.code).toBe(0);
    expect(ack.stdout).toMatch(
      /\nleft the acknowledged moment unset: acknowledged \(2026-03-04T14:00:00\.000Z\) is before detected \(2026-03-04T14:06:30\.000Z\)/,
    );
    expect(
      JSON.parse((await cli('show', own, '--json')).stdout).incident.moments.acknowledged,
    ).toBeUndefined();
  });

  it('leaves the mitigated moment to the mitigation that worked, not an attempt that changed nothing', async () => {
    const own = JSON.parse((await cli('new', '-t', 'Pushes failed', '-s', 'SEV2', '--json')).stdout).id;
    const add = (at: string, kind: string, summary: string) =>
      cli('timeline', 'add', own, '--at', at, '--kind', kind, '-m', summary);
    await add('2026-03-04T14:00:00Z', 'alert-fired', 'PushDeliveryFailures firing');
    const tried = await add('2026-03-04T14:10:00Z', 'mitigation', 'Tried restarting the workers; no effect');
    expect(tried.stdout).toMatch(
      /\nleft the mitigated moment unset: the event says the attempt changed nothing or not enough \(a mitigation that works sets it\)\n$/,
    );
    const worked = await add('2026-03-04T14:30:00Z', 'mitigation', 'Rotated the APNs key; pushes flowing');
    expect(worked.stdout).toMatch(/set the mitigated moment from it/);
    const { moments } = JSON.parse((await cli('show', own, '--json')).stdout).incident;
    expect(moments.mitigated.at).toBe('2026-03-04T14:30:00.000Z');
  });

  it('takes the impact start from the first error-level error added by hand (trial 19 F13)', async () => {
    const own = JSON.parse((await cli('new', '-t', 'Uploads failed', '-s', 'SEV3', '--json')).stdout).id;
    const add = (at: string, kind: string, severity: string) =>
      cli(
        'timeline',
        'add',
        own,
        '--at',
        at,
        '--kind',
        kind,
        '--severity',
        severity,
        '-m',
        `${kind} at ${at}`,
      );
    expect((await add('2026-05-12T13:05:00Z', 'error', 'warning')).stdout).not.toMatch(/moment/);
    expect((await add('2026-05-12T13:10:00Z', 'error', 'error')).stdout).toMatch(
      /set the impactStart moment from it \(none was set\)\n$/,
    );
    expect((await add('2026-05-12T13:20:00Z', 'error', 'error')).stdout).not.toMatch(/moment/);
    const { moments } = JSON.parse((await cli('show', own, '--json')).stdout).incident;
    expect(moments.impactStart.at).toBe('2026-05-12T13:10:00.000Z');
  });

  it('deletes a record, and an incident only with --yes when not in a terminal', async () => {
    const event = JSON.parse(
      (await cli('timeline', 'add', incident, '--at', '2026-03-04T14:00:00Z', '-m', 'deploy v42', '--json'))
        .stdout,
    );
    expect((await cli('delete', event.id, '--yes')).stdout).toBe(
      `deleted timeline event ${event.id} "deploy v42"\n`,
    );
    const unasked = await cli('delete', incident);
    expect(unasked.code).toBe(2);
    expect(unasked.stderr).toMatch(/not deleting incident .* without confirmation: pass --yes/);
    expect((await cli('delete', incident, '--yes')).stdout).toBe(
      `deleted incident ${incident} "Checkout returned 502s"\n`,
    );
    expect((await cli('show', incident)).code).toBe(2);
    expect((await cli('delete', 'INC-GONE0000', '--yes')).stderr).toMatch(
      /no incident with id "INC-GONE0000"/,
    );
  });
});
