import { readFileSync } from 'node:fs';
import { evaluate, parseCorpus } from './evaluate.js';
const corpus = [
  ...parseCorpus(readFileSync(new URL('./corpus/blame.corpus.txt', import.meta.url), 'utf8')),
  ...parseCorpus(readFileSync(new URL('./corpus/neutral.corpus.txt', import.meta.url), 'utf8')),
];
const e = evaluate(corpus);
const { mistakes, falsePositiveRateByGroup, ...rest } = e;
console.log(rest);
for (const m of mistakes) console.log(`${m.sentence.label.padEnd(22)} ${String(m.found).padEnd(40)} ${m.sentence.text}`);
