import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface TestServer {
  url: string;
  setupToken: string;
}

const root = resolve(import.meta.dirname, '../..');

/** Starts web/e2e/serve-for-test.ts (the real server, a fresh database) and resolves when it listens. */
function startServer(options: ServerOptions): Promise<{ server: TestServer; child: ChildProcess }> {
  const env = { ...process.env };
  if (options.database) env.DEBRIEF_E2E_DB = options.database;
  if (options.port) env.DEBRIEF_E2E_PORT = String(options.port);
  if (options.today) env.DEBRIEF_E2E_TODAY = options.today;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'web/e2e/serve-for-test.ts')], {
      cwd: root,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s: ${stderr}`)), 30_000);
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${stderr}`)));
    if (!child.stdout) throw new Error('no stdout from the server process');
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolvePromise({ server: JSON.parse(line) as TestServer, child });
    });
  });
}

/** A running server for one test file; `stop` ends it and removes its database. */
export interface RunningServer extends TestServer {
  stop(): void;
}

/** Where a test server keeps its data: a database URL to share (restart, two instances) and a port to reuse. */
export interface ServerOptions {
  database?: string | undefined;
  port?: number | undefined;
  /** The server's day (YYYY-MM-DD): its clock stands at noon UTC of it. */
  today?: string | undefined;
}

/**
 * Starts the real server with a fresh database, for the tests of one file (their data never mixes); or on a given
 * database (`sqlite:PATH` to restart on, a `postgres://` URL for several instances), which it leaves in place.
 */
export async function startTestServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { server, child } = await startServer(options);
  return {
    ...server,
    stop() {
      child.removeAllListeners('exit');
      child.stdin?.end();
      child.kill('SIGTERM');
    },
  };
}

export { expect, test } from '@playwright/test';
