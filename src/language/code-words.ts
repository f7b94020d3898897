// A code identifier is one word: "resp.Body.Close", "config.yaml", "tokio::spawn_blocking", "db/migrate.sh",
// "conn->fd" and a backticked span. A quote or a rewrite that cuts one at its dot names something else ("the resp
// was not called", "the shared http"), so a finding's span is widened to whole identifiers, and a rewrite that
// breaks one is dropped (the caller then asks for rewording). Rule patterns read the same shape through the
// `wordOrCode` fragment (rules/fragments.yml).
import type { Span } from './sentence-context.js';

const part = String.raw`[\p{L}\p{N}_$]+(?:-[\p{L}\p{N}_$]+)*`;
const joined = String.raw`${part}(?:(?:\.|::|\/|->)${part})+(?:\(\))?`;
const ticked = '`[^`\\n]+`';

// Built on first use: most analyses never meet an identifier, and a Unicode pattern is slow to build.
let tokens: RegExp | undefined;
let whole: RegExp | undefined;
/** Code identifiers, and otherwise plain words, in reading order. */
const tokenPattern = () => {
  tokens ??= new RegExp(`${ticked}|${joined}|${part}`, 'gu');
  return tokens;
};
const wholeIdentifier = () => {
  whole ??= new RegExp(`^(?:${ticked}|${joined})$`, 'u');
  return whole;
};
const separators = /`|\.|::|\/|->|\(\)/;
// Cheap, non-Unicode tests that skip the Unicode patterns for the usual sentence, which holds no identifier: those
// take milliseconds to compile, paid by the first analysis in a fresh process.
const mayHoldIdentifier = /[.:/>`]/;
const holdsIdentifier = /[^\s.](?:\.|::|\/|->)[^\s.,;:!?]|`/;
// A span can only cut an identifier where one of these stands next to its ends.
const joiners = new Set(['.', ':', '/', '-', '>', '`', '(', ')']);
// Words the rewrite templates add themselves ("The … step did not run"): no sign of a cut identifier.
const templateWords = new Set(['the', 'a', 'an', 'step', 'did', 'not', 'run', 'was', 'were', 'nothing']);

/** Whether the whole text is one code identifier ("http.Client", "`resp.Body.Close()`"). */
export function isCodeIdentifier(text: string): boolean {
  return mayHoldIdentifier.test(text) && wholeIdentifier().test(text);
}

/** The code identifiers of a text, as spans. */
export function identifierSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(tokenPattern())) {
    if (isCodeIdentifier(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The span widened so that it cuts no code identifier of `text` ("forgot to call resp" → "…resp.Body.Close"). */
export function widenToIdentifiers(span: Span, text: string): Span {
  const before = text[span.start - 1];
  const after = text[span.end];
  const last = text[span.end - 1];
  const first = text[span.start];
  const mayCut =
    (before !== undefined && (joiners.has(before) || joiners.has(first ?? ''))) ||
    (after !== undefined && (joiners.has(after) || joiners.has(last ?? '')));
  if (!mayCut) return span;
  let { start, end } = span;
  for (const id of identifierSpans(text)) {
    if (id.start < start && id.end > start) start = id.start;
    if (id.start < end && id.end > end) end = id.end;
  }
  return { start, end };
}

/**
 * Where the clause that goes on at `from` ends: at `,;?!`, or a dot that no identifier goes on after ("zero for
 * internal/httpclient.Transport."), or the end of the text.
 */
export function clauseEnd(text: string, from: number): number {
  const end = /[,;?!]|\.(?=$|[\s.,;:!?'"”’)\]])/g;
  end.lastIndex = from;
  return end.exec(text)?.index ?? text.length;
}

/**
 * Whether a rewrite of `sentence` breaks one of its code identifiers: it holds a piece of one without the whole
 * ("The resp was not called" for "resp.Body.Close"), an identifier the sentence does not have (cut short or
 * re-cased), or a run of `_` left by masking (code or a URL that was not restored).
 */
export function breaksIdentifier(rewrite: string, sentence: string): boolean {
  if (!holdsIdentifier.test(sentence) && !rewrite.includes('___')) return false;
  const wholes = new Set<string>();
  const plain = new Set<string>();
  const pieces = new Set<string>();
  for (const [token] of sentence.matchAll(tokenPattern())) {
    if (!isCodeIdentifier(token)) {
      plain.add(token.toLowerCase());
      continue;
    }
    wholes.add(token);
    for (const piece of token.split(separators)) if (piece !== '') pieces.add(piece.toLowerCase());
  }
  for (const [token] of rewrite.matchAll(tokenPattern())) {
    if (/_{3,}/.test(token) && !wholes.has(token) && !plain.has(token.toLowerCase())) return true;
    if (isCodeIdentifier(token)) {
      if (!wholes.has(token)) return true;
      continue;
    }
    const lower = token.toLowerCase();
    if (pieces.has(lower) && !plain.has(lower) && !templateWords.has(lower)) return true;
  }
  return false;
}

const codeSpan = /(`+)([^`\n]+?)\1(?!`)/g;

/**
 * The masked sentence with its backticked code put back from the source (same offsets): a rewrite quotes the code,
 * where the masked text holds only `_`.
 */
export function withCode(masked: string, source: string): string {
  if (!source.includes('`')) return masked;
  let out = '';
  let at = 0;
  for (const m of source.matchAll(codeSpan)) {
    const end = m.index + m[0].length;
    // Only where the masking made it code: an escaped tick or a tick in a URL stays as masked.
    if (!/^`+[_ ]*`+$/.test(masked.slice(m.index, end))) continue;
    out += masked.slice(at, m.index) + m[0];
    at = end;
  }
  return out + masked.slice(at);
}
