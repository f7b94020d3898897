import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer, startWebhook } from '../src/app/test-support/reminder-receivers.js';
import { createTestDatabase } from '../src/store/test-support/postgres.js';
import { runCli } from './support/cli.js';

// Reminders as a team runs them: the project's configuration (secrets from the environment), `remind --dry-run`,
// `remind`, and two `debrief serve` processes on one PostgreSQL database, with a real SMTP server and a webhook.

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'debrief-remind-cli-'));
const dayMs = 86_400_000;
const dayFrom = (offset: number) => new Date(Date.now() + offset * dayMs).toISOString().slice(0, 10);

let mail: Awaited<ReturnType<typeof startMailServer>>;
let hook: Awaited<ReturnType<typeof startWebhook>>;

/** A value the configuration takes from the environment: `${NAME}`. */
const fromEnv = (name: string) => `\${${name}}`;

/** The project's configuration: every day from midnight, so a digest is due whenever the test runs. */
function writeConfig(project: string, extra: Record<string, unknown> = {}): void {
  const reminders = {
    sendAt: '00:00',
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    url: 'https://debrief.example.com',
    smtp: fromEnv('REMIND_SMTP'),
    from: 'debrief <debrief@example.com>',
    people: { 'Priya Raghunathan': { email: 'priya@example.com', team: 'payments' } },
    teams: { payments: { slack: fromEnv('PAYMENTS_WEBHOOK') } },
    ...extra,
  };
  writeFileSync(join(project, 'debrief.config.json'), JSON.stringify({ reminders }));
}

/** An incident with one overdue and one due-soon action for Priya, and one action due later. */
async function seed(env: Record<string, string>): Promise<string> {
  const cli = (...args: string[]) => runCli(args, { env });
  const made = await cli('new', '-t', 'Checkout returned 503s', '-s', 'SEV1', '--json');
  const id = JSON.parse(made.stdout).id as string;
  await cli('actions', 'add', id, '-t', 'Add a canary stage', '-o', 'Priya Raghunathan', '-d', dayFrom(-2));
  await cli('actions', 'add', id, '-t', 'Alert on pool use', '-o', 'Priya Raghunathan', '-d', dayFrom(1));
  await cli('actions', 'add', id, '-t', 'Rewrite the runbook', '-o', 'Priya Raghunathan', '-d', dayFrom(30));
  return id;
}

beforeAll(async () => {
  mail = await startMailServer();
  hook = await startWebhook([200]);
});
afterAll(async () => {
  await mail?.close();
  await hook?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('debrief remind', () => {
  const project = join(dir, 'project');
  let env: Record<string, string>;
  let id: string;
  beforeAll(async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(project);
    writeConfig(project);
    env = {
      DEBRIEF_DB: `sqlite:${join(dir, 'remind.db')}`,
      REMIND_SMTP: mail.url,
      PAYMENTS_WEBHOOK: hook.url,
    };
    id = await seed(env);
  });
  const remind = (...args: string[]) => runCli(['remind', ...args], { env, cwd: project });

  it('shows what would go out without sending, then sends each digest once', async () => {
    const dry = await remind('--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`2 reminders for today (${dayFrom(0)}):`);
    expect(dry.stdout).toContain('To priya@example.com by e-mail (Priya Raghunathan)');
    expect(dry.stdout).toContain('To the Slack webhook for team payments');
    expect(dry.stdout).toContain('Subject: debrief reminder for Priya Raghunathan: 1 overdue, 1 due soon');
    expect(dry.stdout).toContain(
      `Add a canary stage (owner Priya Raghunathan): due ${dayFrom(-2)}, 2 days late`,
    );
    expect(dry.stdout).not.toContain('Rewrite the runbook');
    // The webhook URL is a secret: never printed.
    expect(dry.stdout).not.toContain(hook.url);
    expect(mail.mails).toHaveLength(0);
    expect(hook.posts).toHaveLength(0);
    const json = await remind('--dry-run', '--json');
    expect(JSON.parse(json.stdout).digests.map((digest: { address: string }) => digest.address)).toEqual([
      'priya@example.com',
      '(webhook URL hidden)',
    ]);
    expect(json.stdout).not.toContain(hook.url);

    const sent = await remind();
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(0);
    expect(sent.stdout).toBe(
      'sent to priya@example.com by e-mail (Priya Raghunathan): 2 actions\nsent to the Slack webhook for team payments: 2 actions\n',
    );
    expect(mail.mails).toHaveLength(1);
    expect(mail.mails[0]?.to).toEqual(['priya@example.com']);
    expect(mail.mails[0]?.raw).toContain(`https://debrief.example.com/incidents/${id}`);
    expect(hook.posts[0]?.text).toContain('Alert on pool use');

    const again = await remind();
    expect(again.stdout).toBe('No reminders to send: none due, or all already sent today.\n');
    expect(mail.mails).toHaveLength(1);
    expect((await remind('--dry-run')).stdout).toContain('(already sent today at');
  });

  it('refuses a malformed address or a missing secret at once, naming the key', async () => {
    const bad = join(dir, 'bad');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(bad);
    writeConfig(bad, { people: { Priya: { email: 'priya at example.com' } } });
    const malformed = await runCli(['remind', '--dry-run'], { env, cwd: bad });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toBe(
      'debrief: invalid configuration in debrief.config.json: reminders.people.Priya.email: expected an e-mail address such as oncall@example.com, got "priya at example.com"\n',
    );
    writeConfig(bad);
    const unset = await runCli(['remind'], { env: { ...env, PAYMENTS_WEBHOOK: undefined }, cwd: bad });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toBe(
      'debrief: invalid configuration in debrief.config.json: reminders.teams.payments.slack: environment variable PAYMENTS_WEBHOOK is not set\n',
    );
    const served = await runCli(['serve', '--port', '0'], {
      env: { ...env, PAYMENTS_WEBHOOK: undefined },
      cwd: bad,
    });
    expect(served.code).toBe(2);
    expect(served.stderr).toContain('environment variable PAYMENTS_WEBHOOK is not set');
    const none = await runCli(['remind'], { env, cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no reminders configured: add "reminders" to debrief.config.json');
  });

  it('reports a webhook that keeps failing and exits 1, sending the rest', async () => {
    const down = await startWebhook([500]);
    const project2 = join(dir, 'down');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(project2);
    writeConfig(project2);
    const denv = { ...env, DEBRIEF_DB: `sqlite:${join(dir, 'down.db')}`, PAYMENTS_WEBHOOK: down.url };
    try {
      await seed(denv);
      const result = await runCli(['remind'], { env: denv, cwd: project2 });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        'NOT delivered to the Slack webhook for team payments: answered 500 Internal Server Error',
      );
      expect(result.stdout).toContain('sent to priya@example.com by e-mail');
      expect(result.stderr).toBe('');
      // Tried three times, backing off, and the URL never printed.
      expect(down.calls()).toBe(3);
      expect(result.stdout).not.toContain(down.url);
      // The webhook mended in the configuration (a new URL): running it again sends what failed, there.
      const before = hook.posts.length;
      const again = await runCli(['remind'], { env: { ...denv, PAYMENTS_WEBHOOK: hook.url }, cwd: project2 });
      expect(again.stdout).toBe('sent to the Slack webhook for team payments: 2 actions\n');
      expect(again.code).toBe(0);
      expect(hook.posts.length - before).toBe(1);
      expect(down.calls()).toBe(3);
    } finally {
      await down.close();
    }
  });
});

const tsxLoader = pathToFileURL(resolve(root, 'node_modules/tsx/dist/loader.mjs')).href;

/** Starts `debrief serve` in `cwd` and resolves once it listens. */
function startServe(cwd: string, env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', tsxLoader, join(root, 'src/cli/main.ts'), 'serve', '--port', '0'],
      {
        cwd,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 50_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Reminders: digests')) {
        clearTimeout(timer);
        resolvePromise(child);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}

describe('debrief serve sends the reminders', { timeout: 90_000 }, () => {
  it('once, from one of two servers on one PostgreSQL database, and not again after both restart', async () => {
    const database = await createTestDatabase('debrief_remind_serve');
    const project = join(dir, 'served');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(project);
    writeConfig(project);
    const env = { DEBRIEF_DB: database.url, REMIND_SMTP: mail.url, PAYMENTS_WEBHOOK: hook.url };
    const before = { mails: mail.mails.length, posts: hook.posts.length };
    try {
      await seed(env);
      const waitFor = async (done: () => boolean) => {
        for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
      };
      for (let round = 0; round < 2; round++) {
        const servers = await Promise.all([startServe(project, env), startServe(project, env)]);
        await waitFor(() => mail.mails.length > before.mails && hook.posts.length > before.posts);
        // Both servers have ticked at start; give a second sender every chance to go too.
        await new Promise((r) => setTimeout(r, 1_500));
        await Promise.all(servers.map(stop));
      }
      expect(mail.mails.length - before.mails).toBe(1);
      expect(hook.posts.length - before.posts).toBe(1);
      expect(mail.mails.at(-1)?.to).toEqual(['priya@example.com']);
    } finally {
      await database.drop();
    }
  });
});
