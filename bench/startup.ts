// CLI start-up per verb, against the floor (`node -e 0`) and, with `--against DIR`, another checkout's build in
// the same run (for example the commit before a change: `git worktree add /tmp/old REF`, `npm ci` or a copy of
// node_modules, `npx tsc -p tsconfig.build.json`). Run: node --import tsx bench/startup.ts [--against DIR].
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { machineLine, writeResults } from './results.js';

const root = resolve(import.meta.dirname, '..');
const againstFlag = process.argv.indexOf('--against');
const against = againstFlag > 0 ? resolve(process.argv[againstFlag + 1] as string) : undefined;
const runs = 15;
const dir = mkdtempSync(join(tmpdir(), 'debrief-startup-'));
const notes = join(dir, 'notes.md');
writeFileSync(notes, 'The deploy pipeline had no canary stage.\nBob forgot to run the migration.\n');
const log = join(dir, 'app.log');
writeFileSync(
  log,
  '{"time":"2026-03-04T14:01:00Z","level":"ERROR","msg":"charge failed calling ledger:9090"}\n',
);

const verbs: Array<[string, string[]]> = [
  ['lint notes.md', ['lint', notes]],
  ['evidence app.log', ['evidence', log]],
  ['list (empty SQLite)', ['list']],
  ['--help (every verb)', ['--help']],
];

/** Median and minimum wall time of a command, in milliseconds. */
function time(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): { median: number; min: number } {
  const took: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
    took.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  took.sort((a, b) => a - b);
  return { median: took[Math.floor(runs / 2)] as number, min: took[0] as number };
}

const checkouts = [{ name: 'this build', dir: root }, ...(against ? [{ name: against, dir: against }] : [])];
const floor = time(process.execPath, ['-e', '0']);
const rows = verbs.map(([label, args]) => {
  const cells = checkouts.map(({ dir: checkout }, i) => {
    const env = { DEBRIEF_DB: `sqlite:${join(dir, `startup-${i}.db`)}` };
    const t = time(process.execPath, [join(checkout, 'bin', 'debrief.js'), ...args], env);
    return `${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)})`;
  });
  return `| \`debrief ${label}\` | ${cells.join(' | ')} |`;
});
rmSync(dir, { recursive: true, force: true });
const table = [
  `| verb | ${checkouts.map((c) => c.name).join(' | ')} |`,
  `|---|${checkouts.map(() => '---').join('|')}|`,
  ...rows,
  `| floor: \`node -e 0\` | ${floor.median.toFixed(0)} ms (min ${floor.min.toFixed(0)}) |`,
].join('\n');
const markdown = `## CLI start-up\n\nMachine: ${machineLine()}. Command: \`node --import tsx bench/startup.ts${against ? ` --against ${against}` : ''}\` after \`npm run build\`; wall time of the whole process, median of ${runs}.\n\n${table}\n`;
console.log(markdown);
writeResults('startup', markdown);
