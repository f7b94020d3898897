import { isListedFirstName } from './first-names.js';
import {
  auxiliaries,
  beforeNoSubject,
  irregularPast,
  machineVerbs,
  personCues,
  personVerbs,
  strongCues,
  surnameParticles,
  titles,
} from './person-name-words.js';
import { isPlaceWord } from './place-names.js';
import {
  departments,
  everydayNames,
  knownFirstNames,
  notNames,
  nounSuffix,
  personalActs,
  personPronouns,
  productNames,
  roles,
  subjectTrailers,
  systemNouns,
  thingPronouns,
  workProducts,
} from './rules/generated/lexicon.js';

/**
 * Whether a first name is also an everyday word (Will, May, Rust, Page) or any word of the analyzer's lexicon
 * (a product, a role, a system noun, a month): replaced only where it is a name, never on list membership alone.
 */
export function isEverydayWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    everydayNames.has(lower) ||
    notNames.has(lower) ||
    productNames.has(lower) ||
    roles.has(lower) ||
    systemNouns.has(lower) ||
    workProducts.has(lower) ||
    personalActs.has(lower) ||
    departments.has(lower) ||
    subjectTrailers.has(lower) ||
    personPronouns.has(lower) ||
    thingPronouns.has(lower)
  );
}

/**
 * Whether a word is a first name debrief knows (Priya, Kwame, Olumide), in any case: the short list in lexicon.yml,
 * or the broad list (see first-names.ts) when the word is not also an everyday word.
 */
export function isKnownFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  return knownFirstNames.has(lower) || (!isEverydayWord(lower) && isListedFirstName(lower));
}

/**
 * Whether a word is used as a first name at all, also when it is an everyday word too (Grant, Will, May): for a
 * full name written with capitals in the middle of a sentence ("by Grant Page"), where the pair shows it is a name.
 */
export function isFirstNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    !productNames.has(lower) &&
    (knownFirstNames.has(lower) || everydayNames.has(lower) || isListedFirstName(lower))
  );
}

/** Whether a word names a product or tool debrief knows (PagerDuty, Kafka, PostgreSQL): not a person, not internal. */
export function isProductName(word: string): boolean {
  return productNames.has(word.toLowerCase());
}

// "Okafor", "O’Neil", and a hyphenated name whose parts are capitalised too ("Jean-Luc", "Mary-Jane").
const capitalised = /^\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]*)*\p{Ll}$/u;
const lowerWord = /^\p{Ll}{2,}$/u;
const wordPattern = /[\p{L}][\p{L}'’-]*/gu;
// A chat user who is or is not available: "bill is around", "grant is back".
const availability =
  /^\s+(?:is|was|'s|’s) (?:around|here|back|online|offline|away|out|ooo|afk|on it)(?=$|[\s.,;!?]|$)/u;
// A line as chat tools export it: "#inc-42 priya: …", "[14:02] ana: …", "<ana> …", "ana: …".
const chatPrefix =
  /^\s*(?:#[\w-]+\s+)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?:<@?[\w.-]+>|@?[\w.-]+(?: \(in thread\))?:)\s/u;
const pronounAfter = /^\s+(?:we|you|they|it|i|the|this|that|he|she|there)\b/i;

interface Word {
  word: string;
  lower: string;
  possessive: boolean;
  start: number;
  end: number;
}

const isNameWord = (word: string) =>
  capitalised.test(word) &&
  !notNames.has(word.toLowerCase()) &&
  !productNames.has(word.toLowerCase()) &&
  !roles.has(word.toLowerCase());

/** A capitalised word that is no lexicon word: a name's second word even when it is a product ("Will Rust"). */
const isSurnameLike = (word: string) => capitalised.test(word) && !roles.has(word.toLowerCase());

const groupWords = new Set(['team', 'squad', 'group', 'crew', 'rotation', 'desk', 'org', 'department']);
const isGroupWord = (word: Word | undefined) =>
  word !== undefined &&
  (groupWords.has(word.lower) || departments.has(word.lower) || /^\p{Lu}{2,}s?$/u.test(word.word));

/**
 * Whether the name at `i` is said with the group it belongs to, then acts: "Mercedes in finance reported the gap",
 * "Grace from support escalated", "Siobhán from the SRE team paged Tariq" (trial 18f: such names reached a public
 * report). The group is a department, a team word or an abbreviation; the verb follows it.
 */
function ofGroupActs(words: readonly Word[], i: number, personVerbOnly = false): boolean {
  if (!/^(?:in|from|on|at|of)$/.test(words[i + 1]?.word ?? '')) return false;
  let j = i + 2;
  if (/^(?:the|our)$/.test(words[j]?.lower ?? '')) j++;
  if (!isGroupWord(words[j])) return false;
  while (isGroupWord(words[j + 1])) j++;
  const verb = words[j + 1];
  return personVerbOnly ? verb !== undefined && personVerbs.has(verb.lower) : isSubjectVerb(verb);
}

/** Whether a word reads as a verb in the past tense or as a person's verb: the name before it is its subject. */
function isSubjectVerb(word: Word | undefined): boolean {
  if (!word) return false;
  // "re-ran", "re-deployed": the verb again (trial 30 kept "then aigerim re-ran the DAG" in a public report).
  const verb = word.word.replace(/^re-(?=\p{Ll})/u, '');
  if (!lowerWord.test(verb)) return false;
  const lower = verb.toLowerCase();
  return personVerbs.has(lower) || irregularPast.has(lower) || /[^e]ed$|[^aeiou]ied$/.test(lower);
}

/**
 * Whether a capitalised pair whose first word is a first name acts as a person: before a person's verb, or before
 * any verb when the second word is itself a name, a product or a name-word ("Will Rust rolled back"; not "Chase
 * Bank reported").
 */
function pairActs(second: Word, verb: Word | undefined): boolean {
  if (verb === undefined || !lowerWord.test(verb.word)) return false;
  if (personVerbs.has(verb.lower)) return true;
  const surnameWord =
    productNames.has(second.lower) || everydayNames.has(second.lower) || isListedFirstName(second.lower);
  return surnameWord && isSubjectVerb(verb);
}

/**
 * The people a free text names, as written. Configured people and incident participants are matched by the caller
 * first; here the evidence is a name list and the sentence:
 * - a first name with its capitalised surname ("Priya Raghunathan", "Will Rust" when a verb follows);
 * - a first name alone where it cannot be a word: the short list anywhere, the broad list as the subject of a verb,
 *   in the possessive or after a cue ("Olumide restarted the pods", "Olumide's change", "paged Olumide");
 * - a name that is also a word (Will, May, Grant) only with a person's verb or a strong cue ("Grant decided…",
 *   "paged Grant"), never before a plain verb ("Will watch it") or a pronoun ("May we…");
 * - in chat-like text, a lower-case name as the subject of a person's verb ("grant decided to fail over", "bill is
 *   around");
 * - a pair of capitalised words after a cue or before a person's verb ("resolved by Ada Obi").
 * Products, months, roles and common words are never names by themselves.
 */
export function personNamesIn(text: string): string[] {
  return [...new Set(personNameSpans(text).map((span) => span.name))];
}

/** A name found in free text, and where it starts. */
export interface NameSpan {
  name: string;
  start: number;
}

/**
 * The names `personNamesIn` finds, each where it stands: a replacer uses it to change that place, not the word.
 * `alsoFirstNames` (lower case) are first names the caller knows besides the lists (an incident's people).
 */
export function personNameSpans(text: string, alsoFirstNames?: ReadonlySet<string>): NameSpan[] {
  const spans: NameSpan[] = [];
  const found = { add: (name: string, start: number) => spans.push({ name, start }) };
  const words: Word[] = [...text.matchAll(wordPattern)].map((m) => {
    const word = m[0].replace(/['’]s$/u, '');
    return {
      word,
      lower: word.toLowerCase(),
      possessive: word.length < m[0].length,
      start: m.index,
      end: m.index + m[0].length,
    };
  });
  const chat = isChatLike(text);
  for (let i = 0; i < words.length; i++) {
    const current = words[i] as Word;
    const { lower } = current;
    const next = words[i + 1];
    const spaced = (a: Word | undefined, b: Word | undefined) =>
      a !== undefined && b !== undefined && !a.possessive && text.slice(a.end, b.start) === ' ';
    if (!capitalised.test(current.word)) {
      const handle = alsoFirstNames?.has(lower) === true;
      if (handle ? knownLowerName(text, words, i) : chat && lowerChatName(text, words, i, alsoFirstNames))
        found.add(current.word, current.start);
      continue;
    }
    const previous = words[i - 1];
    // A word that ends a sentence cues nothing after it: "It paged. The disk was full." (a title keeps its dot).
    const stripped = previous?.lower.replace(/\.$/, '');
    const ended = previous !== undefined && /[.!?]/.test(text.slice(previous.end, current.start));
    const previousWord = stripped !== undefined && (!ended || titles.has(stripped)) ? stripped : undefined;
    const cued = previousWord !== undefined && (personCues.has(previousWord) || titles.has(previousWord));
    const known = knownFirstNames.has(lower) || alsoFirstNames?.has(lower) === true;
    const everyday = isEverydayWord(lower);
    const listed = known || (!notNames.has(lower) && !productNames.has(lower) && isListedFirstName(lower));
    const surname = spaced(current, next) && isNameWord(next!.word) ? next!.word : undefined;
    // "On Monday Priya restarted it", "In March Dana reverted it": a day or a month after the words that date a
    // sentence is when, not the first word of a name (some lists hold Monday and March as given names).
    if (!known && !current.possessive && datesWhen(lower, previousWord)) continue;
    // "requests from Singapore, Jakarta and Sydney": a place that is also a first name, where it stands as a place
    // (trial 28 F12 read two of them as engineers).
    if (isPlaceWord(lower) && !current.possessive && standsAsPlace(text, words, i)) continue;
    // "a second provider in São Paulo", "our POP in Santa Clara": a capitalised pair after a preposition of place,
    // owning nothing and doing nothing, is a place (trial 18f read São Paulo as a person in a bottom line).
    const place =
      previousWord !== undefined &&
      /^(?:in|at|near|across|around|throughout|outside|inside)$/.test(previousWord) &&
      !known &&
      surname !== undefined &&
      !next!.possessive &&
      !isSubjectVerb(words[i + 2]);
    if (place) {
      i++;
      continue;
    }
    // One capitalised word after "in" or "near", owning nothing, is a place too, whatever follows: "Tomás in Berlin
    // restarted it" (the verb is Tomás's), "the team in Dublin paged". People are met at, from or by, not in.
    if (
      previousWord !== undefined &&
      /^(?:in|near|across|throughout|outside|inside)$/.test(previousWord) &&
      !known &&
      !current.possessive &&
      !surname
    )
      continue;
    if (listed && (known || !everyday) && surname) {
      i += addFullName(text, words, i, found);
      continue;
    }
    // A name that is also a word, with a surname and a verb: "Will Rust rolled back", "Grant Page confirmed"; a
    // word people are named (also a product: "Rust Ólafsson said") with a surname no lexicon knows, before a
    // person's verb (trial 12g G-13); "Kafka Connect said" names no one.
    const wordWithSurname =
      !listed &&
      everydayNames.has(lower) &&
      spaced(current, next) &&
      nameShaped(next!.word) &&
      words[i + 2] !== undefined &&
      personVerbs.has((words[i + 2] as Word).lower);
    // A first name and a surname owning what a person writes: "See Grace May's notes" (trial 12g G-25).
    const owned = words[i + 2];
    const pairOwns =
      (listed || everydayNames.has(lower)) &&
      !(previous !== undefined && /^(?:the|a|an|our|their|this|that)$/.test(previous.lower)) &&
      spaced(current, next) &&
      next!.possessive &&
      isSurnameLike(next!.word) &&
      owned !== undefined &&
      (workProducts.has(owned.lower) || personalThings.has(owned.lower));
    if (
      wordWithSurname ||
      pairOwns ||
      (listed && spaced(current, next) && isSurnameLike(next!.word) && pairActs(next!, words[i + 2]))
    ) {
      found.add(`${current.word} ${next!.word}`, current.start);
      i++;
      continue;
    }
    // "Seán Ó Briain", "Jean-Luc van der Berg": a listed name with particles and a surname after it is a full name.
    const withParticles =
      listed && (known || !everyday) && !current.possessive
        ? particled.exec(text.slice(current.end))?.[0]?.replace(/['’]s$/u, '')
        : undefined;
    if (withParticles) {
      found.add(`${current.word}${withParticles}`, current.start);
      while (words[i + 1] && (words[i + 1] as Word).start < current.end + withParticles.length) i++;
      continue;
    }
    // A name that is also a word, said with its group before a person's verb: "Grace from support escalated".
    if (
      (listed || everydayNames.has(lower)) &&
      everyday &&
      !current.possessive &&
      ofGroupActs(words, i, true)
    ) {
      found.add(current.word, current.start);
      continue;
    }
    const addGiven = () => {
      const family = familyNameBefore(text, spans, previous, current);
      if (family) found.add(`${family.word} ${current.word}`, family.start);
      else found.add(current.word, current.start);
    };
    if (listed && !everyday) {
      if (known && !(atSentenceStart(text, current.start) && pronounAfter.test(text.slice(current.end)))) {
        addGiven();
        continue;
      }
      const determined = previous !== undefined && /^(?:the|a|an|our|their|this|that)$/.test(previous.lower);
      if (
        !determined &&
        (cued || current.possessive || isSubjectVerb(next) || thanked(words, i) || ofGroupActs(words, i))
      ) {
        addGiven();
        continue;
      }
    }
    // A name that is also a word, after a cue that a person follows, with a capitalised surname: "Told Will Hunter
    // to revert", "paged Grace Okafor" (trial 12c C-3).
    if (
      (listed || everydayNames.has(lower)) &&
      everyday &&
      previousWord !== undefined &&
      strongCues.has(previousWord) &&
      spaced(current, next) &&
      isSurnameLike(next!.word)
    ) {
      found.add(`${current.word} ${next!.word}`, current.start);
      i++;
      continue;
    }
    // A name that is also a word, though no list has it as a first name here (Will, May are English words first):
    // a person only where the sentence reads one ("deployed by Will", "May is on call").
    if (!listed && everydayNames.has(lower) && !productNames.has(lower) && !systemNouns.has(lower)) {
      const cuedStrongly = previousWord !== undefined && strongCues.has(previousWord);
      if (cuedStrongly || readsAsPerson(text, words, i)) found.add(current.word, current.start);
      continue;
    }
    if (listed && everyday) {
      // Someone the incident knows by this word acts as a subject where a verb in the past follows: "while Will
      // kept customers informed", "May restarted the pods" (Bill May); not "in May restarted pods".
      // A product or a system noun ("Rust", "Page") acts as a person only with a person's verb.
      const thing = productNames.has(lower) || systemNouns.has(lower);
      const knownActs =
        alsoFirstNames?.has(lower) === true &&
        !current.possessive &&
        (thing ? next !== undefined && personVerbs.has(next.lower) : actsAsSubject(next)) &&
        !(previous !== undefined && beforeNoSubject.has(previous.lower));
      const strong =
        knownActs ||
        (previousWord !== undefined && (strongCues.has(previousWord) || titles.has(previousWord))) ||
        (next !== undefined && personVerbs.has(next.lower) && !current.possessive) ||
        (!thing && readsAsPerson(text, words, i));
      if (strong && !pronounAfter.test(text.slice(current.end))) found.add(current.word, current.start);
      continue;
    }
    // A name no list has, where only a person fits: thanked ("Thanks to Xiaoming"), after a strong cue ("paged
    // Tendai"), opening a sentence before a person's verb or a hands-on one ("Tendai checked the graphs"), or owning
    // a work product ("Bongani's query"). Without this, names of some cultures were published and others were not
    // (trial 12g G-9).
    // A word ending as a noun does ("Xiaoming") is taken only where a noun cannot stand: thanked, cued, or before
    // what a person does at a keyboard.
    const shaped = nameShaped(current.word);
    if (
      !listed &&
      !everyday &&
      !surname &&
      !knownFirstNames.has(lower) &&
      (shaped || (capitalised.test(current.word) && nounSuffix.test(lower)))
    ) {
      const acts =
        next !== undefined &&
        !current.possessive &&
        text.slice(current.end, next.start) === ' ' &&
        (handsOnVerbs.has(next.word) ||
          (shaped && (personVerbs.has(next.lower) || next.lower === 'checked')));
      const owns =
        shaped &&
        current.possessive &&
        next !== undefined &&
        (workProducts.has(next.lower) || personalThings.has(next.lower));
      if (
        thanked(words, i) ||
        (previousWord !== undefined && strongCues.has(previousWord)) ||
        (acts && atSentenceStart(text, current.start)) ||
        owns
      ) {
        found.add(current.word, current.start);
        continue;
      }
    }
    const after = surname ? words[i + 2] : undefined;
    // Two name-shaped words opening a sentence and acting: "Amaka Eze checked the pool", even when neither is
    // listed; never words of the lexicon or nouns by their ending ("Payment Gateway restarted").
    const unlistedPair =
      surname !== undefined &&
      atSentenceStart(text, current.start) &&
      actsAsSubject(after) &&
      [current.word, surname].every((w) => nameShaped(w));
    if (
      isNameWord(current.word) &&
      surname &&
      !knownFirstNames.has(surname.toLowerCase()) &&
      (cued || unlistedPair || (after !== undefined && personVerbs.has(after.lower)))
    ) {
      found.add(`${current.word} ${surname}`, current.start);
      i++;
    }
  }
  return spans;
}

/**
 * Adds the full name that starts at `words[i]` (a first name with a surname after it). Names run longer than two
 * words ("María José García"): a capitalised name word just before is taken unless it opens the sentence, and a
 * second surname after. Returns how many words after `words[i]` the name took.
 */
function addFullName(
  text: string,
  words: readonly Word[],
  i: number,
  found: { add: (name: string, start: number) => void },
): number {
  const current = words[i] as Word;
  const next = words[i + 1] as Word;
  const before = words[i - 1];
  const lead =
    before &&
    !before.possessive &&
    text.slice(before.end, current.start) === ' ' &&
    isNameWord(before.word) &&
    !atSentenceStart(text, before.start)
      ? `${before.word} `
      : '';
  const after = words[i + 2];
  const afterThat = words[i + 3];
  // A third word that is a name even when it is also an English word, where a verb follows: "Nguyễn Văn An rolled
  // back" (a given name written last); capitalised mid-sentence it is no article.
  const thirdWord =
    after !== undefined &&
    (isNameWord(after.word) ||
      (capitalised.test(after.word) &&
        !roles.has(after.lower) &&
        !productNames.has(after.lower) &&
        afterThat !== undefined &&
        text.slice(after.end, afterThat.start) === ' ' &&
        lowerWord.test(afterThat.word) &&
        isSubjectVerb(afterThat)) ||
      // … or where the name ends: "Thanks to Nguyễn Văn An and Aigerim" (trial 28 F19 left "an engineer An").
      (capitalised.test(after.word) &&
        after.word.length <= 4 &&
        !atSentenceStart(text, after.start) &&
        !roles.has(after.lower) &&
        !productNames.has(after.lower) &&
        (afterThat === undefined
          ? /^\s*[.,;:!?)]?\s*$/.test(text.slice(after.end))
          : /^\s*[,;:.)]/.test(text.slice(after.end)) ||
            (/^(?:and|or)$/.test(afterThat.lower) && text.slice(after.end, afterThat.start) === ' '))));
  const second =
    after && !next.possessive && text.slice(next.end, after.start) === ' ' && thirdWord
      ? ` ${after.word}`
      : '';
  found.add(`${lead}${current.word} ${next.word}${second}`, lead && before ? before.start : current.start);
  return second ? 2 : 1;
}

/** Whether the text reads as chat: all in lower case, or a line with a chat tool's speaker prefix. */
function isChatLike(text: string): boolean {
  return !/\p{Lu}/u.test(text) || chatPrefix.test(text);
}

/**
 * A lower-case name in chat: a first name of either list opening a message or a clause, as the subject of a
 * person's verb or of "is around" ("grant decided to fail over", "bill is around").
 */
function lowerChatName(
  text: string,
  words: readonly Word[],
  i: number,
  alsoFirstNames?: ReadonlySet<string>,
): boolean {
  const current = words[i] as Word;
  if (!lowerWord.test(current.word) || current.possessive) return false;
  const { lower } = current;
  if (
    notNames.has(lower) ||
    productNames.has(lower) ||
    roles.has(lower) ||
    systemNouns.has(lower) ||
    personPronouns.has(lower) ||
    thingPronouns.has(lower) ||
    subjectTrailers.has(lower)
  )
    return false;
  const before = text.slice(0, current.start);
  const opens =
    /(?:^|[.!?;,]\s*|\b(?:and|but|then|so)\s+)$/u.test(before) ||
    chatPrefix.exec(text)?.[0].length === current.start;
  if (!opens) return false;
  const next = words[i + 1];
  const acts =
    (next !== undefined && personVerbs.has(next.lower) && text.slice(current.end, next.start) === ' ') ||
    availability.test(text.slice(current.end));
  return (
    acts && (knownFirstNames.has(lower) || alsoFirstNames?.has(lower) === true || isListedFirstName(lower))
  );
}

/**
 * A verb a person does as a subject: a person's verb, or a past tense that is no auxiliary and not what a system
 * does too ("kept", "rolled", "checked"; not "failed").
 */
function actsAsSubject(word: Word | undefined): boolean {
  return (
    word !== undefined &&
    (personVerbs.has(word.lower) ||
      (isSubjectVerb(word) && !auxiliaries.has(word.lower) && !machineVerbs.has(word.lower)))
  );
}

/** A capitalised word that could be a name and is no word debrief knows, nor a noun by its ending. */
function nameShaped(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    capitalised.test(word) && !isEverydayWord(lower) && !nounSuffix.test(lower) && !knownFirstNames.has(lower)
  );
}

/**
 * A lower-case word the incident knows as someone's handle or first name ("grant", "bill", "will"), in any text:
 * opening a sentence or clause (after a conjunction, "while", "after", a time) as the subject of a verb in the past
 * ("Then grant decided to revert", "At 14:10 bill rolled back"), available ("bill here"), or after "by" or a strong
 * cue where the clause ends ("revert pushed by will"). Never after a determiner or before a plain verb ("we will
 * grant access").
 */
function knownLowerName(text: string, words: readonly Word[], i: number): boolean {
  const current = words[i] as Word;
  if (!lowerWord.test(current.word) || current.possessive) return false;
  const before = text.slice(0, current.start);
  const previous = words[i - 1];
  const next = words[i + 1];
  const after = text.slice(current.end);
  const byCue = previous !== undefined && (previous.lower === 'by' || strongCues.has(previous.lower));
  if (byCue && /^\s*(?:$|[.,;!?)]|\n)/u.test(after) && /\s$/.test(before)) return true;
  const opens =
    /(?:^|[.!?;:,]\s*|\n\s*|\d{1,2}:\d{2}(?::\d{2})?\]?\s+|\b(?:and|but|then|so|while|when|after|before|until|once|because|since|as|where|whereas)\s+)$/iu.test(
      before,
    ) || chatPrefix.exec(text)?.[0].length === current.start;
  if (!opens) return false;
  // "bill here, I can do the revert", and a speaker who signs their line again ("Grant: grant: we revert").
  if (/^\s+(?:here|around|back|online)\b|^:\s/u.test(after) || availability.test(after)) return true;
  return next !== undefined && text.slice(current.end, next.start) === ' ' && actsAsSubject(next);
}

// After a name that is also a word, what only a person is: introducing themselves on a chat line ("Grace here,
// taking IC"), on duty ("May is on call this week", "Will was handling comms").
const introduces = /^\s+here\s*(?:[,.:;!]|\s[-–—])/u;
const onDuty =
  /^\s+(?:is|was|'s|’s)\s+(?:on[ -]?call|the ic\b|ic\b|incident commander|handling|investigating|looking into|taking over|leading|driving|coordinating|working on|rolling back|paging)/iu;
// What a person at a keyboard does to a system, said of a name opening a sentence: "Hunter rolled back the deploy".
const handsOnVerbs = new Set([
  'rolled',
  'reverted',
  'merged',
  'pushed',
  'shipped',
  'deployed',
  'forgot',
  'skipped',
  'ignored',
  'fixed',
  'typed',
  'clicked',
  'ran',
]);
// What a person writes or keeps, owned in the possessive: "Bongani's query", "Aroha's notes".
const personalThings = new Set([
  'query',
  'queries',
  'script',
  'scripts',
  'runbook',
  'notes',
  'review',
  'branch',
  'laptop',
  'shift',
  'message',
  'comment',
  'suggestion',
  'idea',
]);
const weekday = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const month = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
// "by" is left out: "rolled back by May" is a person, "due by May 3" is read by the words after it.
const datedBy =
  /^(?:on|in|since|until|till|last|next|this|that|every|from|before|after|early|late|mid|during|through|each)$/;

/**
 * Whether a day or a month (lower case) says when, not who: a day after the words that date a sentence, or opening
 * one ("Monday Priya restarted it"); a month only after them ("In March Dana reverted it"; "March Okafor" is a name).
 */
export function datesWhen(lower: string, wordBefore: string | undefined): boolean {
  const before = wordBefore?.toLowerCase();
  const dated = before !== undefined && datedBy.test(before);
  return (
    (weekday.test(lower) && (dated || before === undefined || before === 'by')) ||
    (month.test(lower) && dated)
  );
}
// A month or a season after "by" is a deadline ("finished by May 3", "done by June."), not who did it.
const calendarWords = /^(?:may|june|april|august|march|summer|autumn|winter|spring)$/;
const dateAfter = /^\s*(?:\d|of\b|next\b|at the latest\b|end\b|[,.;]|$)/iu;

/**
 * Whether a capitalised first name that is also a word (Will, May, Hunter, Grace) reads as a person where it
 * stands: after "by" that follows a participle ("deployed by Will", "approved by Rose"; not "due by May 3"), thanked
 * ("thanks to Grace", "thank you May"), introducing themselves ("Grace here, …"), on duty ("May is on call"), or opening a sentence with what a person
 * does to a system ("Hunter rolled back the deploy").
 */
function readsAsPerson(text: string, words: readonly Word[], i: number): boolean {
  const current = words[i] as Word;
  if (current.possessive) return false;
  const after = text.slice(current.end);
  const previous = words[i - 1];
  const participle = words[i - 2];
  if (
    previous?.lower === 'by' &&
    participle !== undefined &&
    text.slice(participle.end, previous.start) === ' ' &&
    text.slice(previous.end, current.start) === ' ' &&
    /^\p{Ll}+(?:ed|en|wn|ne|ht|ck|ng|de|ld)$/u.test(participle.word) &&
    !(calendarWords.test(current.lower) && dateAfter.test(after))
  )
    return true;
  // Thanked: "thanks to Grace", "thank you May".
  if (thanked(words, i) && !pronounAfter.test(after)) return true;
  if (!atSentenceStart(text, current.start)) return false;
  if (introduces.test(after) || onDuty.test(after)) return true;
  const next = words[i + 1];
  return next !== undefined && text.slice(current.end, next.start) === ' ' && handsOnVerbs.has(next.word);
}

/**
 * The family name written before a given name ("Zhang Wei", "Tanaka Yuki"; trial 28 F19 kept "Zhang"): a name word
 * no lexicon knows, not opening the sentence and not part of a name found already.
 */
function familyNameBefore(
  text: string,
  spans: readonly NameSpan[],
  previous: Word | undefined,
  current: Word,
): Word | undefined {
  if (
    previous === undefined ||
    previous.possessive ||
    text.slice(previous.end, current.start) !== ' ' ||
    !isNameWord(previous.word) ||
    isEverydayWord(previous.lower) ||
    isPlaceWord(previous.lower) ||
    atSentenceStart(text, previous.start) ||
    spans.some((span) => span.start + span.name.length >= previous.start)
  )
    return undefined;
  return previous;
}

// Who or what is met "from" a place: requests, traffic, users. A message from a person is not ("a page from Jordan").
const fromPlace =
  /^(?:requests?|traffic|users?|customers?|clients?|calls?|visitors?|merchants?|tenants?|players?|buyers?|probes?|checks?|regions?|load|latency|errors?|timeouts?)$/;

/**
 * Whether the word at `i` stands as a place: in a list ("Singapore, Jakarta and Sydney", joined by commas, "and" or
 * "or") with another place, or after a preposition of place ("across Virginia", "requests from Sydney").
 */
function standsAsPlace(text: string, words: readonly Word[], i: number): boolean {
  const gap = (a: Word, b: Word) => text.slice(a.end, b.start);
  const joiner = (w: Word | undefined) => w !== undefined && (w.lower === 'and' || w.lower === 'or');
  const members = [i];
  let first = i;
  // Back, then forward, over the list's members.
  for (let j = i; j > 0; ) {
    const prev = words[j - 1] as Word;
    const beforeJoiner = words[j - 2];
    if (/^\s*,\s*$/.test(gap(prev, words[j] as Word)) && capitalised.test(prev.word)) j -= 1;
    else if (
      joiner(prev) &&
      beforeJoiner !== undefined &&
      /^\s*,?\s*$/.test(gap(beforeJoiner, prev)) &&
      capitalised.test(beforeJoiner.word)
    )
      j -= 2;
    else break;
    members.push(j);
    first = j;
  }
  for (let j = i; j < words.length - 1; ) {
    const next = words[j + 1] as Word;
    const afterJoiner = words[j + 2];
    if (/^\s*,\s*$/.test(gap(words[j] as Word, next)) && capitalised.test(next.word)) j += 1;
    else if (
      joiner(next) &&
      afterJoiner !== undefined &&
      /^\s*,?\s*$/.test(gap(words[j] as Word, next)) &&
      capitalised.test(afterJoiner.word)
    )
      j += 2;
    else break;
    members.push(j);
  }
  if (members.some((m) => m !== i && isPlaceWord((words[m] as Word).lower))) return true;
  const before = words[first - 1];
  if (before === undefined || /[.!?]/.test(gap(before, words[first] as Word))) return false;
  if (/^(?:in|near|across|throughout|outside|inside|between|within)$/.test(before.lower)) return true;
  const noun = words[first - 2];
  return before.lower === 'from' && noun !== undefined && fromPlace.test(noun.lower);
}

/** Particles, then a capitalised surname, right after a given name: " van der Berg", " Ó Briain", " bin Rashid". */
const particled = new RegExp(
  String.raw`^(?: (?:${surnameParticles})){1,3} \p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*(?![\p{L}\p{M}\p{N}_])`,
  'u',
);

/** Whether the word at `i` is thanked: "thanks to Olumide", "thank you Olumide", "kudos to Olumide". */
function thanked(words: readonly Word[], i: number): boolean {
  const previous = words[i - 1]?.lower;
  const before = words[i - 2]?.lower;
  return (
    previous === 'thanks' ||
    previous === 'thx' ||
    (previous === 'to' && (before === 'thanks' || before === 'kudos' || before === 'thanked')) ||
    (previous === 'you' && before === 'thank')
  );
}

function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  return index === 0 || /(?:^|[.!?:]\s+|\n\s*)$/.test(before);
}
