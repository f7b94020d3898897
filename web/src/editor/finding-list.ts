import type { Finding } from '../api/types.js';
import { findingRange, lineStarts, sentenceAround } from './finding-range.js';
import { adviceOf, sentenceRewrite } from './reframe.js';

/** What the list beside the editor shows for one finding. */
export interface ListedFinding {
  key: string;
  finding: Finding;
  /** Where it stands in the text it was found in. */
  from: number;
  to: number;
  /** The sentence rewritten by the analyzer, when it could rewrite it. */
  rewrite: string | undefined;
  /** General advice other than the rewrite. */
  advice: string | undefined;
}

/** The findings of a text as the list shows them, in the order they appear in the text. */
export function listFindings(text: string, findings: readonly Finding[]): ListedFinding[] {
  const starts = lineStarts(text);
  return findings
    .map((finding, index) => {
      const { from, to } = findingRange(text, finding, starts);
      return {
        key: `${index}:${finding.ruleId}:${from}`,
        finding,
        from,
        to,
        rewrite: sentenceRewrite(finding),
        advice: adviceOf(finding)[0],
      };
    })
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Where `quoted` occurs in `text` nearest either of two guesses of where it went (before or after the edit). */
function nearestIndex(text: string, quoted: string, before: number, after: number): number {
  let best = -1;
  let distance = Number.POSITIVE_INFINITY;
  for (let at = text.indexOf(quoted); at !== -1; at = text.indexOf(quoted, at + 1)) {
    const off = Math.min(Math.abs(at - before), Math.abs(at - after));
    if (off < distance) [best, distance] = [at, off];
  }
  return best;
}

/**
 * The edit that puts a finding's rewrite in place of its sentence in the text as it is now. The finding was made
 * on `analyzed`; when the text has changed since, its sentence is looked for again by the words it quoted, and when
 * they are gone there is nothing to replace.
 */
export function rewriteChange(
  current: string,
  analyzed: string,
  listed: ListedFinding,
): { from: number; to: number; insert: string } | undefined {
  if (!listed.rewrite) return undefined;
  let { from, to } = listed;
  if (current !== analyzed) {
    const quoted = listed.finding.text;
    const found = quoted ? nearestIndex(current, quoted, from, from + current.length - analyzed.length) : -1;
    if (found === -1) return undefined;
    from = found;
    to = found + quoted.length;
  }
  const sentence = sentenceAround(current, from, to);
  return { ...sentence, insert: listed.rewrite };
}

/** One line for screen readers and sighted users alike: how many findings, and how many come with a rewording. */
export function findingsSummary(text: string, listed: readonly ListedFinding[]): string {
  if (text.trim() === '') return 'Nothing written yet to check.';
  if (listed.length === 0) return 'No blameful wording found.';
  const rewrites = listed.filter((item) => item.rewrite).length;
  const count = listed.length === 1 ? 'One finding' : `${listed.length} findings`;
  let offer = '';
  if (rewrites === listed.length)
    offer = listed.length === 1 ? ', with a rewording' : ', each with a rewording';
  else if (rewrites > 0) offer = `, ${rewrites} with a rewording`;
  return `${count} that may read as blame${offer}.`;
}
