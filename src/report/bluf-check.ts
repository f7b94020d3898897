import type { IncidentDocument } from '../domain/index.js';
import { glossaryEntriesIn } from '../playbook/index.js';
import { codeNamesIn } from './code-names.js';
import { nameReplacer } from './name-replacer.js';
import type { PeopleRegistry } from './people.js';
import { spellingIn } from './words-section.js';

// The bottom line an author writes for executives is published as written: debrief neither rewrites nor glosses
// it (it is the first thing read, in the author's voice). So what an executive cannot read in it, or should not read
// there, is said to the author before it goes out: engineers' words and people's names.

// An alert rule's hold clause ("for: 10m"), a Go duration ("10m", "1h30m"), a CamelCase alert name (PaymentsHigh5xx).
const holdClause = /`?for:\s*\d+\s*[smhd]`?/gi;
const goDuration = /(?<![\p{L}\p{N}$€£.,])\d+(?:h\d+m|h|m)(?:\d+s)?(?![\p{L}\p{N}])/gu;
const camelName =
  /\b(?:[A-Z][a-z\d]+|[A-Z]{2,}(?=[A-Z][a-z]))(?:[A-Z][a-z\d]+|[A-Z]{2,}(?=[A-Z][a-z\d]|\b)){2,}\b/g;

/** The engineers' words an author's bottom line uses, each once, as written. */
export function jargonIn(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of [holdClause, goDuration, camelName])
    for (const [words] of text.matchAll(pattern)) found.add(words.replace(/`/g, ''));
  for (const entry of glossaryEntriesIn(text)) {
    // The words of the review itself (SEV1, SLA, error budget) are explained in every exec report, and everyday
    // words the glossary also explains (rollback, timeout, load test) read as they are; Go and Rust terms, and
    // shorthand (p95, 5xx, max_conns), do not.
    const spelled = spellingIn(text, entry);
    if (entry.kind === 'incident-management') continue;
    if (entry.kind === 'infrastructure' && !/[_.:()`\d]|\p{Ll}\p{Lu}/u.test(spelled)) continue;
    found.add(spelled);
  }
  for (const name of codeNamesIn(text)) found.add(name);
  // "10m" inside "for: 10m" is said once.
  const all = [...found];
  return all.filter((words) => !all.some((other) => other !== words && other.includes(words)));
}

/** The people an author's bottom line names, by the spelling it uses (full name, first name, handle). */
export function peopleIn(text: string, registry: PeopleRegistry): string[] {
  // Each person's spellings become a marker with their place in the registry; the markers left say who is named.
  const marked = nameReplacer(registry, (person) => `\uE000${registry.people.indexOf(person)}\uE001`)(text);
  const named = [...marked.matchAll(/\uE000(\d+)\uE001/g)].map(
    (m) => registry.people[Number(m[1])]?.name ?? '',
  );
  return [...new Set(named)].filter(Boolean);
}

/**
 * Warnings for an author's own bottom line in an exec report: the engineers' words it uses (a hold clause such as
 * `for: 10m`, an alert name, a term from the Go, Rust or infrastructure glossary, a name from code), and the people
 * it names (an executive report holds actions to account, never people; not asked when the report is anonymised).
 */
export function authoredBlufWarnings(
  doc: Pick<IncidentDocument, 'id' | 'bluf'> & { title?: string },
  registry: PeopleRegistry,
  options: { people?: boolean } = {},
): string[] {
  const warnings: string[] = [];
  // The title heads the exec report too: a person named there is singled out first (trial 12d D-28).
  const titled = options.people === false || !doc.title ? [] : peopleIn(doc.title, registry);
  if (titled.length > 0)
    warnings.push(
      `${doc.id}'s title names ${titled.join(', ')}; an executive report holds actions to account, not people: name the change and the team, with \`debrief edit ${doc.id}\`.`,
    );
  const bluf = doc.bluf.trim();
  if (bluf === '') return warnings;
  const jargon = jargonIn(bluf);
  if (jargon.length > 0)
    warnings.push(
      `${doc.id}'s bottom line, published as written for executives, uses engineers' words: ${jargon.join(', ')}; say them in plain words with \`debrief edit ${doc.id}\`.`,
    );
  // An anonymised report says roles where the names were.
  const people = options.people === false ? [] : peopleIn(bluf, registry);
  if (people.length > 0)
    warnings.push(
      `${doc.id}'s bottom line names ${people.join(', ')}; an executive report holds actions to account, not people: name the change and the team, with \`debrief edit ${doc.id}\`.`,
    );
  return warnings;
}
