import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

// The Alertmanager intake against the real thing: Debian's prometheus-alertmanager, configured with two webhook
// receivers pointing at `debrief serve` (one onto an existing incident, one opening a draft per alert group), alerts
// posted and resolved with amtool. `.ci/run` installs the package when it is missing and sets
// DEBRIEF_REQUIRE_ALERTMANAGER, so CI never skips this; a developer without the package sees it skipped.

const alertmanager = '/usr/bin/prometheus-alertmanager';
const amtool = '/usr/bin/amtool';
const available = existsSync(alertmanager) && existsSync(amtool);
const required = process.env.DEBRIEF_REQUIRE_ALERTMANAGER === '1';
const run = promisify(execFile);

const root = resolve(import.meta.dirname, '..');
const tsxLoader = pathToFileURL(resolve(root, 'node_modules/tsx/dist/loader.mjs')).href;
const dir = mkdtempSync(join(tmpdir(), 'debrief-am-'));
const db = `sqlite:${join(dir, 'debrief.db')}`;
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts a program and resolves once its output matches `ready` (or, with no pattern, at once). */
function start(
  command: string,
  args: string[],
  ready?: RegExp,
): Promise<{ child: ChildProcess; output: () => string }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(command, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    const done = () => resolveStart({ child, output: () => output });
    const timer = setTimeout(() => reject(new Error(`${command} did not start: ${output}`)), 50_000);
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready?.test(output)) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}: ${output}`)));
    if (!ready) {
      clearTimeout(timer);
      done();
    }
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

afterAll(async () => {
  // Each program is stopped and waited for, so none is still writing into the folder as it is removed.
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolveExit) => {
          child.removeAllListeners('exit');
          if (child.exitCode !== null || child.signalCode !== null) return resolveExit();
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            resolveExit();
          }, 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolveExit();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

describe.skipIf(!available && !required)(
  'real Alertmanager posting to debrief serve',
  { timeout: 120_000 },
  () => {
    let base: string;
    let token: string;
    let existing: string;
    let amUrl: string;

    const api = async <T>(path: string): Promise<T> => {
      const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    type Event = { kind: string; at: string; summary: string };
    const timeline = async (id: string): Promise<Event[]> =>
      (await api<{ timeline: Event[] }>(`/api/incidents/${id}`)).timeline;
    const alert = (...args: string[]) =>
      run(amtool, [`--alertmanager.url=${amUrl}`, 'alert', 'add', ...args]);

    beforeAll(async () => {
      if (!available)
        throw new Error(
          'prometheus-alertmanager and amtool are required: apt-get install prometheus-alertmanager',
        );
      const serve = await start(
        process.execPath,
        ['--import', tsxLoader, join(root, 'src/cli/main.ts'), '--db', db, 'serve', '--port', '0', '--demo'],
        /with password/,
      );
      base = /listening on (http:\/\/\S+)/.exec(serve.output())?.[1] as string;
      const user = /Sign in as "([^"]+)"/.exec(serve.output())?.[1] as string;
      token = JSON.parse(
        (await runCli(['--db', db, 'token', 'create', '--user', user, '--name', 'alertmanager', '--json']))
          .stdout,
      ).token;
      existing = JSON.parse(
        (
          await runCli([
            '--db',
            db,
            'new',
            '-t',
            'Disk filled on the orders database',
            '-s',
            'SEV2',
            '--json',
          ])
        ).stdout,
      ).id;

      const port = await freePort();
      amUrl = `http://127.0.0.1:${port}`;
      const receiver = (name: string, query: string) => ({
        name,
        webhook_configs: [
          {
            url: `${base}/api/intake/alertmanager?${query}`,
            send_resolved: true,
            http_config: { authorization: { type: 'Bearer', credentials: token } },
          },
        ],
      });
      // JSON is YAML: Alertmanager reads this file as it is.
      const config = {
        route: {
          receiver: 'drafts',
          group_by: ['alertname'],
          group_wait: '1s',
          group_interval: '1s',
          repeat_interval: '2s',
          routes: [{ receiver: 'existing', matchers: ['incident="orders-disk"'] }],
        },
        receivers: [
          receiver('drafts', 'open=draft&severity=SEV2'),
          receiver('existing', `incident=${existing}`),
        ],
      };
      writeFileSync(join(dir, 'alertmanager.yml'), JSON.stringify(config, null, 2));
      await start(alertmanager, [
        `--config.file=${join(dir, 'alertmanager.yml')}`,
        `--storage.path=${join(dir, 'am-data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--cluster.listen-address=',
        '--log.level=warn',
      ]);
      await until('Alertmanager to be ready', async () =>
        (await fetch(`${amUrl}/-/ready`).catch(() => undefined))?.ok ? true : undefined,
      );
    });

    it('opens one draft for a group of two pods, puts another alert on its incident, and records each resolution once', async () => {
      const summary = '--annotation=summary=5xx above 5% for 5 minutes';
      const started = new Date().toISOString();
      await alert('HighErrorRate', 'pod=pay-1', 'service=checkout-api', summary, `--start=${started}`);
      await alert('HighErrorRate', 'pod=pay-2', 'service=checkout-api', summary, `--start=${started}`);
      await alert(
        'DiskAlmostFull',
        'incident=orders-disk',
        'service=orders-db',
        '--annotation=summary=volume 92% full',
      );

      type Summary = { id: string; title: string; severity: string; status: string };
      const draft = await until('the draft incident', async () => {
        const list: Summary[] = (await api<{ incidents: Summary[] }>('/api/incidents')).incidents;
        return list.find((incident) => incident.title.startsWith('HighErrorRate'));
      });
      expect(draft).toMatchObject({
        title: 'HighErrorRate: 5xx above 5% for 5 minutes',
        severity: 'SEV2',
        status: 'draft',
      });
      const fired = await until('both pods on the draft', async () => {
        const events = await timeline(draft.id);
        return events.filter((event) => event.kind === 'alert-fired').length >= 2 ? events : undefined;
      });
      expect(fired.map((event) => event.summary)).toEqual([
        'Alert HighErrorRate (pod=pay-1) firing: 5xx above 5% for 5 minutes',
        'Alert HighErrorRate (pod=pay-2) firing: 5xx above 5% for 5 minutes',
      ]);
      const disk = await until('the disk alert on the existing incident', async () => {
        const events = await timeline(existing);
        return events.length > 0 ? events : undefined;
      });
      expect(disk.map((event) => event.kind)).toEqual(['alert-fired']);

      // Both pods recover; repeat notifications (every 2 s) go on arriving meanwhile.
      const ended = new Date().toISOString();
      await alert(
        'HighErrorRate',
        'pod=pay-1',
        'service=checkout-api',
        summary,
        `--start=${started}`,
        `--end=${ended}`,
      );
      await alert(
        'HighErrorRate',
        'pod=pay-2',
        'service=checkout-api',
        summary,
        `--start=${started}`,
        `--end=${ended}`,
      );
      const resolved = await until('both resolutions', async () => {
        const events = await timeline(draft.id);
        return events.filter((event) => event.kind === 'alert-resolved').length >= 2 ? events : undefined;
      });
      // Let more repeats arrive: nothing is added twice.
      await new Promise((r) => setTimeout(r, 5_000));
      const after = await timeline(draft.id);
      expect(after).toHaveLength(resolved.length);
      expect(after.map((event) => event.kind).sort()).toEqual([
        'alert-fired',
        'alert-fired',
        'alert-resolved',
        'alert-resolved',
      ]);
      const resolutions = after
        .filter((event) => event.kind === 'alert-resolved')
        .map((event) => event.summary);
      expect(resolutions.sort()).toEqual([
        expect.stringContaining('pod=pay-1'),
        expect.stringContaining('pod=pay-2'),
      ]);
      const { incidents } = await api<{ incidents: Summary[] }>('/api/incidents');
      const drafts = incidents.filter((incident: Summary) => incident.title.startsWith('HighErrorRate'));
      expect(drafts).toHaveLength(1);
      expect(await timeline(existing)).toHaveLength(1);
    });
  },
);
