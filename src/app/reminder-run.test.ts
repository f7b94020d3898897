import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RemindersConfig, remindersConfigSchema } from '../domain/index.js';
import { openSqlStore, type SqlStore } from '../store/index.js';
import { createTestDatabase } from '../store/test-support/postgres.js';
import { reminderPass, startReminderScheduler } from './reminder-run.js';
import { reminderSender } from './reminder-senders.js';
import { startMailServer, startWebhook } from './test-support/reminder-receivers.js';

// Reminders end to end below the CLI: a real SMTP server and a webhook that fails before it answers, on SQLite
// and PostgreSQL, with restarts and two senders on one database.

const dialects = [
  {
    name: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'debrief-remind-'));
      return { url: `sqlite:${join(dir, 'remind.db')}`, drop: async () => rmSync(dir, { recursive: true }) };
    },
  },
  { name: 'postgres', create: () => createTestDatabase('debrief_remind') },
];

// A Tuesday, after the 09:00 send time.
const morning = new Date('2026-03-10T09:30:00Z');
const actor = { actor: 'test' };
const fastRetry = { baseMs: 1_000, capMs: 4_000, maxAttempts: 3 };

describe.each(dialects)('reminders ($name)', ({ create }) => {
  let database: SqlStore;
  let drop: () => Promise<void>;
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  let hook: Awaited<ReturnType<typeof startWebhook>>;
  let config: RemindersConfig;
  let incidentId: string;

  beforeAll(async () => {
    const target = await create();
    drop = target.drop;
    database = await openSqlStore(target.url);
    await database.store.migrate();
    mail = await startMailServer();
    // The team's webhook answers 500 once, then takes the digest.
    hook = await startWebhook([500, 200]);
    config = remindersConfigSchema.parse({
      url: 'https://debrief.example.com',
      smtp: mail.url,
      from: 'debrief <debrief@example.com>',
      people: { 'Priya Raghunathan': { email: 'priya@example.com', team: 'payments' } },
      teams: { payments: { slack: hook.url } },
      email: 'sre-leads@example.com',
    });
    const { store } = database;
    const open = await store.incidents.create(
      { title: 'Checkout returned 503s', severity: 'SEV1', services: ['checkout'] },
      actor,
    );
    const secret = await store.incidents.create(
      { title: 'Card numbers in logs', severity: 'SEV1', restricted: true },
      actor,
    );
    incidentId = open.id;
    const add = (id: string, title: string, owner: string, dueDate?: string) =>
      store.actions.add(id, { title, owner, ...(dueDate ? { dueDate } : {}) }, actor);
    await add(open.id, 'Add a canary stage', 'Priya Raghunathan', '2026-03-06');
    await add(open.id, 'Alert on pool use', '@priya raghunathan', '2026-03-12');
    await add(open.id, 'Rewrite the runbook', 'Sam', '2026-03-09');
    await add(open.id, 'Someday', 'Sam', '2026-05-01');
    await add(open.id, 'No due date', 'Priya Raghunathan');
    await add(secret.id, 'Purge the log archive', 'Priya Raghunathan', '2026-03-11');
  });
  afterAll(async () => {
    await database?.store.close();
    await mail?.close();
    await hook?.close();
    await drop?.();
  });

  it('sends each digest once, retries a failing webhook with backoff, and sends nothing twice after a restart', async () => {
    let clock = morning;
    const reports: string[] = [];
    const run = async (holder: string) => ({
      store: database.store,
      log: database.reminders,
      config,
      sender: await reminderSender(config),
      holder,
      retry: fastRetry,
      now: () => clock,
      report: (line: string) => reports.push(line),
    });
    const first = await run('server-a');
    const pass = await reminderPass(first, true);
    expect(pass.planned).toBe(3);
    expect(pass.tried.map((send) => [send.recipient, send.status])).toEqual([
      ['email:priya@example.com', 'sent'],
      ['email:sre-leads@example.com', 'sent'],
      ['slack:team:payments', 'pending'],
    ]);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain(
      'reminder for team payments (slack:team:payments) not delivered on attempt 1',
    );
    expect(reports[0]).toContain('answered 500');
    expect(reports[0]).not.toContain(hook.url);

    // The owner's own mail has every one of their dated actions, the restricted one by name; links open the incident.
    const priya = mail.mails.find((m) => m.to.includes('priya@example.com'));
    expect(priya?.to).toEqual(['priya@example.com']);
    expect(priya?.from).toBe('debrief@example.com');
    expect(priya?.raw).toContain('Subject: debrief reminder for Priya Raghunathan: 1 overdue, 2 due soon');
    expect(priya?.raw).toContain('Add a canary stage (owner Priya Raghunathan): due 2026-03-06, 4 days late');
    expect(priya?.raw).toContain('Purge the log archive');
    expect(priya?.raw).toContain(`https://debrief.example.com/incidents/${incidentId}`);
    expect(priya?.raw).not.toContain('No due date');
    // Sam is listed nowhere: his overdue action goes to the catch-all address; the May one is not due soon.
    const leads = mail.mails.find((m) => m.to.includes('sre-leads@example.com'));
    expect(leads?.raw).toContain('Rewrite the runbook (owner Sam): due 2026-03-09, 1 day late');
    expect(leads?.raw).not.toContain('Someday');

    // Too early for the retry: nothing is taken. At its time, the webhook takes the digest.
    expect((await reminderPass(first, false)).tried).toEqual([]);
    clock = new Date(morning.getTime() + 1_000);
    const retried = await reminderPass(first, false);
    expect(retried.tried.map((send) => [send.recipient, send.status, send.attempts])).toEqual([
      ['slack:team:payments', 'sent', 2],
    ]);
    expect(hook.posts).toHaveLength(1);
    // Others read the team channel: the restricted incident's titles stay out of it.
    expect(hook.posts[0]?.text).toContain('an action in a restricted incident');
    expect(hook.posts[0]?.text).not.toContain('Card numbers');
    expect(hook.posts[0]?.text).not.toContain('Purge');
    expect(hook.posts[0]?.text).toContain(`<https://debrief.example.com/incidents/${incidentId}|`);

    // A restart (a new process, the same day) plans again and sends nothing more.
    const restarted = await run('server-a-restarted');
    const again = await reminderPass(restarted, true);
    expect(again.planned).toBe(0);
    expect(again.tried).toEqual([]);
    expect(mail.mails).toHaveLength(2);
    expect(hook.calls()).toBe(2);
    const day = await database.reminders.ofDay('2026-03-10');
    // The webhook URL is a secret: the log keeps who it was for, and the URL is looked up when sending.
    expect(day.find((send) => send.channel === 'slack')?.address).toBe('');
    expect(day.map((send) => [send.recipient, send.status])).toEqual([
      ['email:priya@example.com', 'sent'],
      ['email:sre-leads@example.com', 'sent'],
      ['slack:team:payments', 'sent'],
    ]);
  });

  it('elects one sender among two servers, and hands over when it stops', async () => {
    const log = database.reminders;
    const at = '2026-03-10T10:00:00.000Z';
    expect(await log.lease('test-lease', 'a', at, 60_000)).toBe(true);
    expect(await log.lease('test-lease', 'b', at, 60_000)).toBe(false);
    // Renewed by its holder, and taken by the other once expired.
    expect(await log.lease('test-lease', 'a', '2026-03-10T10:00:30.000Z', 60_000)).toBe(true);
    expect(await log.lease('test-lease', 'b', '2026-03-10T10:01:00.000Z', 60_000)).toBe(false);
    expect(await log.lease('test-lease', 'b', '2026-03-10T10:01:30.000Z', 60_000)).toBe(true);
    await log.release('test-lease', 'b');
    expect(await log.lease('test-lease', 'a', '2026-03-10T10:01:31.000Z', 60_000)).toBe(true);

    // Two schedulers ticking on one database the next morning: the digests go out once.
    const before = mail.mails.length;
    const next = new Date('2026-03-11T09:05:00Z');
    const schedulers = await Promise.all(
      ['one', 'two'].map(async (holder) =>
        startReminderScheduler(
          {
            store: database.store,
            log,
            config,
            sender: await reminderSender(config),
            holder,
            retry: fastRetry,
            now: () => next,
          },
          3_600_000,
        ),
      ),
    );
    await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
    await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
    await Promise.all(schedulers.map((scheduler) => scheduler.stop()));
    expect(mail.mails.length - before).toBe(2);
    expect((await log.ofDay('2026-03-11')).every((send) => send.status === 'sent')).toBe(true);
  });

  it('gives up after the last retry, and a send left unsettled by a stopped server is never sent again', async () => {
    const down = await startWebhook([503]);
    try {
      const failing = remindersConfigSchema.parse({ slack: down.url });
      let clock = new Date('2026-03-12T09:00:00Z');
      const run = {
        store: database.store,
        log: database.reminders,
        config: failing,
        sender: await reminderSender(failing),
        holder: 'lonely',
        retry: fastRetry,
        now: () => clock,
      };
      const statuses: string[] = [];
      for (let pass = 0; pass < 3; pass++) {
        const result = await reminderPass(run, pass === 0);
        statuses.push(...result.tried.map((send) => send.status));
        clock = new Date(clock.getTime() + 10_000);
      }
      expect(statuses).toEqual(['pending', 'pending', 'failed']);
      expect(down.calls()).toBe(3);

      // A send taken by a server that then stopped: once taken longer ago than the cut-off (reminderPass uses ten
      // minutes), it is unknown, not sent again.
      await database.reminders.plan(
        '2026-03-13',
        [
          {
            recipient: 'slack:catch-all',
            channel: 'slack',
            address: down.url,
            audience: 'x',
            message: '{}',
            items: 1,
          },
        ],
        '2026-03-13T09:00:00.000Z',
      );
      expect(await database.reminders.claim('crashed', '2026-03-13T09:00:00.000Z')).toHaveLength(1);
      expect(await database.reminders.abandon('2026-03-13T08:55:00.000Z')).toBe(0);
      expect(await database.reminders.abandon('2026-03-13T09:01:00.000Z')).toBe(1);
      const [lost] = await database.reminders.ofDay('2026-03-13');
      expect(lost?.status).toBe('unknown');
      expect(await database.reminders.claim('next', '2026-03-13T10:00:00.000Z')).toEqual([]);
    } finally {
      await down.close();
    }
  });
  it('tries a failed delivery again at its time, not at the next tick', async () => {
    const flaky = await startWebhook([500, 200]);
    try {
      const team = remindersConfigSchema.parse({
        people: { 'Priya Raghunathan': { team: 'payments' } },
        teams: { payments: { slack: flaky.url } },
      });
      // A Tuesday morning whose clock runs in real time, and a tick far longer than the retry's wait.
      const offset = Date.parse('2026-03-24T09:30:00Z') - Date.now();
      const scheduler = startReminderScheduler(
        {
          store: database.store,
          log: database.reminders,
          config: team,
          sender: await reminderSender(team),
          holder: 'prompt',
          retry: fastRetry,
          now: () => new Date(Date.now() + offset),
        },
        3_600_000,
      );
      try {
        await scheduler.tick();
        expect(flaky.calls()).toBe(1);
        // The retry is due about a second later; a busy machine (two test runs on two cores) may take longer.
        // The webhook holds the post before the sender has its answer and writes the status, so wait for both.
        const status = async () => (await database.reminders.ofDay('2026-03-24'))[0]?.status;
        for (let waited = 0; (await status()) !== 'sent' && waited < 20_000; waited += 50)
          await new Promise((resolve) => setTimeout(resolve, 50));
        expect(flaky.posts).toHaveLength(1);
        expect(await status()).toBe('sent');
      } finally {
        await scheduler.stop();
      }
    } finally {
      await flaky.close();
    }
  });

  it('a retry says what is still due when it goes out, and sends nothing when nothing is left', async () => {
    const hook2 = await startWebhook([500, 200]);
    try {
      const team = remindersConfigSchema.parse({
        people: { 'Priya Raghunathan': { team: 'payments' } },
        teams: { payments: { slack: hook2.url } },
      });
      let clock = new Date('2026-03-17T09:30:00Z');
      const run = {
        store: database.store,
        log: database.reminders,
        config: team,
        sender: await reminderSender(team),
        holder: 'fresh',
        retry: fastRetry,
        now: () => clock,
      };
      const first = await reminderPass(run, true);
      expect(first.tried.map((send) => [send.recipient, send.status, send.items])).toEqual([
        ['slack:team:payments', 'pending', 3],
      ]);
      // Before the retry, one of the team's actions is done: the retry leaves it out.
      const actions = await database.store.actions.list(incidentId);
      const canary = actions.find((action) => action.title === 'Add a canary stage');
      if (!canary) throw new Error('the canary action is missing');
      await database.store.actions.update(canary.id, canary.version, { status: 'done' }, actor);
      clock = new Date(clock.getTime() + 1_000);
      const retried = await reminderPass(run, false);
      expect(retried.tried.map((send) => [send.status, send.items])).toEqual([['sent', 2]]);
      expect(hook2.posts[0]?.text).not.toContain('Add a canary stage');
      expect(hook2.posts[0]?.text).toContain('Alert on pool use');
      const [kept] = await database.reminders.ofDay('2026-03-17');
      expect([kept?.status, kept?.items]).toEqual(['sent', 2]);
      expect(kept?.message).not.toContain('Add a canary stage');

      // The next day's digest fails; by its retry every action is closed, so nothing goes out.
      const failing = await startWebhook([500]);
      try {
        const dead = remindersConfigSchema.parse({
          people: { 'Priya Raghunathan': { team: 'payments' } },
          teams: { payments: { slack: failing.url } },
        });
        clock = new Date('2026-03-18T09:30:00Z');
        const next = { ...run, config: dead, sender: await reminderSender(dead) };
        expect((await reminderPass(next, true)).tried.map((send) => send.status)).toEqual(['pending']);
        for (const action of await database.store.actions.search({ status: ['open', 'in-progress'] })) {
          await database.store.actions.update(
            action.id,
            action.version,
            { status: 'dropped', droppedReason: 'test' },
            actor,
          );
        }
        clock = new Date(clock.getTime() + 1_000);
        const skipped = await reminderPass(next, false);
        expect(skipped.tried.map((send) => send.status)).toEqual(['skipped']);
        expect(failing.calls()).toBe(1);
        const [day] = await database.reminders.ofDay('2026-03-18');
        expect(day?.status).toBe('skipped');
        expect(await database.reminders.claim('later', '2026-03-18T12:00:00.000Z')).toEqual([]);
      } finally {
        await failing.close();
      }
    } finally {
      await hook2.close();
    }
  });
});
