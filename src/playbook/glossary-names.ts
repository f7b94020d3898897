import { escapeRegExp } from '../domain/index.js';
// How a glossary entry's names (its term and aliases) are found in running text. Kept apart from the lookups in
// glossary.ts so the rules for what counts as "the same word" live in one small place.

/** A place in a text where a glossary name or pattern matched. */
export interface Span {
  start: number;
  end: number;
}

// Everyday words that may sit between the words of a name without changing what it names: "the pool was
// exhausted" is "pool exhausted", "the disk is full" is "disk full". Kept to verbs of being and articles, so a
// name's words still have to be next to each other in meaning.
const fillers = [
  'a',
  'all',
  'already',
  'an',
  'are',
  'became',
  'been',
  'being',
  'completely',
  'fully',
  'got',
  'had',
  'has',
  'is',
  'its',
  'our',
  'the',
  'their',
  'was',
  'were',
];
const separator = `[\\s_-]+(?:(?:${fillers.join('|')})\\s+){0,3}`;
const letterOrDigit = '[\\p{L}\\p{N}]';

// The endings a name's last word may take ("503s", "timeouts", "OOM killed"); `spansOfName` allows them after a
// name's first word too (the first word of a one-word name is its last).
const wordEndings = ['s', 'es', 'ed', 'd', 'ing'];

/** A name written in backticks in the data, such as "`expect`": an everyday word that names code only in code. */
export const isCodeName = (name: string) => /^`[^`]+`$/.test(name);

/** The name without the backticks that mark it as code-only. */
export const bareName = (name: string) => (isCodeName(name) ? name.slice(1, -1) : name);

/**
 * The regular expression (global, case-insensitive) that finds a name in running text:
 * - whole words only, so "ic" is not found in "traffic";
 * - spaces, hyphens and underscores are the same separator, so `max_conns` is "max conns" and
 *   "connection-pool exhaustion" is "connection pool exhaustion";
 * - a few filler words may come between a name's words ("the pool was exhausted");
 * - the last word may take an ending ("503s", "timeouts", "OOM killed"); names of three letters or fewer take only
 *   a plural "s", so "ic" does not turn up in "icing".
 * A code-only name (see `isCodeName`) is found only in code-ish context: in backticks, after `.` or `::`, or right
 * before `(`, so "we expect a fix on Friday" does not mention Rust's expect() while "`.expect("config")`" does.
 * Such a name takes no ending and no fillers.
 */
export function nameRegExp(name: string, code: boolean): RegExp {
  const words = bareName(name)
    .split(/[\s_-]+/)
    .filter((word) => word !== '')
    .map(escapeRegExp);
  const last = words.at(-1) ?? '';
  if (code) {
    const body = words.join('[\\s_-]+');
    return new RegExp(
      `(?:(?<=[\`.]|::)${body}(?!${letterOrDigit})|(?<!${letterOrDigit})${body}(?=\\(|\`|!\\())`,
      'giu',
    );
  }
  // A short acronym (MR, PR, LB) is written in capitals or in lower case, never as a title ("Mr. Wójcik").
  if (/^[A-Z]{2,3}$/.test(name)) {
    const either = `(?:${name}|${name.toLowerCase()})`;
    return new RegExp(
      `(?<!${letterOrDigit}|${letterOrDigit}[.-])${either}s?(?!${letterOrDigit}|[.-]${letterOrDigit})`,
      'gu',
    );
  }
  const ending = /\p{L}$/u.test(last) && last.length > 3 ? `(?:${wordEndings.join('|')})?` : 's?';
  // A number ("500", "503") is no part of a larger one or of a sum of money: "€18,500" names no HTTP status.
  const notInNumber = /^\p{N}/u.test(words[0] ?? '') ? '(?<!\\p{Sc}|\\p{N}[,.])' : '';
  // Not inside a dotted or hyphenated name: "prod" in db-primary.prod.internal or checkout-prod is part of a host or
  // service name, not the word a reader meets.
  return new RegExp(
    `${notInNumber}(?<!${letterOrDigit}|${letterOrDigit}[.-])${words.join(separator)}${ending}(?!${letterOrDigit}|[.-]${letterOrDigit}|[,.]\\p{N})`,
    'giu',
  );
}

/**
 * A glossary name's expression with the word any match of it must begin with, lower-cased: a text without that word
 * is not searched. The expressions are costly to compile (V8 compiles one on its first use, and the Unicode classes
 * make each take about a millisecond) and to run, and a text names few of the glossary's thousand names, so most are
 * never compiled. Case is compared by lower-casing, as the expression's own case-insensitive flag does for every
 * letter an incident report holds (Unicode's rare folds, such as the long s, are not worth a second pass).
 */
export interface NameFinder {
  needle: string;
  /** The expression, built on first use: building the glossary's thousand costs about 400 ms. */
  regExp: () => RegExp;
}

/** The finder for a name: its expression (see `nameRegExp`) and its first word. */
export function nameFinder(name: string, code: boolean): NameFinder {
  const first =
    bareName(name)
      .split(/[\s_-]+/)
      .find((word) => word !== '') ?? '';
  let built: RegExp | undefined;
  return { needle: first.toLowerCase(), regExp: () => (built ??= nameRegExp(name, code)) };
}

/** A text made ready to be searched for many names: lower-cased, and its words (split at any mark) as a set. */
export interface SearchedText {
  text: string;
  lower: string;
  words: Set<string>;
}

export function searchedText(text: string): SearchedText {
  const lower = text.toLowerCase();
  return { text, lower, words: new Set(lower.split(/[^\p{L}\p{N}]+/u)) };
}

const plainWord = /^[\p{L}\p{N}]+$/u;

/**
 * Where a name is found in a text. A name starts at a word's start and its first word ends at a mark or takes an
 * ending, so a first word of letters and digits must be one of the text's words, with an ending at most ("go" is
 * not looked for in a text that says only "goroutine"); any other first word ("let's", "c++") must be in the text.
 */
export function spansOfName(finder: NameFinder, searched: SearchedText): Span[] {
  const { needle } = finder;
  const present = plainWord.test(needle)
    ? ['', ...wordEndings].some((ending) => searched.words.has(needle + ending))
    : searched.lower.includes(needle);
  return present ? spansOf(finder.regExp(), searched.text) : [];
}

/** Every place a regular expression (global) matches in a text. */
export function spansOf(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let found = re.exec(text); found; found = re.exec(text)) {
    spans.push({ start: found.index, end: found.index + found[0].length });
    if (found[0] === '') re.lastIndex += 1;
  }
  return spans;
}

/** The words of a name, lower-cased, for a lookup by any one word ("checker" finds "Borrow checker"). */
export const wordsOf = (name: string) =>
  bareName(name)
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((word) => word.length > 1);

/**
 * A word (lower-case) without its plural ending, so "pods" meets "pod", "retries" "retry" and "mutexes" "mutex".
 * A word ending in "ss" or "us" ("loss", "status") is no plural, and "caches" loses only its "s".
 */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:x|z|sh|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && /[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A word (lower-case) cut to its stem, so "starved" meets "starvation", "looping" "loop" and "retried" "retry". */
export const stem = (word: string) => withoutEnding(word, /(?:ation|ion|ing|ed)$/);

/**
 * A word (lower-case) without a plural, -ing or -ed ending ("pods", "crash looping"): the form a lookup by name
 * compares. Unlike the stem it keeps -ion, so "product" is not "production".
 */
export const baseForm = (word: string) => withoutEnding(word, /(?:ing|ed)$/);

function withoutEnding(word: string, endings: RegExp): string {
  const one = singular(word);
  let cut = one.length > 4 ? one.replace(/ied$/, 'y').replace(endings, '') : one;
  // "running" is "run", "stopped" "stop".
  if (cut.length > 3 && /(.)\1$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

/**
 * A name or query as a lookup compares it: in lower case, with no spaces, hyphens or underscores between its parts,
 * so "go routine" is "goroutine" and "fail-over" is "failover".
 */
export const nameKey = (name: string) =>
  bareName(name.trim())
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/** A name's key with each of its words in its base form: "pods" is "pod", "crash looping" is "crashloop". */
export const baseKey = (name: string) =>
  bareName(name.trim())
    .toLowerCase()
    .split(/[\s_-]+/)
    .map(baseForm)
    .join('');

/**
 * How many typos apart two words are: letters added, dropped or changed, or two neighbours swapped ("gorotuine"),
 * each one typo. Any count above `most` is said as `most + 1`; words whose lengths differ by more are not compared.
 */
export function typos(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  const width = b.length + 1;
  const table = Array.from({ length: (a.length + 1) * width }, (_, index) =>
    index < width ? index : index % width === 0 ? index / width : 0,
  );
  const at = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const changed = a[i - 1] === b[j - 1] ? 0 : 1;
      let fewest = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + changed);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        fewest = Math.min(fewest, at(i - 2, j - 2) + 1);
      table[i * width + j] = fewest;
    }
  }
  return Math.min(at(a.length, b.length), most + 1);
}
