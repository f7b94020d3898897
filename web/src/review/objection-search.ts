import { raisedBy } from '../../../src/playbook/objections.js';
import type { Objection } from '../../../src/playbook/schema.js';

const normalize = (text: string) => text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"');

// Words people use in the room for what the objections say in other words: a search for "blame" or "fire" finds
// the objections about who made the mistake or who should lose their job. Each family is searched as one word.
const families: readonly (readonly string[])[] = [
  [
    'blame',
    'blaming',
    'fault',
    'culprit',
    'who',
    'mistake',
    'wrong',
    'error',
    'responsible',
    'accountable',
    'name',
    'root cause',
  ],
  [
    'careless',
    'sloppy',
    'lazy',
    'negligent',
    'negligence',
    'incompetent',
    'careful',
    'should have known',
    'mistake',
  ],
  [
    'fire',
    'fired',
    'sack',
    'punish',
    'punishment',
    'discipline',
    'consequences',
    'lose their job',
    'held to account',
    'accountable',
  ],
  ['accountable', 'accountability', 'responsible', 'responsibility', 'held to account', 'name'],
  ['slow', 'late', 'delay', 'took too long', 'minutes', 'respond'],
  ['vendor', 'supplier', 'third party', 'provider', 'dependency'],
  ['hero', 'saved', 'saves', 'luckily', 'lucky'],
  ['qa', 'tester', 'testing', 'caught'],
  ['deadline', 'launch', 'no time', "don't have time"],
  ['process', 'procedure', 'rules', 'followed', 'approval'],
  ['repeat', 'again', 'keeps', 'one-off'],
];

const stem = (word: string) => word.replace(/(?:ing|ed|es|s|ly)$/, '');

/** The words a search word stands for: itself, and its family when it belongs to one (by its stem too). */
function meanings(word: string): string[] {
  const found = families.filter((family) =>
    family.some((member) => member === word || (word.length > 3 && stem(member) === stem(word))),
  );
  return [word, ...found.flat()];
}

/**
 * The objections matching a search: every word typed (or a word meaning the same in a review: "blame", "fault",
 * "careless", "fire") must appear in what was said, the answer (acknowledgement, explanation, system checks), the
 * redirect or who tends to say it, in any case and with straight or curly quotes. A quoted phrase or a few words
 * that match literally are searched as typed.
 */
export function searchObjections(all: readonly Objection[], query: string): Objection[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...all];
  return all.filter((objection) => {
    const haystack = normalize(
      [
        objection.said,
        objection.acknowledge,
        objection.explain,
        ...objection.systemChecks,
        objection.redirect,
        ...objection.saidBy,
        raisedBy(objection),
      ].join(' '),
    );
    return words.every((word) => meanings(word).some((meaning) => haystack.includes(meaning)));
  });
}
