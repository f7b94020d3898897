import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

const resultsPath = resolve(import.meta.dirname, 'RESULTS.md');

/** One line describing this machine, for the results file. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const gib = (totalmem() / 2 ** 30).toFixed(0);
  let jq = '';
  try {
    jq = `, ${execSync('jq --version', { encoding: 'utf8' }).trim()}`;
  } catch {}
  return `${cpus().length} × ${cpu}, ${gib} GiB, Node ${process.version}${jq}`;
}

/**
 * Replaces one area's section of bench/RESULTS.md (between `<!-- AREA:start -->` and `<!-- AREA:end -->`),
 * leaving the other areas' sections as they are.
 */
export function writeResults(area: string, markdown: string): void {
  const start = `<!-- ${area}:start -->`;
  const end = `<!-- ${area}:end -->`;
  const header =
    '# Benchmark results\n\nEach section is rewritten by its benchmark; `npm run bench` runs them all.\n';
  const current = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : header;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(resultsPath, next);
}
