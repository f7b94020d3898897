import { goTerms } from './content/generated/glossary-go.js';
import { incidentTerms } from './content/generated/glossary-incident.js';
import { infrastructureTerms } from './content/generated/glossary-infrastructure.js';
import { rustTerms } from './content/generated/glossary-rust.js';
import {
  bareName,
  isCodeName,
  type NameFinder,
  nameFinder,
  type Span,
  searchedText,
  spansOf,
  spansOfName,
} from './glossary-names.js';
import type { GlossaryEntry } from './schema.js';

/**
 * Every glossary entry: data in content/glossary-*.yml, validated by its schema when scripts/compile-content.ts
 * compiles it (a malformed entry fails there, and in the tests).
 */
export const glossary: readonly GlossaryEntry[] = [
  ...incidentTerms,
  ...infrastructureTerms,
  ...goTerms,
  ...rustTerms,
];

const normalise = (text: string) =>
  bareName(text.trim())
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

interface Matcher {
  entry: GlossaryEntry;
  patterns: RegExp[];
  names: NameFinder[];
}

let matchers: Matcher[] | undefined;

// Built on first use: a hundred entries with a few regular expressions each is cheap, but not needed by every caller.
function allMatchers(): Matcher[] {
  matchers ??= glossary.map((entry) => {
    // A name listed in backticks among the aliases is code-only wherever it appears, the term included.
    const code = new Set(entry.aliases.filter(isCodeName).map(normalise));
    const names = [
      entry.term,
      ...entry.aliases.filter((alias) => !code.has(normalise(alias)) || isCodeName(alias)),
    ];
    return {
      entry,
      patterns: entry.patterns.map((source) => new RegExp(source, 'gimu')),
      names: names.map((name) => nameFinder(name, code.has(normalise(name)))),
    };
  });
  return matchers;
}

let byName: Map<string, GlossaryEntry> | undefined;

/** Looks a term up by id, name or alias (case-insensitive), for `debrief playbook glossary TERM`. */
export function findGlossaryTerm(query: string): GlossaryEntry | undefined {
  if (!byName) {
    byName = new Map();
    for (const entry of glossary) {
      for (const name of [entry.id, entry.term, ...entry.aliases]) {
        if (!byName.has(normalise(name))) byName.set(normalise(name), entry);
      }
    }
  }
  return byName.get(normalise(query));
}

/** Entries whose name, alias or definition contains the query: suggestions when an exact lookup fails. */
export function searchGlossary(query: string): GlossaryEntry[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  return glossary.filter((entry) =>
    [entry.id, entry.term, ...entry.aliases, entry.engineer].some((text) => normalise(text).includes(wanted)),
  );
}

/**
 * The glossary entry a piece of text is about: an id or name, or a log line or error such as
 * "fatal error: all goroutines are asleep - deadlock!" or "called `Option::unwrap()` on a `None` value".
 * Log patterns win over plain names, and the longest match wins, so a Rust stack overflow is not read as Go's.
 */
export function glossaryEntryFor(text: string): GlossaryEntry | undefined {
  return findGlossaryTerm(text) ?? bestInText(text, true);
}

/** The entry whose log pattern a text matches (the longest match), if any. */
function patternEntryFor(text: string): GlossaryEntry | undefined {
  return bestInText(text, false);
}

function bestInText(text: string, withNames: boolean): GlossaryEntry | undefined {
  let best: { entry: GlossaryEntry; score: number } | undefined;
  const searched = searchedText(text);
  const consider = (entry: GlossaryEntry, spans: Span[], bonus: number) => {
    for (const { start, end } of spans) {
      const score = bonus + end - start;
      if (!best || score > best.score) best = { entry, score };
    }
  };
  for (const { entry, patterns, names } of allMatchers()) {
    consider(
      entry,
      patterns.flatMap((re) => spansOf(re, text)),
      1_000,
    );
    if (withNames)
      consider(
        entry,
        names.flatMap((finder) => spansOfName(finder, searched)),
        0,
      );
  }
  return best?.entry;
}

const stopWords = new Set([
  'the',
  'an',
  'of',
  'in',
  'on',
  'to',
  'for',
  'and',
  'or',
  'is',
  'was',
  'with',
  'at',
  'by',
  // Particles of phrasal words ("fan-out", "scale-out", "sold out"): on their own they name nothing, and "out"
  // alone made "fan-out" look like "out of memory".
  'out',
  'up',
  'off',
  'down',
  'over',
  'into',
  'from',
]);

/** A word cut to its stem, so "starved" meets "starvation" and "cancelled" meets "cancellation". */
function stem(word: string): string {
  // "mutexes" meets "mutex", "crashes" "crash" ("caches" is no "cach": -ches stays); four letters drop a plural s
  // too ("OOMs", "p95s", "pods", trial 21).
  let cut =
    word.length > 4
      ? word.replace(/(?:ations?|ions?|ings?|ed|(?<=x|z|sh|ss)es|(?<!s)s)$/, '')
      : word.length === 4
        ? word.replace(/(?<![su])s$/, '')
        : word;
  if (cut.length > 3 && /(.)\1$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

/** The stems of a name or query: words split at any mark, code too ("std::sync::Mutex" is std, sync, mutex). */
const stemsOf = (text: string) =>
  bareName(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !stopWords.has(word))
    .map(stem);

interface Ranked {
  entry: GlossaryEntry;
  /** How many of the query's words the entry's names hold between them. */
  covered: number;
  /** The fewest words of one name of the entry holding the most of them (a tighter name wins). */
  size: number;
  /** How many of the query's words the entry's names hold as written, not only by stem. */
  exact: number;
}

const wordsOf = (text: string) =>
  bareName(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);

function rankByWords(query: string): Ranked[] {
  const wanted = [...new Set(stemsOf(query))];
  if (wanted.length === 0) return [];
  const asWritten = [...new Set(wordsOf(query))].filter((word) => word.length > 1 && !stopWords.has(word));
  const ranked: Ranked[] = [];
  for (const entry of glossary) {
    const names = [entry.term, ...entry.aliases].map(stemsOf);
    const union = new Set(names.flat());
    const covered = wanted.filter((word) => union.has(word)).length;
    // At least half the words asked about: one shared word of a long phrase is no answer.
    if (covered === 0 || covered * 2 < wanted.length) continue;
    let best = { hits: 0, size: Number.POSITIVE_INFINITY };
    for (const [index, words] of names.entries()) {
      const hits = wanted.filter((word) => words.includes(word)).length;
      // The term outranks an alias of the same length.
      const size = words.length * 2 + (index === 0 ? 0 : 1);
      if (hits > best.hits || (hits === best.hits && size < best.size)) best = { hits, size };
    }
    // "cancellation" is Context cancellation before Context canceled, which meets it only by stem (trial 18b B-14).
    const written = new Set([entry.term, ...entry.aliases].flatMap(wordsOf));
    const exact = asWritten.filter((word) => written.has(word)).length;
    ranked.push({ entry, covered, size: best.size - best.hits * 100, exact });
  }
  return ranked.sort((a, b) => b.covered - a.covered || b.exact - a.exact || a.size - b.size);
}

/**
 * The entries a person may mean by a word or phrase (`debrief playbook glossary WORD`), best first: by id, name or
 * alias; a log line by its pattern ("all goroutines are asleep"); else by how many of its words an entry's names
 * hold, stems compared ("tokio runtime starved" is async runtime starvation, "p99 latency" percentile latency), the
 * tighter name winning. The others that hold as many of its words follow ("select" is Go's select statement, and
 * also Rust's select!), at most four.
 */
export function glossaryMatches(query: string): GlossaryEntry[] {
  const ranked = rankByWords(query);
  const first = findGlossaryTerm(query) ?? patternEntryFor(query) ?? ranked[0]?.entry;
  if (!first) return [];
  const top = ranked[0]?.covered ?? 0;
  const others = ranked.filter((r) => r.entry !== first && r.covered === top).map((r) => r.entry);
  return [first, ...others.slice(0, 4)];
}

/** The entry a person asks for by name: the first of `glossaryMatches`. */
export function lookUpGlossary(query: string): GlossaryEntry | undefined {
  return glossaryMatches(query)[0];
}

// A log pattern's match names an entry when it is a short name ("503s", "HTTP 503"), not a quoted log line.
const shortName = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,23}$/u;

/** The words a text first names an entry by (its term, an alias, or a pattern: "503s" for HTTP 5xx), if any. */
export function firstMentionOf(text: string, entry: GlossaryEntry): string | undefined {
  const matcher = allMatchers().find((m) => m.entry === entry);
  if (!matcher) return undefined;
  const words = (span: Span) => text.slice(span.start, span.end);
  const byPlace = (a: Span, b: Span) => a.start - b.start || b.end - a.end;
  const searched = searchedText(text);
  const named = matcher.names.flatMap((finder) => spansOfName(finder, searched)).sort(byPlace);
  const patterned = matcher.patterns
    .flatMap((re) => spansOf(re, text))
    .filter((span) => shortName.test(words(span)));
  // A match with words of a sentence in it that holds a shorter name is said by that name: "hold time", not "alert
  // has a hold time" ("HTTP 5xx" stays whole).
  const holds = (span: Span) =>
    /\b(?:has|have|had|an?|the|is|was|were|of|its|their)\b/i.test(words(span)) &&
    named.some((n) => span.start <= n.start && n.end <= span.end && n.end - n.start < span.end - span.start);
  const first = [...patterned, ...named].filter((span) => !holds(span)).sort(byPlace)[0];
  return first && words(first);
}

/**
 * Every glossary entry a text mentions (by name, alias or log pattern), in order of first mention. An entry
 * found only inside a longer mention of another is left out: "tokio starvation" is async runtime starvation, not
 * also the async runtime; "the connection pool was exhausted" is pool exhaustion, not also the pool.
 */
export function glossaryEntriesIn(text: string): GlossaryEntry[] {
  const searched = searchedText(text);
  const found = allMatchers().flatMap(({ entry, patterns, names }) => {
    const spans = [
      ...patterns.flatMap((re) => spansOf(re, text)),
      ...names.flatMap((finder) => spansOfName(finder, searched)),
    ];
    return spans.length > 0 ? [{ entry, spans }] : [];
  });
  const inside = (span: Span, other: Span) =>
    other.start <= span.start && span.end <= other.end && other.end - other.start > span.end - span.start;
  return found
    .filter(
      ({ entry, spans }) =>
        !spans.every((span) =>
          found.some((other) => other.entry !== entry && other.spans.some((o) => inside(span, o))),
        ),
    )
    .map(({ entry, spans }) => ({ entry, first: Math.min(...spans.map((span) => span.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ entry }) => entry);
}
