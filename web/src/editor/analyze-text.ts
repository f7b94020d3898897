import { analyze, isLearnedFinding } from '../../../src/language/index.js';
import { type BlameModel, provideBlameModel } from '../../../src/language/learned.js';
import { api } from '../api/client.js';
import type { Finding } from '../api/types.js';

// The learned model of blame (src/language/learned.ts) is a chunk of its own, about 400 KB: fetched once this
// module loads, so the editor shows at once and its check gains the model a moment later, as `debrief lint` and the
// server have it. Until then, and if the fetch fails, the rules alone run.
void import('../../../src/language/model/blame-model.json').then(
  (loaded) => provideBlameModel(() => loaded.default as unknown as BlameModel),
  () => {},
);

/**
 * Runs the blameless-language analyzer on a text in the browser, so findings follow every keystroke without a
 * round trip. Should the analyzer fail here, the server's `POST /api/lint` runs the same analyzer.
 */
export async function analyzeText(text: string, people: readonly string[]): Promise<Finding[]> {
  if (text.trim() === '') return [];
  try {
    // Every finding of a sentence, as `debrief lint` lists them: a writer fixing one learns of the next at once.
    return analyze(text, { people, every: true });
  } catch {
    const result = await api<{ findings: Finding[] }>('POST', '/api/lint', { text, people });
    return result.findings;
  }
}

/**
 * The findings that hold back a save (a point raised, a decision, a recorded outcome): a rule's. The learned
 * model's reading is shown as you write in the editor, but, as in a report's language check, it holds nothing back
 * on its own.
 */
export function ruleFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => !isLearnedFinding(finding));
}
