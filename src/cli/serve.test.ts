import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'debrief-serve-'));
const db = `sqlite:${join(dir, 'debrief.db')}`;

/** Starts `debrief serve` and resolves with the process and everything it printed once it listens. */
function startServe(args: string[]): Promise<{ child: ChildProcess; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${errors}`)), 50_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/listening on/.test(output) && output.trimEnd().split('\n').length >= 2) {
        clearTimeout(timer);
        resolvePromise({ child, output });
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${errors}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolvePromise) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolvePromise(code));
    child.kill('SIGTERM');
  });
}

// Each case starts the CLI as a subprocess; on a busy machine that takes seconds, hence the generous timeout.
describe('debrief serve', { timeout: 60_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a one-time setup link on a fresh database, and the link creates the first admin', async () => {
    const { child, output } = await startServe(['--db', db, 'serve', '--port', '0']);
    try {
      const base = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      const token = /setup\?token=(\S+)/.exec(output)?.[1];
      expect(base).toBeDefined();
      expect(token).toMatch(/^dbsetup_/);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const setup = await fetch(`${base}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, username: 'ada', name: 'Ada Admin', password: 'admin password 1' }),
      });
      expect(setup.status).toBe(201);
      expect(setup.headers.get('set-cookie')).toMatch(/debrief_session=.*HttpOnly/);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('creates a personal API token for an existing user, straight on the database', async () => {
    const created = await runCli(['--db', db, 'token', 'create', '--user', 'ada', '--name', 'laptop']);
    expect(created.code).toBe(0);
    expect(created.stdout.trim()).toMatch(/^dbt_[\w-]{20,}$/);
    const unknown = await runCli(['--db', db, 'token', 'create', '--user', 'nobody']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/no user named "nobody"/);
  });

  it('refuses a port that is not a number with exit code 2', async () => {
    const result = await runCli(['--db', db, 'serve', '--port', 'eighty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--port "eighty" is not a port/);
  });

  it('writes the setup link to the public URL, and marks cookies Secure when it is https', async () => {
    const fresh = `sqlite:${join(dir, 'public.db')}`;
    const { child, output } = await startServe([
      '--db',
      fresh,
      'serve',
      '--port',
      '0',
      '--public-url',
      'https://debrief.example.com/',
      '--trust-proxy',
    ]);
    try {
      const local = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      expect(output).toMatch(
        /create the admin account at https:\/\/debrief\.example\.com\/setup\?token=dbsetup_/,
      );
      const health = await fetch(`${local}/healthz`);
      expect(health.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('refuses a public URL that is not an http(s) address with exit code 2', async () => {
    const result = await runCli(['--db', db, 'serve', '--public-url', 'debrief.example.com']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^.*--public-url: public URL "debrief\.example\.com" is not a URL/);
  });
});
