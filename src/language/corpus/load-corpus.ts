import { type LabelledSentence, parseCorpus } from '../evaluate.js';

/** Reads the labelled corpus files (test and bench data; needs a file reader, so it is passed in). */
export function loadCorpus(read: (name: string) => string): LabelledSentence[] {
  return ['blame.corpus.txt', 'neutral.corpus.txt', 'holdout.corpus.txt'].flatMap((name) =>
    parseCorpus(read(name)),
  );
}
