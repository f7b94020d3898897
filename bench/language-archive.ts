// Speed the way users lint (issue 17 item 6): an archive of about 100 post-mortems of 10 KB each, linted by
// `debrief lint DIR` as a whole process (start-up, reading, analysis and output), against alex's `markdown()` over
// the same files in one process, in the same run. Run after `npm run build` (or `npx tsc -p tsconfig.build.json`):
//   node --import tsx bench/language-archive.ts [--files 100] [--runs 5] [--no-record]
import { spawnSync } from 'node:child_process';
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

/** Wall time of whole `debrief lint` processes over the archive, in milliseconds, median and minimum. */
function lintProcess(format: string): { median: number; min: number; findings: number } {
  const took: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, 'lint', dir, '--format', format], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    took.push(performance.now() - start);
    if (format === 'json') {
      const out = JSON.parse(result.stdout) as { files: Array<{ findings: unknown[] }> };
      findings = out.files.reduce((n, f) => n + f.findings.length, 0);
    }
  }
  return { median: median(took), min: Math.min(...took), findings };
}

const floor = (() => {
  const took: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    took.push(performance.now() - start);
  }
  return median(took);
})();
const text = lintProcess('text');
const json = lintProcess('json');

// alex in this process, one file after another, as its own CLI does after start-up (start-up not counted).
const files = readdirSync(dir).sort();
const alexStart = performance.now();
let alexMessages = 0;
for (const name of files) alexMessages += alexMarkdown(readFileSync(join(dir, name), 'utf8')).messages.length;
const alexMs = performance.now() - alexStart;
if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });

const ratio = (ms: number) => (alexMs / ms).toFixed(1);
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
const lines = [
  `archive: ${fileCount} files, ${mb.toFixed(2)} MB; node -e 0 ${floor.toFixed(0)} ms`,
  `debrief lint DIR (text): ${text.median.toFixed(0)} ms median of ${runs} (min ${text.min.toFixed(0)}), ${ratio(text.median)}× alex`,
  `debrief lint DIR --format json: ${json.median.toFixed(0)} ms (min ${json.min.toFixed(0)}), ${json.findings} findings, ${ratio(json.median)}× alex`,
  `alex markdown() over the same files in one process: ${alexMs.toFixed(0)} ms, ${alexMessages} messages`,
];
console.log(lines.join('\n'));
if (!process.argv.includes('--no-record')) {
  writeResults(
    'language-archive',
    `## language: linting an archive (bench/language-archive.ts, issue 17 item 6)

Machine: ${machineLine()}; load average at the end ${load} (the machine is shared). Command: \`node --import tsx
bench/language-archive.ts\` after \`npx tsc -p tsconfig.build.json\`. The archive: ${fileCount} generated
post-mortems of about 10 KB (${mb.toFixed(2)} MB, one sentence in ten blameful). debrief is timed as a whole
process (\`node bin/debrief.js lint DIR\`: start-up, reading, analysis, output), median of ${runs}; alex 11's
\`markdown()\` runs over the same files in the benchmark's own process (its start-up not counted), once.

| measure | result |
| --- | --- |
| \`debrief lint DIR\` (text output) | ${text.median.toFixed(0)} ms (min ${text.min.toFixed(0)}); ${ratio(text.median)}× alex |
| \`debrief lint DIR --format json\` | ${json.median.toFixed(0)} ms (min ${json.min.toFixed(0)}), ${json.findings} findings; ${ratio(json.median)}× alex |
| alex \`markdown()\`, same files, one process | ${alexMs.toFixed(0)} ms, ${alexMessages} messages |
| floor: \`node -e 0\` | ${floor.toFixed(0)} ms |
`,
  );
}
