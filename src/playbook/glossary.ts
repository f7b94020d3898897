import { goTerms } from './content/generated/glossary-go.js';
import { incidentTerms } from './content/generated/glossary-incident.js';
import { infrastructureTerms } from './content/generated/glossary-infrastructure.js';
import { rustTerms } from './content/generated/glossary-rust.js';
import {
  bareName,
  baseKey,
  isCodeName,
  type NameFinder,
  nameFinder,
  nameKey,
  type Span,
  searchedText,
  singular,
  spansOf,
  spansOfName,
  stem,
  typos,
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

/** A name as the glossary compares names: no code marks, lower case, one space between words. */
export const normalise = (text: string) =>
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

/**
 * The glossary entry a piece of text is about: an id or name, or a log line or error such as
 * "fatal error: all goroutines are asleep - deadlock!" or "called `Option::unwrap()` on a `None` value".
 * Log patterns win over plain names, and the longest match wins, so a Rust stack overflow is not read as Go's.
 */
export function glossaryEntryFor(text: string): GlossaryEntry | undefined {
  return findGlossaryTerm(text) ?? bestInText(text, true);
}

/** The entry whose log pattern a text matches (the longest match), if any. */
export function patternEntryFor(text: string): GlossaryEntry | undefined {
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
