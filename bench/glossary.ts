// `node --import tsx bench/glossary.ts`: how long finding the glossary's terms in a report's text takes, in a fresh
// process (what every `debrief report` pays once) and warm, against the way it was done before: every name's
// regular expression built and run over the text (the limit here is the old way, in the same run). Each cold run is
// its own process, so V8 compiles the expressions again.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { machineLine, writeResults } from './results.js';

const runs = 9;
const root = resolve(import.meta.dirname, '..');

// An exec report's worth of text (about 2 KB) with the words such reports hold.
const text = [
  'For 41 minutes checkout returned 503s after the connection pool was exhausted; the goroutine leak in the',
  'payments service grew until the OOM killer stopped the pod. We rolled back the deploy, raised the pool size',
  'and added a readiness probe. Kafka consumer lag rose and p99 latency reached 4 seconds. The on-call engineer',
  'was paged by the alert 7 minutes after customers saw errors. The error budget for the month is 35% spent.',
  'Contributing factors: no load test of the new pool size; the retry storm from clients without jitter or',
  'backoff; a dashboard that showed averages. Actions: cap retries, page on saturation above 80%, run a game day.',
]
  .join(' ')
  .repeat(3);

// One process: the first scan (cold) and the median of 20 more (warm), in milliseconds, as JSON on stdout.
const child = (mode: 'now' | 'every-name') => `
import { glossary, glossaryEntriesIn } from '${root}/src/playbook/glossary.ts';
import { nameRegExp, spansOf } from '${root}/src/playbook/glossary-names.ts';
const text = ${JSON.stringify(text)};
// The way before: every name of every entry compiled and run over the text.
const everyName = () => {
  const found = [];
  for (const entry of glossary)
    for (const name of [entry.term, ...entry.aliases])
      if (spansOf(nameRegExp(name, false), text).length > 0) found.push(entry.id);
  return found;
};
const scan = ${mode === 'now' ? '() => glossaryEntriesIn(text)' : 'everyName'};
let t = performance.now();
scan();
const cold = performance.now() - t;
const warm = [];
for (let i = 0; i < 20; i++) { t = performance.now(); scan(); warm.push(performance.now() - t); }
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ cold, warm: warm[10] }));
`;

function measure(mode: 'now' | 'every-name'): { cold: number; warm: number } {
  const colds: number[] = [];
  const warms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child(mode)], {
      cwd: root,
      encoding: 'utf8',
    });
    if (out.status !== 0) throw new Error(out.stderr);
    const { cold, warm } = JSON.parse(out.stdout.trim().split('\n').at(-1)!) as {
      cold: number;
      warm: number;
    };
    colds.push(cold);
    warms.push(warm);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { cold: median(colds), warm: median(warms) };
}

const now = measure('now');
const every = measure('every-name');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const markdown = `## Glossary scan of a report's text

Finding the glossary's terms in ${(text.length / 1024).toFixed(1)} KB of exec-report text: the first scan in a fresh process (what each \`debrief report\` pays once) and a warm one, median of ${runs} processes. The limit is the way before, in the same run: every name's regular expression built and run over the text. Now a name's expression is built and run only when the text holds its first word.

| way | first scan (cold) | warm scan |
|---|---|---|
| names whose first word is in the text (now) | ${ms(now.cold)} | ${ms(now.warm)} |
| every name compiled and run (before) | ${ms(every.cold)} | ${ms(every.warm)} |

Machine: ${machineLine()}; load average ${loadavg()[0]!.toFixed(1)} while measuring. Command: \`node --import tsx bench/glossary.ts\`.`;
writeResults('glossary', markdown);
console.log(markdown);
