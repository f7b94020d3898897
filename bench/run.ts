// `npm run bench`: runs every benchmark in turn (each writes its own section of bench/RESULTS.md).
// Pass names to run only some: `npm run bench -- language evidence`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const all = ['language', 'startup', 'evidence', 'store', 'report', 'glossary', 'server', 'meeting', 'web'];
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;
let failed = false;
for (const name of chosen) {
  const file = resolve(import.meta.dirname, `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`(no benchmark ${name} yet)`);
    continue;
  }
  console.log(`\n=== bench/${name}.ts ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
