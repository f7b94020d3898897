import { analyze } from './analyze.js';
import { type AnalyzeOptions, type Category, categories } from './types.js';

/** One labelled sentence of the corpus. */
export interface LabelledSentence {
  label: Category | 'neutral';
  group: string;
  text: string;
}

/** Parses the corpus line format `label | group | sentence`; `#` starts a comment line. */
export function parseCorpus(source: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const [index, raw] of source.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [label, group, ...rest] = line.split(' | ');
    const text = rest.join(' | ').trim();
    if (
      !label ||
      !group ||
      text === '' ||
      !(label === 'neutral' || (categories as readonly string[]).includes(label))
    ) {
      throw new Error(`corpus line ${index + 1} is not "label | group | sentence": ${line}`);
    }
    out.push({ label: label as LabelledSentence['label'], group, text });
  }
  return out;
}

/** Precision, recall and F1 over sentences, category accuracy on true positives, false positives per trap. */
export interface Evaluation {
  total: number;
  blameful: number;
  neutral: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  categoryAccuracy: number;
  falsePositiveRateByGroup: Record<string, { sentences: number; flagged: number; rate: number }>;
  mistakes: Array<{ sentence: LabelledSentence; found: string | undefined }>;
}

/** Runs the analyzer on each labelled sentence (a sentence is flagged when any finding comes back). */
export function evaluate(corpus: readonly LabelledSentence[], options: AnalyzeOptions = {}): Evaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let rightCategory = 0;
  const groups: Evaluation['falsePositiveRateByGroup'] = {};
  const mistakes: Evaluation['mistakes'] = [];
  for (const sentence of corpus) {
    const finding = analyze(sentence.text, options)[0];
    if (sentence.label === 'neutral') {
      const group = groups[sentence.group] ?? { sentences: 0, flagged: 0, rate: 0 };
      groups[sentence.group] = group;
      group.sentences++;
      if (finding) {
        fp++;
        group.flagged++;
        mistakes.push({ sentence, found: finding.ruleId });
      }
    } else if (finding) {
      tp++;
      if (finding.category === sentence.label) rightCategory++;
      else mistakes.push({ sentence, found: finding.ruleId });
    } else {
      fn++;
      mistakes.push({ sentence, found: undefined });
    }
  }
  for (const group of Object.values(groups)) group.rate = group.flagged / group.sentences;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return {
    total: corpus.length,
    blameful: tp + fn,
    neutral: corpus.length - tp - fn,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    categoryAccuracy: tp === 0 ? 1 : rightCategory / tp,
    falsePositiveRateByGroup: groups,
    mistakes,
  };
}
