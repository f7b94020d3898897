// `node --import tsx bench/evidence.ts [--size GiB]`: template-miner accuracy and speed on Loghub-2k, then
// `debrief evidence` against jq and wc -l on a generated slog log; writes the evidence section of RESULTS.md.

import { minerReport } from './evidence-miner.js';
import { speedReport } from './evidence-speed.js';
import { generateVariedLog } from './evidence-varied.js';
import { machineLine, writeResults } from './results.js';

const sizeFlag = process.argv.indexOf('--size');
const gib = sizeFlag > 0 ? Number(process.argv[sizeFlag + 1]) : 1.05;

const miner = minerReport();
console.log(miner.markdown);
const speed = await speedReport(Math.round(gib * 2 ** 30));
console.log(speed.markdown);
// A shape the reader was not tuned to: twelve message kinds, nested objects, UUIDs, URLs, levels that move.
const varied = await speedReport(Math.round(gib * 2 ** 30), {
  path: '/tmp/debrief-bench-varied.log',
  generate: generateVariedLog,
  title: '`debrief evidence` on varied log shapes',
  description:
    'generated JSON log of twelve message kinds (nested objects, numbers, wrapped errors, UUIDs, URLs, durations, the same message at INFO, WARN and ERROR), with a window of raised errors (`bench/evidence-varied.ts`)',
});
console.log(varied.markdown);
writeResults(
  'evidence',
  [
    '## Evidence (issue 4)',
    '',
    `Machine: ${machineLine()}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    '',
    miner.markdown,
    '',
    speed.markdown,
    '',
    varied.markdown,
    '',
    'History: profiled first (`node --cpu-prof`): on this shape JSON.parse took 13% and the field probe gave up on',
    'every line with a nested object. Before the probe stepped over nested values (the build before commit cc94964),',
    'the same 1.05 GiB file took 12.9 s (1.7× jq) on 2026-12-02; after, 9.3–10.3 s in the same session.',
    'Memory: the parallel reader gives each worker a 24 MB young generation (V8 takes about twice that by default);',
    'on the varied 1.05 GiB file, six runs on 2026-12-04 peaked at 305–345 MB with the default, 239–259 MB so, in the',
    'same time.',
  ].join('\n'),
);
process.exitCode = miner.ok && speed.ok && varied.ok ? 0 : 1;
