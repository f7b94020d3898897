// The web app's size budget: builds web/ and measures the JavaScript a first visit loads (the entry script and
// what it preloads), gzipped, against the 300 KB limit of issue 6. Lazy chunks (editor, tabs) are listed apart.
// Run: node --import tsx bench/web.ts
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { machineLine, writeResults } from './results.js';

const budgetKb = 300;
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'web', 'dist');

const build = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) throw new Error('the web build failed');

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set<string>();
for (const match of html.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)) if (match[1]) initial.add(match[1]);
for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g))
  if (match[1]) initial.add(match[1]);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html))
  throw new Error('index.html has an inline script; the CSP forbids it');

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const rawKb = (file: string) => readFileSync(join(dist, file)).length / 1024;
const chunks = readdirSync(join(dist, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`);

const initialKb = [...initial].reduce((sum, file) => sum + gzipKb(file), 0);
const rows = chunks
  .map((file) => ({ file, raw: rawKb(file), gzip: gzipKb(file), initial: initial.has(file) }))
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

const verdict = initialKb <= budgetKb ? 'within' : 'OVER';
const markdown = [
  '## Web app size',
  '',
  `Machine: ${machineLine()}. Command: \`node --import tsx bench/web.ts\` (builds with \`npm run build:web\`).`,
  '',
  `Initial JavaScript (entry plus preloads), gzipped: **${initialKb.toFixed(1)} KB**, ${verdict} the ${budgetKb} KB budget.`,
  '',
  '| chunk | loaded | raw KB | gzip KB |',
  '|---|---|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.file.replace(/-[\w-]{8}\.js$/, '.js')} | ${row.initial ? 'first visit' : 'lazily'} | ${row.raw.toFixed(1)} | ${row.gzip.toFixed(1)} |`,
  ),
].join('\n');
writeResults('web', markdown);
console.log(markdown);
if (initialKb > budgetKb) process.exitCode = 1;
