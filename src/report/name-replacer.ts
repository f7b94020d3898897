import { escapeRegExp } from '../domain/index.js';
import {
  isEverydayWord,
  isKnownFirstName,
  isPlaceWord,
  isProductName,
  personNameSpans,
} from '../language/index.js';
import { honorific, type KnownPerson, type PeopleRegistry, withoutAccents } from './people.js';

// Scripts written without spaces between words: a name there has no letter boundary to wait for.
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const pronounAfter = /^\s+(?:we|you|they|it|i|the|this|that|be|not|there)\b/i;
// Where a chat line names its speaker: the start of a line, after a list marker, a time ("[11:02] ", "11:02 ") or
// a channel ("#inc-42 "), or after " / " where pasted lines were joined ("grant: rolling back / may: on it"); the
// name is followed by a colon ("grant: rolling back").
const speakerBefore =
  /(?:^|\n|[ \t][/|]|\bchat:)[ \t]*(?:[-*][ \t]+)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?(?:#\S+[ \t]+)?$/;
const speakerAfter = /^(?: \([^()\n]*\))*:/;

const title = String.raw`\b(?:dr|mr|mrs|ms|mx|prof)\.?\s+`;
// A surname's initial after a name: one capital letter standing alone (never the pronoun "I" or the article "A");
// the pattern ignores case, so the letter's case is checked where it is found.
// Its full stop goes with it where the sentence runs on ("Priya R. approved the rollback", trial 12h A-3), and stays
// where it ends one ("reverted by Priya R.").
const initial = String.raw` \p{L}(?![\p{L}\p{M}\p{N}_'’@-])(?:\.(?=[ \t]))?`;
const isInitial = (text: string | undefined) => text !== undefined && /^ (?![IA])\p{Lu}\.?$/u.test(text);
const wholeHonorific = new RegExp(`^${honorific}$`, 'iu');
const isHonorific = (text: string | undefined) => text !== undefined && wholeHonorific.test(text);

/**
 * Each person's surname (the words of a full name after the first: "Chen", "Kierkegaard-Holm", "May"), when no
 * one else in the incident has it as a surname or a first name.
 */
function surnamesOf(people: readonly KnownPerson[]): Map<string, KnownPerson> {
  const owners = new Map<string, { word: string; people: Set<KnownPerson> }>();
  const firsts = new Set(people.map((p) => (p.firstName ?? p.name.split(' ')[0]!).toLowerCase()));
  for (const person of people) {
    const words = person.name.split(' ');
    if (words.length < 2 || person.name.includes('@')) continue;
    // A surname of several words ("Ní Bhriain", "García Márquez") is one spelling too, so it is replaced whole.
    const tail = words.length > 2 ? [words.slice(1).join(' ')] : [];
    // A name written family name first ("Nguyễn Thị Lan", given name Lan) has its surname first (trial 12d D-16).
    const head = person.firstName && person.firstName !== words[0] ? [words[0]!] : [];
    for (const word of [...head, ...words.slice(1), ...tail]) {
      if (!/^\p{L}[\p{L}\p{M}'’ -]*[\p{L}\p{M}]$/u.test(word) || /^\p{Ll}/u.test(word)) continue;
      const key = word.toLowerCase();
      const entry = owners.get(key) ?? { word, people: new Set() };
      entry.people.add(person);
      owners.set(key, entry);
    }
  }
  const surnames = new Map<string, KnownPerson>();
  // A surname two people share is still a name: it goes, said as the first of them (a leak is worse than a label
  // that could be either; the public says "an engineer" for both).
  for (const [key, { word, people: holders }] of owners)
    if (!firsts.has(key)) surnames.set(word, [...holders][0]!);
  return surnames;
}

// "Will watch it for 30m", "May ship today": the modal verb, not a person called Will or May (who would be
// followed by a verb in the past or third person: "Will rolled back", "May says").
const modals = /^(?:will|may|might|shall|can|must)$/i;
function modalUse(found: string, after: string): boolean {
  const next = /^\s+([a-z]+)\b/.exec(after)?.[1];
  return (
    modals.test(found) &&
    next !== undefined &&
    !/(?:ed|s)$/.test(next) &&
    !/^(?:and|or|but|to|from|at|on|in|of|for|with)$/.test(next)
  );
}

// Words after which a capitalised word is a thing, a time or a place: "the Rust services", "in May", "our Page".
const afterDeterminer =
  /\b(?:the|a|an|our|their|your|this|that|these|those|its|in|on|at|of|for|from|to|into|during|every|each|last|next|early|late|mid)\s+$/i;
const irregularPast =
  /^(?:ran|took|made|kept|saw|said|wrote|led|got|gave|sent|told|found|left|began|brought|held|knew|thought|did|had|was|went|came|put|set|read|spoke|chose|stood|rode|drove|caught|fought|taught|sought|won|lost|paid|met|hit|shut|built|ate)$/;
/** A verb in the past: "rolled", "took", "had". */
const isPastVerb = (word: string) => /^\p{Ll}{2,}ed$/u.test(word) || irregularPast.test(word);
/**
 * Whether the word before `after` acts as a subject: a verb in the past follows ("Rust rolled back the flag"), or a
 * verb in the present with its object, where a clause opens ("after Will checks the new alert"; never "Rust
 * services kept running").
 */
function actsBefore(before: string, after: string): boolean {
  const m = /^\s+(\p{Ll}+(?:-\p{Ll}+)*)(?:\s+(\p{L}+))?/u.exec(after);
  if (!m) return false;
  const verb = m[1]!;
  if (isPastVerb(verb)) return true;
  const opens =
    /(?:^|[.!?;:,]\s+|\b(?:and|but|then|so|while|when|after|before|until|once|because|since|as|if)\s+)$/i.test(
      before,
    );
  // "Bill will bring the design", "Hope can take the next shift": a modal and a verb where a clause opens (trial 18c;
  // "Bill will be sent" keeps the word).
  if (
    opens &&
    /^(?:will|would|can|could|should|must|shall|might)$/.test(verb) &&
    m[2] !== undefined &&
    /^\p{Ll}{2,}$/u.test(m[2]) &&
    !/^(?:be|not|have|get|also|still|never|only|then)$/.test(m[2])
  )
    return true;
  // "Make Rust double-check every change", "ask Hope to…": a person told to do something (trial 12e E-2).
  const told = /\b(?:make|have|let|ask|tell|get|remind|help)\s+$/i.test(before);
  const object = /^(?:the|a|an|our|their|its|it|that|this|them|us|every|each|all|\d+)$/i;
  if (told && !object.test(verb) && (object.test(m[2] ?? '') || (verb === 'to' && m[2] !== undefined)))
    return true;
  return (
    opens &&
    /^\p{Ll}{2,}[^s]s$/u.test(verb) &&
    /^(?:the|a|an|our|their|its|it|that|this|them|us|every|each|all|\d+)$/i.test(m[2] ?? '')
  );
}

const thankedBefore = /\b(?:thanks|thank you|kudos to|shout-?out to|thanks to)\s+$/i;

// What a program does and a person does not: after a word that is also a language or product ("Rust panicked in
// ledger-writer", "Rust crashed at 15:05") the word is the program, even where someone is called Rust (trial 12h
// A-2 read "An engineer panicked", a blame nobody wrote).
const machineVerb =
  /^\s+(?:panick(?:ed|s)|crash(?:ed|es)|segfault(?:ed|s)|deadlock(?:ed|s)|overflow(?:ed|s)|leak(?:ed|s)|hung|hangs|abort(?:ed|s)|OOM(?:ed|s)?|oom-?killed|errored|errors|compil(?:ed|es)|timed out|times out|failed to (?:compile|build|start|allocate))\b/i;

// Words before a lower-case word that make it a noun: "for mercy", "a joy", "the hope".
const wordBefore =
  /\b(?:for|of|the|a|an|no|any|some|our|my|your|their|his|her|its|in|on|at|without|such|much|great|pure|with)\s+$/i;
/**
 * "May and Will agreed": a capitalised word joined by "and" to another capitalised word, the two then acting, is one
 * of two people (trial 12d D-15).
 */
function pairActs(after: string): boolean {
  const m = /^\s+(?:and|&)\s+\p{Lu}\p{Ll}+\s+(\p{Ll}+)\b/u.exec(after);
  return m !== null && isPastVerb(m[1]!);
}

const bracketMention = /<(@[\p{L}\p{N}._-]+)(?:\|[^>\n]*)?>/gu;

/** Whether a verb in the past opens `after` ("… had to read", "… rolled back"). */
function pastVerbFirst(after: string): boolean {
  const verb = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  return verb !== undefined && isPastVerb(verb);
}

/** Whether `found` at `index` is the speaker of a chat line, where even an everyday word is a handle. */
function isSpeaker(text: string, index: number, found: string): boolean {
  return speakerBefore.test(text.slice(0, index)) && speakerAfter.test(text.slice(index + found.length));
}

/** Whether `index` opens a sentence (start of text, of a line or list item, or after . ! ? :). */
export function opensSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  return index === 0 || /(?:^|[.!?]\s+|\n\s*(?:[-*]\s+)?|^\s*[-*]\s+)$/.test(before);
}

/** Upper-cases a replacement that opens a sentence ("the incident commander" → "The incident commander"). */
export function fitToPosition(text: string, index: number, replacement: string): string {
  return opensSentence(text, index)
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

/**
 * A text mapper that replaces every spelling of every person in the registry with what `replacement` gives for
 * them. Full names, addresses and handles match in any case; a first name alone matches only capitalised, and an
 * everyday word (Will, May) only where it cannot be the word ("Will we…" stays), or where it speaks on a chat line
 * ("grant: rolling back", any case). Longest spellings win, so
 * "Sam Okafor" is replaced whole before "Sam" could match inside it.
 */
export function nameReplacer(
  registry: PeopleRegistry,
  replacement: (person: KnownPerson) => string,
): (text: string) => string {
  const owner = new Map<string, KnownPerson>();
  // Single words the text must read as a name before they are replaced (first names, handles, surnames), and the
  // surnames among them that are also everyday words ("May" of Bill May): those only where the text reads a name.
  const firstNames = new Set<string>();
  const wordSurnames = new Set<string>();
  const surnameKeys = new Set<string>();
  // Names registered as account names ("rkaur"): matched as written, never inside a file name ("rkaur.log").
  const accounts = new Set<string>();
  const spellings: string[] = [];
  for (const person of registry.people) {
    // A name registered as one lower-case token that is no first name ("rkaur") is an account name: matched
    // wherever it stands, like a login (trial 12e E-3: "rkaur should have known better" stayed).
    const account =
      /^\p{Ll}[\p{Ll}\p{N}._-]+$/u.test(person.name) &&
      !isEverydayWord(person.name) &&
      !isKnownFirstName(person.name);
    if (account) accounts.add(person.name);
    if (person.firstName && !owner.has(person.firstName.toLowerCase())) {
      owner.set(person.firstName.toLowerCase(), person);
      if (!account) firstNames.add(person.firstName.toLowerCase());
      spellings.push(person.firstName);
    }
    for (const alias of person.aliases) {
      const key = alias.toLowerCase();
      if (alias.length < 2) continue;
      if (!owner.has(key)) {
        owner.set(key, person);
        spellings.push(alias);
      }
      // Chat mentions: "@priya", and "@Priya R" where Slack writes a display name with a space (also when the
      // handle is the person's first name, which is matched alone only where it reads as a name).
      if (!alias.includes('@') && owner.get(key) === person && !owner.has(`@${key}`)) {
        owner.set(`@${key}`, person);
        spellings.push(`@${alias}`);
      }
      // A handle that is a plain word ("grant", "bill") is read in lower case where it acts ("then grant decided").
      // An account name ("jnowak") is an identifier: matched wherever it stands.
      if (
        /^\p{Ll}{2,}$/u.test(alias) &&
        owner.get(key) === person &&
        !person.logins?.includes(alias) &&
        !(account && alias === person.name)
      )
        firstNames.add(key);
    }
  }
  for (const [surname, person] of surnamesOf(registry.people)) {
    const key = surname.toLowerCase();
    if (owner.has(key)) continue;
    owner.set(key, person);
    spellings.push(surname);
    firstNames.add(key);
    surnameKeys.add(key);
    if (isEverydayWord(key)) wordSurnames.add(key);
  }
  // Any spelling without its accents is the same person: "Jose" of José Ñúñez-García, "Adebayo" of Adébáyọ̀.
  for (const spelling of [...spellings]) {
    const bare = withoutAccents(spelling);
    const key = bare.toLowerCase();
    if (bare === spelling || owner.has(key)) continue;
    owner.set(key, owner.get(spelling.toLowerCase())!);
    spellings.push(bare);
    for (const set of [firstNames, surnameKeys]) if (set.has(spelling.toLowerCase())) set.add(key);
    if (surnameKeys.has(key) && isEverydayWord(key)) wordSurnames.add(key);
  }
  if (spellings.length === 0) return (text) => text;
  const exact = new Set(spellings);
  spellings.sort((a, b) => b.length - a.length);
  const alternatives = spellings.map((s) =>
    unspaced.test(s)
      ? escapeRegExp(s)
      : `(?<![\\p{L}\\p{M}\\p{N}_@.])${escapeRegExp(s)}(?![\\p{L}\\p{M}\\p{N}_]|@)`,
  );
  // A title goes with the name it stands before: "Ms. Chen" is one person, not "Ms. an engineer".
  // A trailing initial goes with it too: "reverted by Priya R." is one person, not "by an engineer R.".
  const pattern = new RegExp(`(${title})?(?:${alternatives.join('|')})(${initial}|${honorific})?`, 'giu');
  const single = (s: string) => !s.includes(' ') && !s.includes('@');
  // "张伟 (@zhang.wei)" names one person twice: once replaced, "the responder (the responder)" says it once.
  const twice = (text: string) =>
    text.replace(
      /(\p{L}[\p{L}\p{N} ]{0,60}?) \(([\p{L}\p{N} ]{1,60})\)/gu,
      (found, name: string, again: string) =>
        name.toLowerCase().endsWith(again.toLowerCase()) && labels.has(again.toLowerCase()) ? name : found,
    );
  const labels = new Set(registry.people.map((person) => replacement(person).toLowerCase()));
  // Where the text itself reads a word as someone's name (`personNameSpans`, the incident's first names known),
  // kept for the last text looked at.
  let spansOf: { text: string; starts: Set<number> } | undefined;
  const namedAt = (text: string, index: number) => {
    if (spansOf?.text !== text)
      spansOf = { text, starts: new Set(personNameSpans(text, firstNames).map((span) => span.start)) };
    return spansOf.starts.has(index);
  };
  // A word joined by "and", "or" or a comma to someone the text names is a person too: "mai and fang paired on the
  // fix" (the given name of Nguyễn Thị Mai beside a handle that acts), "Chen, Søren and Grant agreed".
  // A word thanked ("thanks Will and Hope") is spoken to: a person.
  const nameAt = (text: string, word: string, at: number) =>
    owner.has(word.toLowerCase()) &&
    (namedAt(text, at) ||
      (/^\p{Lu}/u.test(word) && !isEverydayWord(word)) ||
      !/[\p{Lu}\p{Ll}]/u.test(word) ||
      thankedBefore.test(text.slice(0, at)));
  const joined = (text: string, index: number, found: string) => {
    const after = /^(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)@?([\p{L}\p{M}][\p{L}\p{M}\p{N}]*)/u.exec(
      text.slice(index + found.length),
    );
    if (after && nameAt(text, after[2]!, index + found.length + after[0].length - after[2]!.length))
      return true;
    const before = /([\p{L}\p{M}][\p{L}\p{M}\p{N}]*)(?:['’]s)?(?:\s*,\s*|\s+(?:and|or|&)\s+)$/u.exec(
      text.slice(0, index),
    );
    return before !== null && nameAt(text, before[1]!, before.index);
  };
  // "Hunter and rust had to read the code": two words the incident knows as people, joined and then acting together,
  // are two people whatever their case (trial 12f F12-1); "the rust and grime stayed" joins no second name.
  const pairedActing = (text: string, index: number, found: string) => {
    const after = text.slice(index + found.length);
    const next = /^\s+(?:and|&)\s+@?([\p{L}\p{M}]+)(?=\s)/u.exec(after);
    if (next && owner.has(next[1]!.toLowerCase())) return pastVerbFirst(after.slice(next[0].length));
    const previous = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\s+(?:and|&)\s+@?$/u.exec(text.slice(0, index));
    return previous !== null && owner.has(previous[1]!.toLowerCase()) && pastVerbFirst(after);
  };
  let linksOf: { text: string; spans: Array<[number, number]> } | undefined;
  const inLink = (text: string, index: number) => {
    if (linksOf?.text !== text)
      linksOf = {
        text,
        spans: [...text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s)<>\]]+/gi)].map((m) => [
          m.index,
          m.index + m[0].length,
        ]),
      };
    return linksOf.spans.some(([start, end]) => index >= start && index < end);
  };
  // "the Kovalenkos' change" is a family's possessive of a surname the incident knows: one person's ("Kovalenko's
  // change") as far as a reader is concerned, so it is replaced like any possessive (trial 12e E-1).
  const familyPossessive = (text: string) =>
    text.replace(
      /(?<![\p{L}\p{M}\p{N}_])(?:([Tt]he)\s+)?(\p{Lu}[\p{L}\p{M}-]*?)(?:e?s)['’](?=\s)/gu,
      (found, _the: string | undefined, surname: string) =>
        surnameKeys.has(surname.toLowerCase()) || surnameKeys.has(`${surname}e`.toLowerCase())
          ? `${surnameKeys.has(surname.toLowerCase()) ? surname : `${surname}e`}'s`
          : found,
    );
  return (raw) => {
    // A Slack mention as exported ("<@U02GRACE>", "<@U02GRACE|grace>") is the handle: the brackets go with it.
    const text = familyPossessive(raw.replace(bracketMention, '$1'));
    return twice(
      text.replace(
        pattern,
        (all: string, titled: string | undefined, letter: string | undefined, at: number) => {
          // A letter after the name that is no initial ("Priya a bit later") is left as it was written.
          const joinedTo = isInitial(letter) || isHonorific(letter);
          const rest = letter && !joinedTo ? letter : '';
          const whole = rest ? all.slice(0, -rest.length) : all;
          const named = joinedTo ? whole.slice(0, -letter!.length) : whole;
          const found = titled ? named.slice(titled.length) : named;
          const index = at + (titled?.length ?? 0);
          const person = owner.get(found.toLowerCase());
          if (!person) return all;
          if (
            accounts.has(found.toLowerCase()) &&
            (found !== found.toLowerCase() || /^\.[\p{L}\p{N}]/u.test(text.slice(index + found.length)))
          )
            return all;
          // Inside a link's address a name is part of the address: a label there would break it (trial 12d D-37).
          if (inLink(text, index)) return all;
          // A field that is only the name (an owner, an attendee) is no sentence: "Will" there is the person (trial
          // 12c C-2), whatever else the word means, and needs no capital ("(the incident commander, 13 March)").
          if (whole.length === text.length) return replacement(person);
          const keep = () => all;
          const key = found.toLowerCase();
          if (
            !titled &&
            single(found) &&
            isProductName(found) &&
            machineVerb.test(text.slice(index + found.length))
          )
            return keep();
          // A surname is a name where capitalised ("Chen and Kierkegaard-Holm agreed"); an everyday one ("May") and
          // one in lower case only where the text reads it as a name.
          const surnameOnly = surnameKeys.has(key) && !titled;
          const before = text.slice(0, index);
          // "the Bell curve" of Joy Bell: a surname after a determiner names a thing, unless the text reads a name.
          if (surnameOnly && /^\p{Lu}/u.test(found) && afterDeterminer.test(before) && !namedAt(text, index))
            return keep();
          // "Hunter's notes" of Will Hunter: a capitalised surname in the possessive is the person.
          const ownerOf = /^\p{Lu}/u.test(found) && /^['’]s\b/u.test(text.slice(index + found.length));
          // "Page restarted the pod" of Bill Page: a capitalised surname that acts is the person, as a first name
          // that acts is (trial 12h A-1); "Page loads were slow" keeps the word.
          const surnameActs =
            /^\p{Lu}/u.test(found) &&
            !afterDeterminer.test(before) &&
            actsBefore(before, text.slice(index + found.length));
          if (
            !ownerOf &&
            !surnameActs &&
            surnameOnly &&
            (wordSurnames.has(key) || /^\p{Ll}/u.test(found)) &&
            !namedAt(text, index) &&
            !joined(text, index, found) &&
            !pairedActing(text, index, found)
          )
            return keep();
          // A first name that is also a place ("Sydney" of Sydney Clarke) is the person only where the text reads one
          // there: "in Sydney", "requests from Singapore and Sydney" are the city (trial 30).
          if (
            single(found) &&
            isPlaceWord(found.toLowerCase()) &&
            !namedAt(text, index) &&
            !isSpeaker(text, index, found)
          )
            return keep();
          // A word in capitals is an acronym ("the LAN was down" of Nguyễn Thị Lan), unless the person is spelled so.
          if (single(found) && /^\p{Lu}{2,}$/u.test(found) && !exact.has(found)) return keep();
          const speaker = isSpeaker(text, index, found);
          if (!speaker && single(found) && (firstNames.has(found.toLowerCase()) || isEverydayWord(found))) {
            // A first name alone: capitalised, or in lower case when it can only be a name ("kwame confirmed", as chat
            // is typed); an everyday word (Will, May) is the word where a pronoun follows ("May we ship it?").
            // A lower-case everyday word is a name only where the text reads it as one ("grant decided to fail over").
            const everyday = isEverydayWord(found);
            const after = text.slice(index + found.length);
            // Scripts without case (Hebrew, Arabic) write every name as a capital does: only a lower-case letter is
            // lower case.
            const lower = /^\p{Ll}/u.test(found);
            if (
              lower &&
              !everyday &&
              !isKnownFirstName(found) &&
              !namedAt(text, index) &&
              !joined(text, index, found)
            )
              return keep();
            // A capitalised everyday word (Will, May, Rust, Grant) is a name only where the text reads one: after a
            // cue ("paged Grant"), in the possessive, or acting ("Rust rolled back the flag", "after Will checks the
            // alert"); "in May", "the Rust services", "Grant funding will pay" keep the word.
            const free = !afterDeterminer.test(text.slice(0, index));
            const possessive = /^['’]s\b/u.test(after) && free;
            // In lower case too, the possessive with no article owns something ("grace's drain script"; "the rust's
            // colour" stays), and so does a pair that acts (trial 12f F12-1, F12-3).
            if (
              lower &&
              everyday &&
              !namedAt(text, index) &&
              !possessive &&
              !pairedActing(text, index, found)
            )
              return keep();
            // "Thanks to Rust, the fix shipped": a word thanked is spoken of as a person (trial 12f F12-2).
            const thankedWord = thankedBefore.test(text.slice(0, index));
            if (
              !lower &&
              everyday &&
              !titled &&
              !thankedWord &&
              !namedAt(text, index) &&
              !joined(text, index, found) &&
              !pairedActing(text, index, found)
            ) {
              if (pronounAfter.test(after) || modalUse(found, after)) return keep();
              if (!possessive && !(free && (actsBefore(text.slice(0, index), after) || pairActs(after))))
                return keep();
            }
            // A known first name in lower case after a preposition or a determiner is the word ("asked for mercy").
            if (lower && !namedAt(text, index) && wordBefore.test(text.slice(0, index))) return keep();
          }
          // "Thanks Will!" speaks to a person; said of a role it is "Thanks to an engineer!".
          const thanked = /\b(?:thanks|thank you)\s+$/i.test(text.slice(0, at)) ? 'to ' : '';
          // The initial's full stop ends the sentence unless a word in lower case goes on after it.
          const stop =
            joinedTo && letter!.endsWith('.') && !/^[ \t]+\p{Ll}/u.test(text.slice(at + all.length))
              ? '.'
              : '';
          return thanked + fitToPosition(text, at, replacement(person)) + stop + rest;
        },
      ),
    );
  };
}
