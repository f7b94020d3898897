import { findGlossaryTerm, glossary, normalise, patternEntryFor } from './glossary.js';
import { bareName, baseKey, nameKey, singular, stem, typos } from './glossary-names.js';
import type { GlossaryEntry } from './schema.js';

// How a person's word or phrase finds its glossary entry (`debrief playbook glossary WORD`), and what they may have
// meant when nothing answers it for sure. Finding entries in a report's text is glossary.ts's.

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
  /** How many of the query's words the entry's names hold as written (plurals aside), not only by stem. */
  exact: number;
}

/** The words of a name or query as written, but for a plural ending: "retries" is written "retry". */
const wordsOf = (text: string) =>
  bareName(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map(singular);

let knownStems: Set<string> | undefined;

/**
 * The query's words that no entry's name holds, numbers aside ("PR #4821" is a pull request, "99th percentile" a
 * percentile): a query with such a word asks about something the glossary lacks ("hot reload"), whatever its other
 * words are.
 */
function unknownWords(stems: readonly string[]): string[] {
  knownStems ??= new Set(glossary.flatMap((entry) => [entry.term, ...entry.aliases].flatMap(stemsOf)));
  const known = knownStems;
  return stems.filter((word) => !known.has(word) && !/^\p{N}/u.test(word));
}

/** The entries holding any of the query's words, most of them first (see `Ranked`), and how many words it has. */
function rankByWords(query: string): { ranked: Ranked[]; wanted: string[] } {
  const wanted = [...new Set(stemsOf(query))];
  if (wanted.length === 0) return { ranked: [], wanted };
  const asWritten = [...new Set(wordsOf(query))].filter((word) => word.length > 1 && !stopWords.has(word));
  const ranked: Ranked[] = [];
  for (const entry of glossary) {
    const names = [entry.term, ...entry.aliases].map(stemsOf);
    const union = new Set(names.flat());
    const covered = wanted.filter((word) => union.has(word)).length;
    if (covered === 0) continue;
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
  ranked.sort((a, b) => b.covered - a.covered || b.exact - a.exact || a.size - b.size);
  return { ranked, wanted };
}

/**
 * The entries a query's words answer: those holding at least half of them (one shared word of a long phrase is no
 * answer), and none when the glossary does not know one of them ("hot reload" is no hot partition).
 */
function answersByWords(query: string): Ranked[] {
  const { ranked, wanted } = rankByWords(query);
  if (unknownWords(wanted).length > 0) return [];
  return ranked.filter((r) => r.covered * 2 >= wanted.length);
}

interface NameKeys {
  /** Each id, term and alias by its `nameKey`: "goroutine", "failover". */
  asWritten: Map<string, GlossaryEntry>;
  /** The same by its `baseKey`: "pod" for "Pods", "crashloop" for "crash looping". */
  inflected: Map<string, GlossaryEntry>;
}

let keys: NameKeys | undefined;

function nameKeys(): NameKeys {
  if (keys) return keys;
  const built: NameKeys = { asWritten: new Map(), inflected: new Map() };
  for (const entry of glossary) {
    for (const name of [entry.id, entry.term, ...entry.aliases]) {
      if (!built.asWritten.has(nameKey(name))) built.asWritten.set(nameKey(name), entry);
      if (!built.inflected.has(baseKey(name))) built.inflected.set(baseKey(name), entry);
    }
  }
  keys = built;
  return built;
}

/**
 * The entry a query names, however it is written: in any case, with or without spaces and hyphens between the parts
 * of a name ("go routine" is Goroutine, "fail-over" Failover, "crashloop" Crash loop), in another form of its words
 * ("pods", "crash looping"). A name as written wins over another's form.
 */
function namedEntry(query: string): GlossaryEntry | undefined {
  const { asWritten, inflected } = nameKeys();
  return asWritten.get(nameKey(query)) ?? inflected.get(baseKey(query));
}

/**
 * Entries with a name within `most` typos of the query, nearest first; with `words`, a name's single words count too
 * ("chekcer" is near Borrow checker), after a whole name as near. A short query (five letters or fewer) is near a
 * word only by a letter more or less at its end ("mute" is near mutex): "talk" is a typo away from "task", and from
 * many words it was never meant for. Words shorter than four letters are left out: a typo away from one is any word.
 */
function nearlyNamed(query: string, most: number, words: boolean): GlossaryEntry[] {
  const key = nameKey(query);
  const nearWord = (word: string) =>
    key.length > 5
      ? typos(key, word, most)
      : Math.abs(word.length - key.length) === 1 && (word.startsWith(key) || key.startsWith(word))
        ? 1
        : most + 1;
  const found: Array<{ entry: GlossaryEntry; distance: number }> = [];
  for (const entry of glossary) {
    const names = [entry.term, ...entry.aliases];
    const whole = Math.min(...names.map((name) => typos(key, nameKey(name), most)));
    const parts = words ? names.flatMap(wordsOf).filter((word) => word.length >= 4) : [];
    const part = Math.min(most + 1, ...parts.map(nearWord));
    const distance = Math.min(whole, part + 0.5);
    if (distance <= most + 0.5) found.push({ entry, distance });
  }
  return found
    .sort((a, b) => a.distance - b.distance || a.entry.term.length - b.entry.term.length)
    .map(({ entry }) => entry);
}

/** The one entry whose name the query is with a typo ("goroutinne" is Goroutine); none when several are as near. */
function mistypedEntry(query: string): GlossaryEntry | undefined {
  // In a short word a typo makes another word: "cheap" is no mistyped heap, nor "entry" Sentry.
  if (nameKey(query).length < 7) return undefined;
  const near = nearlyNamed(query, 1, false);
  return near.length === 1 ? near[0] : undefined;
}

/**
 * The entries a person may mean by a word or phrase (`debrief playbook glossary WORD`), best first: the one it
 * names, however written (see `namedEntry`); a log line by its pattern ("all goroutines are asleep"); else the
 * entry whose names hold most of its words, stems compared ("tokio runtime starved" is async runtime starvation,
 * "p99 latency" percentile latency), the tighter name winning; else the one it names with a typo. The others that
 * hold as many of its words follow ("select" is Go's select statement, and also Rust's select!), at most four.
 * Empty when nothing answers it for sure: `glossarySuggestions` are what it may have meant.
 */
export function glossaryMatches(query: string): GlossaryEntry[] {
  const answers = answersByWords(query);
  const first = namedEntry(query) ?? patternEntryFor(query) ?? answers[0]?.entry ?? mistypedEntry(query);
  if (!first) return [];
  const top = answers[0]?.covered ?? 0;
  const others = answers.filter((r) => r.entry !== first && r.covered === top).map((r) => r.entry);
  return [first, ...others.slice(0, 4)];
}

/**
 * What a query that `glossaryMatches` does not answer may have meant, for a "did you mean": entries holding some
 * of its words, then those with a name (or a word of one) a typo or two away, at most `most`. Never one that only
 * mentions the query in its explanation: "WAL" is not the brown-bag session that "walks through" an incident.
 */
export function glossarySuggestions(query: string, most = 5): GlossaryEntry[] {
  const { ranked, wanted } = rankByWords(query);
  const sharing = ranked.filter((r) => r.covered * 2 >= wanted.length).map((r) => r.entry);
  const length = nameKey(query).length;
  const allowed = length >= 8 ? 2 : length >= 4 ? 1 : 0;
  const near = allowed > 0 ? nearlyNamed(query, allowed, true) : [];
  return [...new Set([...sharing, ...near])].slice(0, most);
}

/** The entry a person asks for by name: the first of `glossaryMatches`. */
export function lookUpGlossary(query: string): GlossaryEntry | undefined {
  return glossaryMatches(query)[0];
}
