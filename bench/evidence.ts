// `node --import tsx bench/evidence.ts [--size GiB]`: template-miner accuracy and speed on Loghub-2k, then
// `debrief evidence` against jq and wc -l on a generated slog log; writes the evidence section of RESULTS.md.

import { minerReport } from './evidence-miner.js';
import { speedReport } from './evidence-speed.js';
import { machineLine, writeResults } from './results.js';

const sizeFlag = process.argv.indexOf('--size');
const gib = sizeFlag > 0 ? Number(process.argv[sizeFlag + 1]) : 1.05;

const miner = minerReport();
console.log(miner.markdown);
const speed = await speedReport(Math.round(gib * 2 ** 30));
console.log(speed.markdown);
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
  ].join('\n'),
);
process.exitCode = miner.ok && speed.ok ? 0 : 1;
