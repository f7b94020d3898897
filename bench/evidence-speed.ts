// Speed and memory of `debrief evidence` on a generated Go slog JSON log, against jq and wc -l in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSlogLog } from './evidence-generate.js';

const root = resolve(import.meta.dirname, '..');

interface Run {
  seconds: number;
  peakKb: number;
  exit: number | null;
}

/** Runs a shell command under /usr/bin/time and returns wall seconds and peak resident memory. */
function timed(command: string): Run {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', 'sh', '-c', command], {
    encoding: 'utf8',
    cwd: root,
  });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [seconds, peakKb] = last.split(' ').map(Number);
  return { seconds: seconds ?? Number.NaN, peakKb: peakKb ?? Number.NaN, exit: result.status };
}

/** A generated input: where it is written, how, and what it is, for the table's heading. */
export interface SpeedInput {
  path: string;
  generate: (path: string, bytes: number) => Promise<unknown>;
  title: string;
  description: string;
}

/** Today's input: a Go slog log with steady traffic, two error spikes and a panic. */
export const slogInput: SpeedInput = {
  path: '/tmp/debrief-bench-slog.log',
  generate: generateSlogLog,
  title: '`debrief evidence` speed and memory',
  description:
    'generated Go slog JSON log, steady traffic with two error spikes and a Go panic at the end (jq stops at the panic text, after reading every JSON line)',
};

/** Generates the log if needed, builds, runs the three readers, and returns the Markdown section. */
export async function speedReport(
  bytes: number,
  input: SpeedInput = slogInput,
): Promise<{ markdown: string; ok: boolean }> {
  const { path } = input;
  if (!existsSync(path) || statSync(path).size < bytes) {
    console.log(`generating ${path} (${(bytes / 2 ** 30).toFixed(2)} GiB)…`);
    await input.generate(path, bytes);
  }
  const size = statSync(path).size;
  console.log('building (npm run build)…');
  spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  if (!existsSync(resolve(root, 'dist/cli/main.js')))
    throw new Error('npm run build produced no dist/cli/main.js');
  const mb = size / 1e6;
  console.log('wc -l…');
  const wc = timed(`wc -l ${path} > /dev/null`);
  console.log('jq…');
  const jq = timed(`jq -c 'select(.level=="ERROR")' ${path} > /dev/null`);
  console.log('debrief evidence…');
  const debrief = timed(`node bin/debrief.js evidence ${path} --format json > /tmp/debrief-bench-out.json`);
  const rate = (run: Run) => mb / run.seconds;
  const vsJq = rate(debrief) / rate(jq);
  const vsWc = rate(debrief) / rate(wc);
  const ok = vsJq >= 2 && debrief.peakKb < 300 * 1024 && debrief.exit === 0;
  const row = (name: string, run: Run, note = '') =>
    `| ${name} | ${run.seconds.toFixed(2)} s | ${rate(run).toFixed(0)} MB/s | ${(run.peakKb / 1024).toFixed(0)} MB | ${note} |`;
  const markdown = [
    `### ${input.title}`,
    '',
    `Input: ${(size / 2 ** 30).toFixed(2)} GiB (${mb.toFixed(0)} MB), ${input.description}.`,
    'Command: `node --import tsx bench/evidence.ts` (builds with `npm run build`, runs `node bin/debrief.js evidence FILE',
    '--format json`). Wall clock on a machine shared with other work, all three readers in the same run.',
    '',
    '| reader | time | throughput | peak RSS | note |',
    '|---|---|---|---|---|',
    row('`wc -l`', wc, 'the floor: reading the bytes'),
    row(`\`jq -c 'select(.level=="ERROR")'\``, jq, `exit ${jq.exit}`),
    row('`debrief evidence --format json`', debrief, `exit ${debrief.exit}`),
    '',
    `debrief / jq: **${vsJq.toFixed(2)}×** (target ≥ 2×); debrief / wc -l: ${vsWc.toFixed(3)}×; ` +
      `peak RSS ${(debrief.peakKb / 1024).toFixed(0)} MB (target < 300 MB).`,
  ].join('\n');
  return { markdown, ok };
}
