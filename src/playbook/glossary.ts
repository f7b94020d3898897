import { goTerms } from './content/generated/glossary-go.js';
import { incidentTerms } from './content/generated/glossary-incident.js';
import { infrastructureTerms } from './content/generated/glossary-infrastructure.js';
import { rustTerms } from './content/generated/glossary-rust.js';
import { bareName, isCodeName, nameRegExp, type Span, spansOf, wordsOf } from './glossary-names.js';
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
  names: RegExp[];
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
      names: names.map((name) => nameRegExp(name, code.has(normalise(name)))),
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
  const exact = findGlossaryTerm(text);
  if (exact) return exact;
  let best: { entry: GlossaryEntry; score: number } | undefined;
  const consider = (entry: GlossaryEntry, res: RegExp[], bonus: number) => {
    for (const re of res) {
      for (const { start, end } of spansOf(re, text)) {
        const score = bonus + end - start;
        if (!best || score > best.score) best = { entry, score };
      }
    }
  };
  for (const { entry, patterns, names } of allMatchers()) {
    consider(entry, patterns, 1_000);
    consider(entry, names, 0);
  }
  return best?.entry;
}

/**
 * The entry a person asks for by name (`debrief playbook glossary WORD`): by id, name or alias, then as
 * `glossaryEntryFor` reads a text, then by any one word of a term or alias ("pool" finds "Connection pool",
 * "checker" finds "Borrow checker"); among entries sharing the word, the one whose name has fewest words wins.
 */
export function lookUpGlossary(query: string): GlossaryEntry | undefined {
  const found = glossaryEntryFor(query);
  if (found) return found;
  const wanted = wordsOf(query);
  if (wanted.length === 0) return undefined;
  let best: { entry: GlossaryEntry; size: number } | undefined;
  for (const entry of glossary) {
    for (const [index, name] of [entry.term, ...entry.aliases].entries()) {
      const words = wordsOf(name);
      if (!wanted.every((word) => words.includes(word))) continue;
      // The term outranks an alias of the same length.
      const size = words.length * 2 + (index === 0 ? 0 : 1);
      if (!best || size < best.size) best = { entry, size };
    }
  }
  return best?.entry;
}

/**
 * Every glossary entry a text mentions (by name, alias or log pattern), in order of first mention. An entry
 * found only inside a longer mention of another is left out: "tokio starvation" is async runtime starvation, not
 * also the async runtime; "the connection pool was exhausted" is pool exhaustion, not also the pool.
 */
export function glossaryEntriesIn(text: string): GlossaryEntry[] {
  const found = allMatchers().flatMap(({ entry, patterns, names }) => {
    const spans = [...patterns, ...names].flatMap((re) => spansOf(re, text));
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
