import { goTerms } from './content/generated/glossary-go.js';
import { incidentTerms } from './content/generated/glossary-incident.js';
import { infrastructureTerms } from './content/generated/glossary-infrastructure.js';
import { rustTerms } from './content/generated/glossary-rust.js';
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

interface Matcher {
  entry: GlossaryEntry;
  patterns: RegExp[];
  names: RegExp[];
}

let matchers: Matcher[] | undefined;

// Built on first use: 80 entries with a few regular expressions each is cheap, but not needed by every caller.
function allMatchers(): Matcher[] {
  matchers ??= glossary.map((entry) => ({
    entry,
    patterns: entry.patterns.map((source) => new RegExp(source, 'im')),
    names: [entry.term, ...entry.aliases].map(
      (name) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, 'iu'),
    ),
  }));
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
  for (const { entry, patterns, names } of allMatchers()) {
    for (const pattern of patterns) {
      const found = pattern.exec(text);
      if (found && (!best || 1_000 + found[0].length > best.score)) {
        best = { entry, score: 1_000 + found[0].length };
      }
    }
    for (const name of names) {
      const found = name.exec(text);
      if (found && (!best || found[0].length > best.score)) best = { entry, score: found[0].length };
    }
  }
  return best?.entry;
}

/** Every glossary entry mentioned in a text (by name, alias or log pattern), in glossary order. */
export function glossaryEntriesIn(text: string): GlossaryEntry[] {
  return allMatchers()
    .filter(({ patterns, names }) => [...patterns, ...names].some((re) => re.test(text)))
    .map(({ entry }) => entry);
}
