import { technicalHomonyms } from './lexicon.js';

/** A span of a sentence, as offsets into it. */
export interface Span {
  start: number;
  end: number;
}

const quoted = /"[^"\n]{1,300}"|“[^”\n]{1,300}”|‘[^’\n]{1,300}’|(?<![\p{L}\p{N}])'[^'\n]{1,300}'(?!\p{L})/gu;

// Frames that mention blame in order to criticise, rewrite or remove it (use versus mention, 3.3 rule 6).
// Kept as separate patterns, like the homonyms below: V8 compiles one long top-level alternation several times
// slower than its parts, and that compilation is most of the cost of the first analysis.
const mentionFrames = [
  /\b(?:the|a|that|this|such) (?:phrase|phrasing|wording|word|words|term|label|expression|framing)\b/,
  /\bwords like\b|\blanguage like\b/,
  /\b(?:re-?wrote|reworded|rephrased|re-?phrased|struck|strike|struck out)\b/,
  /\b(?:avoid|avoided|avoiding|stop|stopped|banned|ban) (?:saying|writing|using|the phrase)\b/,
  /\b(?:earlier|previous|first|original|old|initial) (?:version|draft|revision|wording|summary)s? (?:read|said|called|blamed|used|had|claimed)\b/,
  /\bobjected to\b/,
  /\breplaced (?:it|that|this|the \w+) with\b/,
  /\binstead of (?:saying|writing|calling it)\b/,
  /\b(?:dropped|removed|deleted|cut) (?:the )?(?:phrase|word|label|line|sentence)\b/,
  /\bflagged (?:the|as) (?:phrase|blame|blameful)\b/,
];

/** Whether the sentence mentions blame language in order to criticise or remove it. */
export function isMention(lower: string): boolean {
  return mentionFrames.some((frame) => frame.test(lower));
}

/** Spans inside quotation marks: quoted words are mentioned, not asserted. */
export function quotedSpans(cased: string): Span[] {
  if (!/["“‘']/.test(cased)) return [];
  const out: Span[] = [];
  quoted.lastIndex = 0;
  for (let m = quoted.exec(cased); m; m = quoted.exec(cased)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const homonymPatterns = technicalHomonyms.map((pattern) => new RegExp(pattern.source, 'g'));

/** Spans naming a technique (sloppy quorum, lazy loading, git blame…), where blame words are not blame. */
export function homonymSpans(lower: string): Span[] {
  const out: Span[] = [];
  for (const pattern of homonymPatterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
      out.push({ start: m.index, end: m.index + m[0].length });
      if (m[0] === '') pattern.lastIndex++;
    }
  }
  return out;
}

/** Whether two spans overlap. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `inner` lies wholly inside one of `outer`. */
export function insideAny(inner: Span, outer: readonly Span[]): boolean {
  return outer.some((span) => span.start <= inner.start && inner.end <= span.end);
}
