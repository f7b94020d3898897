import { analyze } from './analyze.js';
import { learnedAdvice, learnedRuleId } from './learned.js';
import { lineStarts } from './positions.js';
import { rules } from './rules.js';
import { splitSentences } from './sentences.js';
import type { Category, Finding } from './types.js';

// A rule's own suggestions are general advice ("Describe what did happen…"); a suggestion that is not among them
// is the rewrite the analyzer built for this very sentence, the one that can replace the sentence as it stands.
// The learned model's findings carry only its advice for their category, never a rewrite (trial 18f: the script
// read "Change what anyone would meet: a default, a check …" aloud in place of the action it was given).
const adviceByRule = new Map([
  ...rules.map((rule) => [rule.id, new Set(rule.suggestions)] as const),
  ...Object.entries(learnedAdvice).map(
    ([category, advice]) => [learnedRuleId(category as Category), new Set([advice.suggestion])] as const,
  ),
]);

/** The analyzer's rewrite of the finding's sentence, or undefined when it only has general advice. */
export function sentenceRewrite(finding: Pick<Finding, 'ruleId' | 'suggestions'>): string | undefined {
  const advice = adviceByRule.get(finding.ruleId) ?? new Set<string>();
  return finding.suggestions.find((suggestion) => suggestion.trim() !== '' && !advice.has(suggestion));
}

// The words before a finding that make it a clause of a longer sentence.
const subordinate =
  /^(.*\S\s+(?:after|because|when|since|once|as|until|before|so|and|but|while)\s+|.*\S,\s+)(?:[\p{L}\p{N}'’@._-]+\s+){0,4}$/iu;
// A rewrite's first word lower-cased when it is an everyday word ("The consumer group …" after "after").
const lowerLead = (text: string) =>
  text.replace(/^(The|A|An|Nothing|It|This|That|These|Those|No)\b/, (word) => word.toLowerCase());

/** What a facilitator may say for a text: nothing to change, the clean rewrite, or the problem to fix first. */
export type ReadAloud = { rewrite: string } | { problem: string } | undefined;

/**
 * The blame check of a sentence someone will read aloud in the meeting (a title, a factor, an action): the
 * analyzer's rewrite when it has one and the rewrite itself is clean, else the first finding, quoted. `people`
 * are the incident's participants, so a named person is recognised as one. The CLI's script and the web app's
 * closing statement both use it.
 */
export function readAloud(text: string, people: readonly string[]): ReadAloud {
  const findings = analyze(text, { people: [...people] });
  const first = findings[0];
  if (!first) return undefined;
  // The sentences as the analyzer splits them ("e.g." ends none), so the rewrite replaces exactly its sentence.
  const sentences = splitSentences(text, 0, text.length);
  const starts = lineStarts(text);
  for (const finding of findings) {
    const rewrite = sentenceRewrite(finding);
    const offset = (starts[finding.line - 1] ?? 0) + finding.column - 1;
    const at = sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
    if (rewrite === undefined || at === undefined) continue;
    // A blameful clause after what happened ("Order events delayed by consumer lag after Dmitri forgot to scale the
    // consumer group") is rewritten in its place, so the sentence keeps what happened (trial 21 F4).
    // The clause's own subject (up to four words before the finding) goes: the rewrite says the clause whole.
    const lead = subordinate.exec(text.slice(at.start, offset))?.[1];
    const clause = lead ? `${lead}${lowerLead(rewrite)}` : undefined;
    for (const said of clause ? [clause, rewrite] : [rewrite]) {
      const candidate = `${text.slice(0, at.start)}${said}${text.slice(at.end)}`.trim();
      if (analyze(candidate, { people: [...people] }).length === 0) return { rewrite: candidate };
    }
  }
  return { problem: `"${first.text}": ${first.message}` };
}
