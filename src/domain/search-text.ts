/**
 * Search input is text, not a query language: whatever is typed, of any length or punctuation, becomes words to
 * find (runs of letters and digits, each of two or more also found as the start of a longer word: "timeout" finds
 * "timeouts"),
 * all of which must appear in one record. Words in double quotes must appear together in that order. Nothing
 * typed can make a search fail.
 */
export interface SearchTerm {
  /** Lower-case words; one word, or several that must stand together (a quoted phrase). */
  words: string[];
  phrase: boolean;
}

/** The most terms taken from one search, and the longest word; what is beyond is left out. */
export const searchLimits = { terms: 12, wordLength: 64, input: 2_000 } as const;

const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;

function wordsOf(text: string): string[] {
  return [...text.matchAll(wordPattern)].map((match) =>
    match[0].toLowerCase().slice(0, searchLimits.wordLength),
  );
}

/** The longest search an address carries once encoded: far below a server's 16 KiB header limit. */
const encodedLimit = 8_000;

/** `text` cut to `length` characters, never through the middle of an emoji's surrogate pair. */
function cutTo(text: string, length: number): string {
  const cut = text.slice(0, length);
  // Half a pair is what encodeURIComponent refuses to encode.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * The part of a search a server reads, to send in an address: its first `searchLimits.input` characters, fewer when
 * they encode long (2,000 Chinese characters are 18,000 in an address), so a long paste searches its beginning
 * rather than making an address the server refuses as too large (431). The web app and `--server` both send this.
 */
export function searchedText(text: string): string {
  let cut = cutTo(text, searchLimits.input);
  while (encodeURIComponent(cut).length > encodedLimit) cut = cutTo(cut, Math.floor(cut.length * 0.9));
  return cut;
}

/** The terms of a search as typed; none when it holds no word. */
export function parseSearchText(input: string): SearchTerm[] {
  const text = input.slice(0, searchLimits.input);
  const terms: SearchTerm[] = [];
  // Quoted parts first (an unclosed quote quotes nothing), then the words between them.
  const parts = text.split(/"([^"]*)"/);
  parts.forEach((part, index) => {
    const words = wordsOf(part);
    if (index % 2 === 1 && words.length > 1) terms.push({ words, phrase: true });
    else for (const word of words) terms.push({ words: [word], phrase: false });
  });
  const seen = new Set<string>();
  return terms
    .filter((term) => {
      const key = `${term.phrase}:${term.words.join(' ')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, searchLimits.terms);
}

/** Words too common in incident writing to tell one incident from another. */
const commonWords = new Set(
  (
    'the a an and or but of to in on at for by with from into over under after before during while as is are was ' +
    'were be been being it its this that these those we our us they them their he she his her you your not no ' +
    'yes then than so when what which who how why where all any some more most less few many much very can could ' +
    'should would will may might must do does did done has have had up down out off per via about again also ' +
    'incident incidents issue outage problem error errors service services users user customers customer ' +
    'minutes minute hours hour seconds second time times day days'
  ).split(' '),
);

/**
 * The telling words of an incident's text, for finding similar ones: no common words, no words under three
 * letters (numbers of two digits or more are kept: `503`, `p99`), at most `limit`, in the order first seen.
 */
export function tellingWords(text: string, limit = searchLimits.terms): string[] {
  const words: string[] = [];
  for (const word of wordsOf(text.slice(0, searchLimits.input * 4))) {
    if (commonWords.has(word) || words.includes(word)) continue;
    if (word.length < 3 && !/\d{2}/.test(word)) continue;
    words.push(word);
    if (words.length === limit) break;
  }
  return words;
}

/** A piece of a snippet: text, and whether it is a word that matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

interface Token {
  start: number;
  end: number;
  word: string;
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  // toLowerCase is the root locale's lower case, as toLocaleLowerCase('und') is, many times faster.
  for (const match of text.matchAll(wordPattern)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, word: match[0].toLowerCase() });
  }
  return tokens;
}

/** Whether a term's single word is also found as the start of longer words (two characters or more). */
const prefixTerms = new WeakMap<SearchTerm, boolean>();
function isPrefixTerm(term: SearchTerm): boolean {
  let prefix = prefixTerms.get(term);
  if (prefix === undefined) {
    prefix = !term.phrase && [...(term.words[0] ?? '')].length > 1;
    prefixTerms.set(term, prefix);
  }
  return prefix;
}

/** Whether a term starts at a token: a word as itself or, from two characters, as a start; a phrase in order. */
function termAt(tokens: readonly Token[], index: number, term: SearchTerm): boolean {
  if (term.phrase) return term.words.every((word, k) => tokens[index + k]?.word === word);
  const word = term.words[0] ?? '';
  const token = tokens[index]?.word ?? '';
  return token === word || (isPrefixTerm(term) && token.startsWith(word));
}

/** Which tokens the terms match. */
function matchedTokens(tokens: readonly Token[], terms: readonly SearchTerm[]): Set<number> {
  const matched = new Set<number>();
  tokens.forEach((_, index) => {
    for (const term of terms) {
      if (!termAt(tokens, index, term)) continue;
      for (let k = 0; k < term.words.length; k++) matched.add(index + k);
    }
  });
  return matched;
}

/**
 * Orders records best first by BM25 over their own text (k1 1.2, b 0.75), word frequencies counted among the
 * records given; equal scores keep the given order. Ranking here rather than in the database makes SQLite and
 * PostgreSQL order hits the same way, and keeps a word found in a million log lines from being ranked in each.
 */
export function rankByWords<T>(
  records: readonly T[],
  textOf: (record: T) => string,
  terms: readonly SearchTerm[],
): T[] {
  const docs = records.map((record, order) => {
    const tokens = tokensOf(textOf(record));
    const counts = terms.map((term) => {
      let n = 0;
      for (let index = 0; index < tokens.length; index++) if (termAt(tokens, index, term)) n++;
      return n;
    });
    return { record, order, length: tokens.length, counts };
  });
  if (docs.length === 0) return [];
  const average = docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length || 1;
  const idf = terms.map((_, t) => {
    const having = docs.filter((doc) => (doc.counts[t] ?? 0) > 0).length;
    return Math.log(1 + (docs.length - having + 0.5) / (having + 0.5));
  });
  const scored = docs.map((doc) => ({
    ...doc,
    score: doc.counts.reduce((sum, tf, t) => {
      const norm = tf + 1.2 * (1 - 0.75 + (0.75 * doc.length) / average);
      return sum + ((idf[t] ?? 0) * tf * 2.2) / norm;
    }, 0),
  }));
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((doc) => doc.record);
}

/**
 * The part of a record's text that shows why it matched: about `width` words around the most matched words, cut
 * with "…", the matched words marked. The same on every database, as it is made here from the text.
 */
export function snippetOf(text: string, terms: readonly SearchTerm[], width = 24): SnippetPart[] {
  const tokens = tokensOf(text);
  const matched = matchedTokens(tokens, terms);
  let first = 0;
  if (tokens.length > width) {
    let best = -1;
    for (const index of [...matched].sort((a, b) => a - b)) {
      const start = Math.max(0, Math.min(index - 3, tokens.length - width));
      let count = 0;
      for (let k = start; k < start + width; k++) if (matched.has(k)) count++;
      if (count > best) {
        best = count;
        first = start;
      }
    }
  }
  const last = Math.min(tokens.length, first + width) - 1;
  const from = first === 0 ? 0 : (tokens[first]?.start ?? 0);
  const to = last >= tokens.length - 1 ? text.length : (tokens[last]?.end ?? text.length);
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean) => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is taken out
    const clean = piece.replace(/[\s\u0000-\u001f\u007f]+/g, ' ');
    if (clean === '') return;
    const previous = parts[parts.length - 1];
    if (previous && previous.match === match && !match) previous.text += clean;
    else parts.push({ text: clean, match });
  };
  if (from > 0) push('…', false);
  let at = from;
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as Token;
    if (!matched.has(index)) continue;
    push(text.slice(at, token.start), false);
    push(text.slice(token.start, token.end), true);
    at = token.end;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push('…', false);
  return parts;
}
