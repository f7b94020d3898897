import { analyze, type Finding, rules } from '../../language/index.js';
import type { SpokenCheck } from '../../playbook/index.js';

// A rule's own suggestions are general advice; a suggestion that is not among them is the rewrite the analyzer
// built for this very sentence (the web editor's reframe tells them apart the same way).
const adviceByRule = new Map(rules.map((rule) => [rule.id, new Set(rule.suggestions)]));

function rewriteOf(finding: Finding): string | undefined {
  const advice = adviceByRule.get(finding.ruleId) ?? new Set<string>();
  return finding.suggestions.find((suggestion) => suggestion.trim() !== '' && !advice.has(suggestion));
}

/**
 * The blame check the meeting script runs on every title, factor and action it reads aloud: the analyzer's
 * rewrite of the sentence when it has one and the rewrite itself is clean, else the first finding, quoted.
 * `people` are the incident's participants, so a named person is recognised as one.
 */
export function spokenCheck(people: readonly string[]): SpokenCheck {
  return (text) => {
    const findings = analyze(text, { people: [...people] });
    const first = findings[0];
    if (!first) return undefined;
    const sentences = text.split(/(?<=[.!?])\s+/);
    let rewritten: string | undefined;
    for (const finding of findings) {
      const rewrite = rewriteOf(finding);
      const at = sentences.findIndex((sentence) => sentence.includes(finding.text));
      if (rewrite === undefined || at === -1) continue;
      const candidate = sentences.map((sentence, index) => (index === at ? rewrite : sentence)).join(' ');
      if (analyze(candidate, { people: [...people] }).length === 0) {
        rewritten = candidate;
        break;
      }
    }
    if (rewritten !== undefined) return { rewrite: rewritten };
    return { problem: `"${first.text}": ${first.message}` };
  };
}
