// Search and insights benchmark: full-text search and insights over 10,000 incidents with 1,000,000 timeline events (100 each), on SQLite
// (a temp file) and PostgreSQL (a fresh database). The issue's limit: p95 under 50 ms.
// Event text is drawn from a 3,000-word vocabulary with Zipf-like frequencies (a few words in most events, most
// words rare), as log signatures are; queries span the frequencies: the commonest word, mid-frequency words,
// rare ones, two words together, a phrase and a three-letter prefix.
// Run: node --import tsx bench/search.ts   (BENCH_SEARCH_SCALE=0.1 for a tenth of the data)
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'pg';
import { incidentInsights } from '../src/app/insights.js';
import type { Store } from '../src/store/index.js';
import { openStore } from '../src/store/index.js';
import { createTestDatabase } from '../src/store/test-support/postgres.js';
import { machineLine, writeResults } from './results.js';

const scale = Number(process.env.BENCH_SEARCH_SCALE ?? '1');
const incidentCount = Math.round(10_000 * scale);
const eventsPerIncident = 100;
const runs = 25;
const insightRuns = 5;
const insightLimitMs = 500;
const limitMs = 50;
const ctx = { actor: 'bench' };

/** A deterministic pseudo-random generator, so both databases get the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const syllables = 'ka lo mi ne ru ta vo shi pex dor gan bul zet fin qua'.split(' ');
const vocabulary = (() => {
  const next = random(7);
  const words = new Set<string>();
  while (words.size < 3_000) {
    const length = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
  }
  return [...words];
})();

/** A word by Zipf-like rank: the first words are in most events, the last in very few. */
function zipfWord(next: () => number): string {
  const rank = Math.floor(vocabulary.length ** next()) - 1;
  return vocabulary[Math.max(0, Math.min(vocabulary.length - 1, rank))] as string;
}

function summary(next: () => number, i: number): string {
  const words = Array.from({ length: 6 + Math.floor(next() * 6) }, () => zipfWord(next));
  return `${words.join(' ')} (${i % 1000}ms)`;
}

async function seed(store: Store): Promise<number> {
  const next = random(42);
  const start = performance.now();
  for (let n = 0; n < incidentCount; n++) {
    const incident = await store.incidents.create(
      {
        title: `${zipfWord(next)} ${zipfWord(next)} outage ${n}`,
        severity: 'SEV3',
        summary: summary(next, n),
        // One incident in a hundred is restricted: a reader who is not an admin searches without it.
        restricted: n % 100 === 0,
        services: [`svc-${n % 50}`],
      },
      ctx,
    );
    const events = Array.from({ length: eventsPerIncident }, (_, i) => ({
      at: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000 + i * 1_000).toISOString(),
      summary: summary(next, i),
      kind: 'log-signature' as const,
      // Twenty log templates per incident out of 500, so many recur across incidents (insights' repeats).
      signature: `${vocabulary[(n * 7 + (i % 20)) % 500]} <*>`,
    }));
    await store.timeline.addMany(incident.id, events, ctx);
    if (n % 1000 === 999)
      console.log(`  ${n + 1} incidents, ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
  return performance.now() - start;
}

const reader = { visibleTo: ['Bench Reader'] };
const queries: Array<[string, string, { visibleTo?: string[] }?]> = [
  ['the commonest word', vocabulary[0] as string],
  ['a word of rank 10', vocabulary[9] as string],
  ['a word of rank 100', vocabulary[99] as string],
  [
    'the same, by a reader who is not an admin (restricted incidents left out)',
    vocabulary[99] as string,
    reader,
  ],
  ['a rare word (rank 2,500)', vocabulary[2_499] as string],
  ['two mid-frequency words', `${vocabulary[30]} ${vocabulary[60]}`],
  ['a quoted phrase', `"${vocabulary[1]} ${vocabulary[2]}"`],
  ['a three-letter prefix', (vocabulary[20] as string).slice(0, 3)],
  ['a word in no record', 'nosuchwordanywhere'],
];

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

/**
 * PostgreSQL plans a search by its statistics of the words column, which autovacuum gathers within a minute of a
 * bulk load; the bench gathers them at once rather than wait.
 */
async function analyze(url: string): Promise<void> {
  if (!url.startsWith('postgres')) return;
  const client = new postgres.Client({ connectionString: url });
  await client.connect();
  await client.query('analyze search_entries');
  await client.end();
}

async function measure(
  store: Store,
  url: string,
): Promise<{ seedMs: number; rows: string[]; all: number[] }> {
  await store.migrate();
  const seedMs = await seed(store);
  await analyze(url);
  const rows: string[] = [];
  const all: number[] = [];
  for (const [, text, options] of queries) {
    await store.search.search(text, options);
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      hits = (await store.search.search(text, options)).length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    rows.push(`${percentile(times, 0.5).toFixed(1)} / ${percentile(times, 0.95).toFixed(1)} ms (${hits})`);
  }
  const insightTimes: number[] = [];
  await incidentInsights(store);
  for (let i = 0; i < insightRuns; i++) {
    const start = performance.now();
    await incidentInsights(store);
    insightTimes.push(performance.now() - start);
  }
  insightTimes.sort((a, b) => a - b);
  rows.push(`${percentile(insightTimes, 0.5).toFixed(0)} / ${percentile(insightTimes, 0.95).toFixed(0)} ms`);
  return { seedMs, rows, all };
}

const loadBefore = loadavg()[0] ?? 0;
const dir = mkdtempSync(join(tmpdir(), 'debrief-search-bench-'));
const pg = await createTestDatabase('debrief_search_bench');
const columns: Record<string, { seedMs: number; rows: string[]; p95: number }> = {};
try {
  for (const [name, url] of [
    ['SQLite (FTS5)', `sqlite:${join(dir, 'search.db')}`],
    ['PostgreSQL (GIN, tsvector)', pg.url],
  ] as const) {
    console.log(name);
    const store = await openStore(url);
    try {
      const { seedMs, rows, all } = await measure(store, url);
      all.sort((a, b) => a - b);
      columns[name] = { seedMs, rows, p95: percentile(all, 0.95) };
    } finally {
      await store.close();
    }
    console.log(name, columns[name]);
  }
} finally {
  await pg.drop();
  rmSync(dir, { recursive: true, force: true });
}

const names = Object.keys(columns);
const table = [
  `| query (50 hits at most, with snippets) | ${names.map((n) => `${n} p50 / p95 (hits)`).join(' | ')} |`,
  `|---|${names.map(() => '---').join('|')}|`,
  ...queries.map(
    ([label, text], i) =>
      `| ${label}: \`${text}\` | ${names.map((n) => columns[n]?.rows[i] ?? '').join(' | ')} |`,
  ),
  `| **all queries, p95** (limit ${limitMs} ms) | ${names
    .map((n) => {
      const p95 = columns[n]?.p95 ?? Number.NaN;
      return `**${p95.toFixed(1)} ms** ${p95 < limitMs ? 'met' : 'NOT met'}`;
    })
    .join(' | ')} |`,
  `| insights over all incidents (\`debrief insights\`, GET /api/insights), p50 / p95 of ${insightRuns} (limit ${insightLimitMs} ms) | ${names
    .map((n) => columns[n]?.rows[queries.length] ?? '')
    .join(' | ')} |`,
  `| seeding (incidents.create + timeline.addMany, triggers indexing) | ${names
    .map((n) => `${((columns[n]?.seedMs ?? 0) / 1000).toFixed(0)} s`)
    .join(' | ')} |`,
].join('\n');
writeResults(
  'search',
  [
    '## Search and insights',
    '',
    `${incidentCount.toLocaleString('en-US')} incidents with ${(incidentCount * eventsPerIncident).toLocaleString('en-US')} timeline events (${eventsPerIncident} each; words from a 3,000-word vocabulary with Zipf-like frequencies). ${runs} runs per query after one warm-up. Limit: p95 under ${limitMs} ms.`,
    '',
    `Machine: ${machineLine()}. Command: \`node --import tsx bench/search.ts\`. One-minute load average at the start: ${loadBefore.toFixed(1)}.`,
    '',
    table,
    '',
  ].join('\n'),
);
