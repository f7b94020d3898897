// Chooses how sure the learned model must be before it speaks (src/language/learned.ts, `learnedThreshold`) on the
// development files only: each blind development file is scored by the rules plus a model trained without it
// (scripts/train-blame-model.ts, leave one file out), at several thresholds. The held-out files are not read here.
//
//   node --import tsx bench/language-learned.ts            # print the table
//   node --import tsx bench/language-learned.ts --record   # and write it to bench/RESULTS.md
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { developmentFiles, trainingSentences, trainModel } from '../scripts/train-blame-model.js';
import { readFirstNameList } from '../src/cli/first-name-list.js';
import { evaluate, parseCorpus } from '../src/language/evaluate.js';
import { provideFirstNames } from '../src/language/first-names.js';
import { type BlameModel, learnedThreshold, provideBlameModel } from '../src/language/learned.js';
import { machineLine, writeResults } from './results.js';

provideFirstNames(readFirstNameList);
const root = resolve(import.meta.dirname, '..');
const thresholds = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** The model with every weight's bias moved so that `threshold` acts as the shipped threshold does. */
function shifted(model: BlameModel, threshold: number): BlameModel {
  const logit = (p: number) => Math.log(p / (1 - p));
  return {
    ...model,
    blame: { ...model.blame, bias: model.blame.bias + logit(learnedThreshold) - logit(threshold) },
  };
}

const rows = [
  `| left-out file | ${thresholds.map((t) => `${t} precision / recall`).join(' | ')} |`,
  `| --- | ${thresholds.map(() => '---:').join(' | ')} |`,
];
for (const file of developmentFiles) {
  const model = trainModel(trainingSentences(root, file));
  const corpus = parseCorpus(readFileSync(resolve(root, file), 'utf8'));
  const cells = thresholds.map((threshold) => {
    provideBlameModel(() => shifted(model, threshold));
    const result = evaluate(corpus);
    return `${result.precision.toFixed(3)} / ${result.recall.toFixed(3)}`;
  });
  rows.push(`| ${file.split('/').pop()} | ${cells.join(' | ')} |`);
}
console.log(rows.join('\n'));
if (process.argv.includes('--record')) {
  const commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
  writeResults(
    'language-learned',
    `## The learned model's threshold, chosen on development files only

\`node --import tsx bench/language-learned.ts --record\` at ${commit} (${machineLine()}). Each blind development file
is scored by the rules and a model trained without it; the shipped threshold (\`learnedThreshold\` in
src/language/learned.ts, now ${learnedThreshold}) is the lowest at which precision stayed at or above 0.98 on every file.
The held-out files are scored by bench/language-blind.ts.

${rows.join('\n')}`,
  );
}
