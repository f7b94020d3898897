import { readFileSync } from 'node:fs';
import type { BlameModel } from '../language/learned.js';

// The learned model's weights (src/language/model/blame-model.json, written by scripts/train-blame-model.ts, copied
// into dist by the build) are read the first time a sentence needs them, so a verb that analyses no text never pays
// for them.

/** Reads the model shipped with debrief; undefined when the file is missing or unreadable (the rules still run). */
export function readBlameModel(): BlameModel | undefined {
  try {
    return JSON.parse(
      readFileSync(new URL('../language/model/blame-model.json', import.meta.url), 'utf8'),
    ) as BlameModel;
  } catch {
    return undefined;
  }
}
