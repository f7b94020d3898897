// Store benchmark: bulk timeline import, re-import skipping known fingerprints, whole-document load and save,
// single-record writes and filtered listing, on SQLite (a temp file) and PostgreSQL (a fresh database).
// Run: node --import tsx bench/store.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../src/store/index.js';
import { openStore } from '../src/store/index.js';
import { createTestDatabase } from '../src/store/test-support/postgres.js';
import { machineLine, writeResults } from './results.js';

const ctx = { actor: 'bench' };
const eventCount = 20_000;
const incidentCount = 500;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function measure(store: Store): Promise<string[]> {
  await store.migrate();
  const incident = await store.incidents.create({ title: 'Bench', severity: 'SEV2' }, ctx);
  const events = Array.from({ length: eventCount }, (_, i) => ({
    at: new Date(Date.UTC(2026, 2, 4, 14, 0, 0, i * 10)).toISOString(),
    summary: `context deadline exceeded calling payments (${i})`,
    kind: 'log-signature' as const,
    source: 'app.log',
    origins: [{ file: 'app.log', line: i + 1 }],
    fingerprint: `app.log:${i + 1}`,
  }));
  const added = await timed(() => store.timeline.addMany(incident.id, events, ctx));
  const again = await timed(() => store.timeline.addMany(incident.id, events, ctx));
  const loaded = await timed(() => store.documents.load(incident.id));
  const doc = loaded.value;
  const first = doc.timeline[0];
  const edited = { ...doc, timeline: [{ ...first!, summary: 'edited' }, ...doc.timeline.slice(1)] };
  const version = (await store.incidents.get(incident.id)).version;
  const saved = await timed(() => store.documents.save(edited, ctx, { expectedVersion: version }));
  const created = await timed(async () => {
    for (let i = 0; i < incidentCount; i++) {
      await store.incidents.create(
        {
          title: `Incident ${i} ${i % 7 === 0 ? 'checkout' : 'search'}`,
          severity: 'SEV3',
          services: [`svc-${i % 10}`],
        },
        ctx,
      );
    }
  });
  const listed = await timed(() => store.incidents.list({ service: 'svc-3', search: 'checkout', limit: 50 }));
  const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
  return [
    `${perSecond(eventCount, added.ms)} events/s (${added.ms.toFixed(0)} ms)`,
    `${again.ms.toFixed(0)} ms (${again.value.skipped} skipped)`,
    `${loaded.ms.toFixed(0)} ms`,
    `${saved.ms.toFixed(0)} ms`,
    `${perSecond(incidentCount, created.ms)} writes/s`,
    `${listed.ms.toFixed(1)} ms (${listed.value.length} rows)`,
  ];
}

const loadBefore = loadavg()[0] ?? 0;
const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-'));
const pg = await createTestDatabase('debrief_bench');
const columns: Record<string, string[]> = {};
try {
  for (const [name, url] of [
    ['SQLite (WAL, file)', `sqlite:${join(dir, 'bench.db')}`],
    ['PostgreSQL 127.0.0.1', pg.url],
  ] as const) {
    const store = await openStore(url);
    try {
      columns[name] = await measure(store);
    } finally {
      await store.close();
    }
    console.log(name, columns[name]);
  }
} finally {
  await pg.drop();
  rmSync(dir, { recursive: true, force: true });
}

const rows = [
  `addMany ${eventCount.toLocaleString('en-US')} events, one transaction`,
  'addMany the same events again (all fingerprints known)',
  `documents.load of the ${eventCount.toLocaleString('en-US')}-event incident`,
  'documents.save of it with one event changed',
  `incidents.create ×${incidentCount}, one transaction each`,
  `incidents.list service + search filter over ${incidentCount + 1} incidents`,
];
const names = Object.keys(columns);
const table = [
  `| operation | ${names.join(' | ')} |`,
  `|---|${names.map(() => '---').join('|')}|`,
  ...rows.map((label, i) => `| ${label} | ${names.map((n) => columns[n]?.[i] ?? '').join(' | ')} |`),
].join('\n');
writeResults(
  'store',
  [
    '## Store',
    '',
    `Machine: ${machineLine()}. Command: \`node --import tsx bench/store.ts\`. One-minute load average at the start: ${loadBefore.toFixed(1)} (other work on the machine slows every number).`,
    '',
    table,
    '',
  ].join('\n'),
);
