import { technicalHomonyms } from './rules/generated/lexicon.js';

/** A span of a sentence, as offsets into it. */
export interface Span {
  start: number;
  end: number;
}

const quoted = /"[^"\n]{1,300}"|“[^”\n]{1,300}”|‘[^’\n]{1,300}’|(?<![\p{L}\p{N}])'[^'\n]{1,300}'(?!\p{L})/gu;

// Frames that mention blame in order to criticise, rewrite or remove it (use versus mention, 3.3 rule 6).
// Kept as separate patterns, like the homonyms: V8 compiles one long top-level alternation several times slower
// than its parts, and that compilation is most of the cost of the first analysis. Each frame names words one of
// which every match contains (`needs`), so a sentence without them never runs, or compiles, the pattern.
export const mentionFrames: ReadonlyArray<{ needs: readonly string[]; pattern: RegExp }> = [
  {
    needs: ['phras', 'word', 'term', 'label', 'expression', 'framing'],
    pattern:
      /\b(?:the|a|that|this|such) (?:phrase|phrasing|wording|word(?! with\b)|words|term|label|expression|framing)\b/,
  },
  { needs: [' like'], pattern: /\bwords like\b|\blanguage like\b/ },
  {
    needs: ['wrote', 'reworded', 'phrased', 'struck', 'strike'],
    // "Struck" edits words ("we struck 'operator error'", "struck it from the summary"); a team that "strikes again"
    // is a jab, not an edit.
    pattern:
      /\b(?:re-?wrote|reworded|rephrased|re-?phrased|(?:struck|strike)(?= (?:out|through|from|it|that|this|the|all|any|every)\b| ?['"“‘]))/,
  },
  {
    needs: ['avoid', 'stop', 'ban'],
    pattern: /\b(?:avoid|avoided|avoiding|stop|stopped|banned|ban) (?:saying|writing|using|the phrase)\b/,
  },
  {
    needs: ['version', 'draft', 'revision', 'wording', 'summary'],
    pattern:
      /\b(?:earlier|previous|first|original|old|initial) (?:version|draft|revision|wording|summary)s? (?:read|said|called|blamed|used|had|claimed)\b/,
  },
  { needs: ['objected to'], pattern: /\bobjected to\b/ },
  { needs: ['replaced '], pattern: /\breplaced (?:it|that|this|the \w+) with\b/ },
  { needs: ['instead of '], pattern: /\binstead of (?:saying|writing|calling it)\b/ },
  {
    needs: ['dropped', 'removed', 'deleted', 'cut '],
    pattern: /\b(?:dropped|removed|deleted|cut) (?:the )?(?:phrase|word|label|line|sentence)\b/,
  },
  { needs: ['flagged '], pattern: /\bflagged (?:the|as) (?:phrase|blame|blameful)\b/ },
];

/** Whether the sentence holds one of the words. */
function holdsAny(lower: string, needs: readonly string[]): boolean {
  // Indexed: this runs for every sentence a rule matched, mostly before V8 has optimised it.
  for (let k = 0; k < needs.length; k++) if (lower.includes(needs[k] as string)) return true;
  return false;
}

/** One pattern for all the words a list of patterns needs: most sentences hold none, and one scan tells. */
function needsOfAll(entries: ReadonlyArray<{ needs: readonly string[] }>): RegExp {
  const words = entries.flatMap((entry) =>
    entry.needs.map((need) => need.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  return new RegExp(words.join('|'));
}

let mentionNeeds: RegExp | undefined;

/** Whether the sentence mentions blame language in order to criticise or remove it. */
export function isMention(lower: string): boolean {
  mentionNeeds ??= needsOfAll(mentionFrames);
  if (!mentionNeeds.test(lower)) return false;
  return mentionFrames.some((frame) => holdsAny(lower, frame.needs) && frame.pattern.test(lower));
}

const quotedAcross = /"[^"\n]{1,600}"|“[^”\n]{1,600}”/g;
// Made once, not as literals in the functions below, which run for many sentences before V8 has optimised them.
const doubleQuote = /["“]/;
const anyQuote = /["“‘']/;
const sentenceInside = /[.!?]["”']?\s+\S/;

/**
 * Spans of a paragraph inside double quotation marks that hold more than one sentence ("Someone made a mistake. We
 * need to know who."): each sentence alone has only one of the marks, so `quotedSpans` cannot see them.
 */
export function quotedAcrossSentences(paragraph: string): Span[] {
  if (!doubleQuote.test(paragraph)) return [];
  const out: Span[] = [];
  quotedAcross.lastIndex = 0;
  for (let m = quotedAcross.exec(paragraph); m; m = quotedAcross.exec(paragraph)) {
    if (sentenceInside.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Spans inside quotation marks: quoted words are mentioned, not asserted. */
export function quotedSpans(cased: string): Span[] {
  if (!anyQuote.test(cased)) return [];
  const out: Span[] = [];
  quoted.lastIndex = 0;
  for (let m = quoted.exec(cased); m; m = quoted.exec(cased)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Global copies of the homonym patterns, made on first use.
const homonymPatterns = new Map<RegExp, RegExp>();
let homonymNeeds: RegExp | undefined;

/** Spans naming a technique (sloppy quorum, lazy loading, git blame…), where blame words are not blame. */
export function homonymSpans(lower: string): Span[] {
  homonymNeeds ??= needsOfAll(technicalHomonyms);
  if (!homonymNeeds.test(lower)) return [];
  const out: Span[] = [];
  for (const { needs, pattern: source } of technicalHomonyms) {
    if (!holdsAny(lower, needs)) continue;
    let pattern = homonymPatterns.get(source);
    if (pattern === undefined) {
      pattern = new RegExp(source.source, 'g');
      homonymPatterns.set(source, pattern);
    }
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
