// Speed the way users lint (issue 17 item 6): an archive of about 100 post-mortems of 10 KB each, linted by
// `debrief lint DIR` as a whole process (start-up, reading, analysis and output), against alex's `markdown()` over
// the same files in one process, in the same run. Run after `npm run build` (or `npx tsc -p tsconfig.build.json`):
//   node --import tsx bench/language-archive.ts [--files 100] [--runs 5] [--against DIR] [--no-record]
// `--against DIR` also times another checkout's build in the same run (`git worktree add DIR REF`, a link to this
// node_modules, `npx tsc -p tsconfig.build.json` there), for a before-and-after on the same machine and load.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { markdown as alexMarkdown } from 'alex';
import { loadCorpus } from '../src/language/corpus/load-corpus.js';
import { buildDocument } from './language-document.js';
import { machineLine, writeResults } from './results.js';

const root = resolve(import.meta.dirname, '..');
const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const fileCount = flag('--files', 100);
const runs = flag('--runs', 5);
const bin = resolve(root, 'bin/debrief.js');
const againstAt = process.argv.indexOf('--against');
const against = againstAt > 0 ? resolve(process.argv[againstAt + 1] as string) : undefined;
const againstLabel = against
  ? `commit ${execSync('git rev-parse --short HEAD', { cwd: against, encoding: 'utf8' }).trim()}`
  : '';
if (!existsSync(resolve(root, 'dist/cli/main.js'))) {
  console.error('bench/language-archive.ts: build first (npx tsc -p tsconfig.build.json)');
  process.exit(2);
}

const corpus = loadCorpus((name) => readFileSync(resolve(root, 'src/language/corpus', name), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'debrief-archive-'));
let bytes = 0;
for (let i = 0; i < fileCount; i++) {
  // One sentence in ten blameful, as in a real draft; each file its own seed.
  const text = buildDocument(corpus, 10_000, 0.1, 1000 + i);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(dir, `incident-${String(i + 1).padStart(3, '0')}.md`), text);
}
const mb = bytes / 1e6;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

interface ProcessTime {
  median: number;
  min: number;
  /** CPU time (user + system) of the process, steadier than wall time on a shared machine. */
  cpu: number;
  findings: number;
}

/**
 * Times whole processes, `runs` times: wall time from here, CPU time from /usr/bin/time (Node cannot read a child's
 * CPU time); medians, and the minimum wall time.
 */
function timeProcess(args: string[], countFindings = false): ProcessTime {
  const took: number[] = [];
  const cpus: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    took.push(performance.now() - start);
    const cpu = /cpu (\d+\.\d+) (\d+\.\d+)\s*$/.exec(result.stderr);
    cpus.push(cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN);
    if (countFindings) {
      const out = JSON.parse(result.stdout) as { files: Array<{ findings: unknown[] }> };
      findings = out.files.reduce((n, f) => n + f.findings.length, 0);
    }
  }
  return { median: median(took), min: Math.min(...took), cpu: median(cpus), findings };
}

const floor = timeProcess(['-e', '0']);
const text = timeProcess([bin, 'lint', dir]);
const json = timeProcess([bin, 'lint', dir, '--format', 'json'], true);
const before = against ? timeProcess([resolve(against, 'bin/debrief.js'), 'lint', dir]) : undefined;
// The one-file row: start-up and a two-line note, as an editor hook or a pre-commit check runs it.
const note = join(dir, '..', `${dir.split('/').pop()}-note.md`);
writeFileSync(note, 'The deploy pipeline had no canary stage.\nBob forgot to run the migration.\n');
const one = timeProcess([bin, 'lint', note]);
const oneBefore = against ? timeProcess([resolve(against, 'bin/debrief.js'), 'lint', note]) : undefined;
rmSync(note, { force: true });

// alex in this process, one file after another, as its own CLI does after start-up (start-up not counted).
const files = readdirSync(dir).sort();
const alexStart = performance.now();
const alexCpuStart = process.cpuUsage();
let alexMessages = 0;
for (const name of files) alexMessages += alexMarkdown(readFileSync(join(dir, name), 'utf8')).messages.length;
const alexMs = performance.now() - alexStart;
const alexCpuUsed = process.cpuUsage(alexCpuStart);
const alexCpu = (alexCpuUsed.user + alexCpuUsed.system) / 1000;
if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });

const ratio = (t: ProcessTime) =>
  `${(alexMs / t.median).toFixed(1)}× by wall time, ${(alexCpu / t.cpu).toFixed(1)}× by CPU time`;
const row = (t: ProcessTime) =>
  `wall ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}), CPU ${t.cpu.toFixed(0)} ms; ${ratio(t)}`;
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
const lines = [
  `archive: ${fileCount} files, ${mb.toFixed(2)} MB; node -e 0: ${row(floor).split(';')[0]}`,
  `debrief lint DIR (text): ${row(text)}`,
  `debrief lint DIR --format json: ${row(json)}; ${json.findings} findings`,
  ...(before ? [`${againstLabel} lint DIR (text): ${row(before)}`] : []),
  `debrief lint note.md (two lines): ${row(one).split(';')[0]}`,
  ...(oneBefore ? [`${againstLabel} lint note.md: ${row(oneBefore).split(';')[0]}`] : []),
  `alex markdown() over the same files in one process: wall ${alexMs.toFixed(0)} ms, CPU ${alexCpu.toFixed(0)} ms, ${alexMessages} messages`,
];
console.log(lines.join('\n'));
if (!process.argv.includes('--no-record')) {
  writeResults(
    'language-archive',
    `## language: linting an archive (bench/language-archive.ts, issue 17 item 6)

Machine: ${machineLine()}; load average at the end ${load} (the machine is shared). Command: \`node --import tsx
bench/language-archive.ts\` after \`npx tsc -p tsconfig.build.json\`. The archive: ${fileCount} generated
post-mortems of about 10 KB (${mb.toFixed(2)} MB, one sentence in ten blameful). debrief is timed as a whole
process (\`node bin/debrief.js lint DIR\`: start-up, reading, analysis, output), median of ${runs}, wall time and
CPU time (user + system, from /usr/bin/time); alex 11's \`markdown()\` runs over the same files in the benchmark's
own process (its start-up not counted), once. On a shared machine the CPU-time ratio is the steadier one.

| measure | result |
| --- | --- |
| \`debrief lint DIR\` (text output) | ${row(text)} |
| \`debrief lint DIR --format json\` | ${row(json)}; ${json.findings} findings |
${before ? `| \`debrief lint DIR\` (text output), build of ${againstLabel} | ${row(before)} |\n` : ''}| \`debrief lint note.md\` (two lines: start-up) | ${row(one).split(';')[0]} |
${oneBefore ? `| \`debrief lint note.md\`, build of ${againstLabel} | ${row(oneBefore).split(';')[0]} |\n` : ''}| alex \`markdown()\`, same files, one process | wall ${alexMs.toFixed(0)} ms, CPU ${alexCpu.toFixed(0)} ms, ${alexMessages} messages |
| floor: \`node -e 0\` | ${row(floor).split(';')[0]} |

Where the time goes (\`node --cpu-prof bin/debrief.js lint DIR\`, and the analyzer timed pass by pass in one
process): start-up is about 50 ms of CPU over \`node -e 0\`; reading and output are small; the rest is analysis,
and most of it is a fresh process warming up. The first pass over the 1 MB archive takes 350 to 450 ms of CPU, a
second pass in the same process 90 to 100 ms. Compiling the rule patterns is 55 to 60 ms of the first pass (V8
first interprets a pattern and compiles it on its second run; lint has it compile at once,
\`--no-regexp-tier-up\`). The rest is JavaScript running before V8 has optimised it (agent resolution about half,
the cue prefilter, Markdown masking and sentence splitting the other half; 71 % of the archive's sentences carry a
cue) and young-generation garbage collection.

Done for item 6: lint reads a file of up to 1 MB whole, without the chunker's line scan, into one reused buffer;
the every-rule set is reused across files; patterns compile at once. Then (session 15), after a profile that
counted the optimising compiler's background thread: lint sets \`--interrupt-budget=2000000\` at run time (V8
optimised markCues, judgeSentence, scanDocument and splitSentences early and some twice, a third of the process's
CPU; about 35-40 % less CPU on this archive, neutral on a 10 MB one; \`--no-opt\` was slower at 10 MB); the cue
prefilter reads word characters from a table and ASCII cue buckets from arrays; patterns are made once instead
of per call (sentence splitting, Markdown masking, agent resolution, quotations); the per-sentence path has no
iterator or destructuring allocations (60.7 MB to 45 MB allocated over the archive); the first-name list is
searched as bytes. Output is byte-identical on the archive and the blind-corpus scores unchanged. In one run
with both builds under a load of 6-9 it was 16.2x alex by CPU against 9.4x for the build before. Not shown:
the issue's 30x (this run: the ratio above, on a machine where \`node -e 0\` itself cost the CPU shown). Left:
compiling the rule patterns, about 50 ms of a cold process; a code cache would not help (the cost is running
code before V8 optimises it, not parsing it).
`,
  );
}
