import { knownFirstNames, notNames, productNames, roles } from './rules/generated/lexicon.js';

/**
 * First names that are also everyday English words. Alone they are words ("Will we see it again?", "May 3"); they
 * count as a name only when a capitalised surname follows ("Will Turner") or the caller already knows the person.
 */
const wordNames = new Set([
  'will',
  'may',
  'mark',
  'rust',
  'bill',
  'pat',
  'grant',
  'hope',
  'faith',
  'joy',
  'rose',
  'june',
  'april',
  'august',
  'dawn',
  'summer',
  'amber',
  'ruby',
  'jade',
  'jack',
  'frank',
  'max',
  'art',
  'ray',
  'guy',
  'can',
  'lee',
  'kim',
  'jin',
  'ren',
  'jun',
  'lin',
  'yan',
  'ana',
  'eve',
  'ben',
  'rob',
  'sam',
  'dan',
  'tim',
  'hao',
  'li',
  'kai',
  'ama',
]);

/** Whether a first name is also an everyday word (Will, May, Rust), to be replaced only where it is a name. */
export function isEverydayWord(word: string): boolean {
  const lower = word.toLowerCase();
  return wordNames.has(lower) || notNames.has(lower);
}

/** Whether a word is a first name debrief knows (Priya, Kwame, Yuki), in any case. */
export function isKnownFirstName(word: string): boolean {
  return knownFirstNames.has(word.toLowerCase());
}

/** Whether a word names a product or tool debrief knows (PagerDuty, Kafka, PostgreSQL): not a person, not internal. */
export function isProductName(word: string): boolean {
  return productNames.has(word.toLowerCase());
}

const capitalised = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;
const wordPattern = /[\p{L}][\p{L}'’-]*/gu;
// Words that, before a pair of capitalised words, say the pair is someone: "paged Ada Obi", "thanks to Ada Obi".
const personCues = new Set([
  'by',
  'paged',
  'pinged',
  'asked',
  'told',
  'thanks',
  'thank',
  'with',
  'cc',
  'from',
]);
// Titles: "Dr. Olúwaseun Adéyẹmí", "Ms Okafor".
const titles = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dame']);
// What only people do, after a pair of capitalised words: "Olúwaseun Adéyẹmí confirmed recovery" (not
// "restarted" or "deployed", which a "Payment Gateway" does too).
const personVerbs = new Set([
  'said',
  'says',
  'asked',
  'confirmed',
  'acknowledged',
  'joined',
  'noticed',
  'wrote',
  'suggested',
  'agreed',
  'replied',
  'declared',
  'volunteered',
  'took',
]);

const isNameWord = (word: string) =>
  capitalised.test(word) &&
  !notNames.has(word.toLowerCase()) &&
  !productNames.has(word.toLowerCase()) &&
  !roles.has(word.toLowerCase());

/**
 * The people a free text names, as written: a known first name with its capitalised surname ("Priya Raghunathan"),
 * a known first name alone where it cannot be a word, and a pair of capitalised words after a cue such as "by" or
 * "paged" ("resolved by Ada Obi"). Products, months, roles and common words are never names. Used to find people
 * in evidence and prose that no roster lists; the roster is always matched first by its caller.
 */
export function personNamesIn(text: string): string[] {
  const found = new Set<string>();
  const words = [...text.matchAll(wordPattern)].map((m) => ({
    word: m[0].replace(/['’]s$/u, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (let i = 0; i < words.length; i++) {
    const current = words[i]!;
    const lower = current.word.toLowerCase();
    const next = words[i + 1];
    // The surname must follow directly, with only a space between.
    const surname =
      next && text.slice(current.end, next.start) === ' ' && isNameWord(next.word) ? next.word : undefined;
    if (knownFirstNames.has(lower) && capitalised.test(current.word)) {
      if (surname) {
        // Names run longer than two words ("María José García", "José Ñúñez García"): take a capitalised name
        // word just before, unless it opens the sentence, and a second surname after.
        const before = words[i - 1];
        const lead =
          before &&
          text.slice(before.end, current.start) === ' ' &&
          isNameWord(before.word) &&
          !atSentenceStart(text, before.start)
            ? `${before.word} `
            : '';
        const after = words[i + 2];
        const second =
          after && text.slice(next!.end, after.start) === ' ' && isNameWord(after.word)
            ? ` ${after.word}`
            : '';
        found.add(`${lead}${current.word} ${surname}${second}`);
        i += second ? 2 : 1;
        continue;
      }
      if (wordNames.has(lower) || notNames.has(lower)) continue;
      if (
        atSentenceStart(text, current.start) &&
        /^\s+(?:we|you|they|it|i|the|this|that)\b/i.test(text.slice(current.end))
      )
        continue;
      found.add(current.word);
      continue;
    }
    const previous = words[i - 1];
    const previousWord = previous?.word.toLowerCase().replace(/\.$/, '');
    const after = surname ? words[i + 2] : undefined;
    if (
      isNameWord(current.word) &&
      surname &&
      !knownFirstNames.has(surname.toLowerCase()) &&
      ((previousWord !== undefined && (personCues.has(previousWord) || titles.has(previousWord))) ||
        (after !== undefined && personVerbs.has(after.word.toLowerCase())))
    ) {
      found.add(`${current.word} ${surname}`);
      i++;
    }
  }
  return [...found];
}

function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  return index === 0 || /(?:^|[.!?:]\s+|\n\s*)$/.test(before);
}
