// Server benchmark: with 1,000 incidents in SQLite, GET /api/incidents (the default page: 25 summaries, with an API
// token) under 100 concurrent connections, against a bare Fastify route measured in the same run. For context it
// also measures a bare Fastify route sending the very bytes of the list response (what the payload alone costs)
// and the CLI's larger request (`view=full&limit=200`). The servers run in a child process so the load generator
// does not share their event loop.
// Run: node --import tsx bench/server.ts [--seconds 10]; BENCH_PROFILE=1 writes a CPU profile to /tmp/prof2.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineLine, writeResults } from './results.js';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}
type Cannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<CannonResult>;

const incidents = 1_000;
const connections = 100;
const secondsFlag = process.argv.indexOf('--seconds');
const seconds = secondsFlag > 0 ? Number(process.argv[secondsFlag + 1]) : 10;

async function serve(): Promise<void> {
  const { default: Fastify } = await import('fastify');
  const { openSqlStore } = await import('../src/store/index.js');
  const { buildServer } = await import('../src/server/build-server.js');
  const dir = process.env.BENCH_DIR ?? tmpdir();
  const database = await openSqlStore(`sqlite:${join(dir, 'bench.db')}`);
  const { store, audit, changes } = database;
  await store.migrate();
  const accounts = database.accounts();
  const admin = await accounts.createUser({
    username: 'bench',
    name: 'Bench',
    password: 'bench password',
    role: 'admin',
  });
  const { token } = await accounts.createApiToken(admin.id, 'bench');
  const viewer = await accounts.createUser({
    username: 'viewer',
    name: 'Vic Viewer',
    password: 'viewer password',
    role: 'viewer',
  });
  const { token: viewerToken } = await accounts.createApiToken(viewer.id, 'bench');
  const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
  const statuses = ['draft', 'in-review', 'published', 'closed'] as const;
  for (let i = 0; i < incidents; i++) {
    await store.incidents.create(
      {
        title: `Incident ${i}: elevated 5xx on service-${i % 40}`,
        severity: severities[i % 4] ?? 'SEV3',
        status: statuses[i % 4] ?? 'draft',
        services: [`service-${i % 40}`, 'gateway'],
        summary:
          'Requests to the upstream timed out after a configuration change; a rollback restored service.',
        participants: [{ name: `Engineer ${i % 17}`, role: 'responder' }],
        // Every tenth incident is restricted to its participants, so a viewer's list is filtered per user.
        restricted: i % 10 === 0,
      },
      { actor: 'bench' },
    );
  }
  const app = await buildServer({ store, audit, changes, accounts });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = Fastify();
  bare.get('/bare', async () => ({ ok: true }));
  const listed = await app.inject({ url: '/api/incidents', headers: { authorization: `Bearer ${token}` } });
  const sameBytes = listed.rawPayload;
  bare.get('/same-bytes', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(sameBytes),
  );
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const port = (server: typeof app) => {
    const address = server.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  };
  // Exit cleanly when the parent is done, so a --cpu-prof profile (BENCH_PROFILE=1) gets written.
  process.on('SIGINT', () => process.exit(0));
  process.send?.({ api: port(app), bare: port(bare), token, viewerToken });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-'));
  const child = fork(import.meta.filename, ['--serve'], {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2'] : []),
    ],
    env: { ...process.env, BENCH_DIR: dir },
  });
  try {
    const ports = await new Promise<{ api: number; bare: number; token: string; viewerToken: string }>(
      (resolve, reject) => {
        child.once('message', (message) =>
          resolve(message as { api: number; bare: number; token: string; viewerToken: string }),
        );
        child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
      },
    );
    const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;
    const run = (url: string, headers?: Record<string, string>) =>
      autocannon({ url, connections, duration: seconds, ...(headers ? { headers } : {}) });
    // A short warm-up so JIT and caches settle before measuring.
    await autocannon({ url: `http://127.0.0.1:${ports.bare}/bare`, connections, duration: 2 });
    const authorization = { authorization: `Bearer ${ports.token}` };
    // The bare route and the list alternate over three rounds, so a burst of other work on this shared machine
    // does not land on one of them only; each row shows the round with the median throughput.
    const bareRounds: CannonResult[] = [];
    const apiRounds: CannonResult[] = [];
    for (let round = 0; round < 3; round++) {
      bareRounds.push(await run(`http://127.0.0.1:${ports.bare}/bare`));
      apiRounds.push(await run(`http://127.0.0.1:${ports.api}/api/incidents`, authorization));
    }
    const median = (rounds: CannonResult[]) =>
      [...rounds].sort((a, b) => a.requests.average - b.requests.average)[1] as CannonResult;
    const bare = median(bareRounds);
    const api = median(apiRounds);
    const ratio = api.requests.average / bare.requests.average;
    const sameBytes = await run(`http://127.0.0.1:${ports.bare}/same-bytes`);
    const full = await run(`http://127.0.0.1:${ports.api}/api/incidents?view=full&limit=200`, authorization);
    const asViewer = await run(`http://127.0.0.1:${ports.api}/api/incidents`, {
      authorization: `Bearer ${ports.viewerToken}`,
    });
    const row = (name: string, r: CannonResult) =>
      `| ${name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} |`;
    const markdown = [
      '## server',
      '',
      `Machine: ${machineLine()}; load average ${loadavg()[0]?.toFixed(1)} when measured (other work shares the CPUs)`,
      `Command: \`node --import tsx bench/server.ts --seconds ${seconds}\` (${connections} connections, ${seconds} s each, ${incidents} incidents in SQLite, a tenth of them restricted, admin API token unless said; the server's default 1 s list and identity cache on)`,
      '',
      '| route | req/s | p50 ms | p99 ms | errors |',
      '|---|---|---|---|---|',
      row('bare Fastify `GET /bare`', bare),
      row('`GET /api/incidents` (default page: 25 summaries)', api),
      row('bare Fastify sending the same bytes as that page', sameBytes),
      row("`GET /api/incidents?view=full&limit=200` (the CLI's page; no target)", full),
      row('`GET /api/incidents` as a viewer (restricted incidents filtered per user; no target)', asViewer),
      '',
      `Throughput ratio: ${(ratio * 100).toFixed(1)}% of the bare route (target ≥ 50%); p99 ${api.latency.p99} ms (target < 25 ms).`,
      `All three rounds (bare / list req/s): ${bareRounds.map((r, i) => `${Math.round(r.requests.average)} / ${Math.round(apiRounds[i]?.requests.average ?? 0)}`).join(', ')}.`,
    ].join('\n');
    writeResults('server', markdown);
    console.log(markdown);
  } finally {
    child.kill('SIGINT');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
