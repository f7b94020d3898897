import {
  datesWhen,
  isEverydayWord,
  isFirstNameWord,
  isKnownFirstName,
  isPlaceWord,
  isProductName,
  surnameParticles as particles,
} from '../language/index.js';

// Names the analyzer's finder (src/language) leaves in free text, which a report must still treat as people: a name
// after a title, a name in a script without capitals acting as a person, and a name-shaped word joined by "and" to
// someone already known to be a person.

// Scripts that write no capitals: a name there cannot be told by its first letter.
const caseless = String.raw`[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Ethiopic}][\p{L}\p{M}]*`;
const caselessName = `${caseless}(?:[ \\u00A0]${caseless})?`;
const otherCased = String.raw`(?=[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}])\p{Lu}[\p{L}\p{M}]*`;
// A capitalised word that may be a name: "Okonkwo", "Kierkegaard-Holm", "Adébáyọ̀", "O’Neil".
const namePart = String.raw`\p{Lu}\p{M}*(?:['’]\p{Lu}\p{M}*)?\p{Ll}[\p{Ll}\p{M}]*`;
const capitalised = `${namePart}(?:-${namePart})*`;
// A surname with an apostrophe after a capital, which no English word has: "O'Brien", "D’Angelo", "N'Diaye".
const apostropheSurname = String.raw`\p{Lu}['’]\p{Lu}\p{M}*\p{Ll}[\p{Ll}\p{M}]*(?:-${namePart})*`;
const title = String.raw`\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\b\.?\s+`;
// What a person does as the subject: a verb in the past, or a verb that needs a subject.
const personVerb = String.raw`(?:\p{Ll}+ed|said|told|took|made|ran|wrote|saw|found|led|got|gave|kept|began|sent|brought|thought|knew|felt|left|came|went|did|had|was|were|is|has|will|would|should|could|can|may|might|must|asked|says|thinks|agrees|confirms|wants|needs)\b`;
// Words before a name that say a person follows: "paged 김민준", "thanks to محمد", "by נועה", "we thanked נועה".
const cue = String.raw`\b(?:by|paged|pinged|ping|page|thanks(?:\s+to)?|thank(?:\s+you)?|thanked|praised|helped|contacted|notified|messaged|emailed|asked|told|called|with|cc|to)\s+`;
const determinerBefore = /\b(?:the|a|an|our|their|this|that|its|in|on|at|of)\s+$/i;
// Endings of nouns, not names: "Operations", "Deployment", "Gateway".
const nounEnding = /(?:tion|sion|ment|ness|ity|ance|ence|ing|ings|ware|way|ers|ics|ism|ure|age)$/i;

/**
 * A name the finder gave as one word ("Hansen", "Chen"), with the given name written before it when there is one
 * ("Øyvind Hansen", "May Chen"): a capitalised word that is a first name, or name-shaped; else the word as found.
 */
export function withGivenName(text: string, name: string): string {
  if (/\s/.test(name)) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}_@.-])(${capitalised}) ${escaped}(?![\\p{L}\\p{M}\\p{N}_])`,
    'u',
  ).exec(text);
  const given = m?.[1];
  // "Asked Iñaki to…", "Told Will…": a verb opening the sentence is no given name (trial 12c C-3).
  if (given && verbBefore.test(given) && !isKnownFirstName(given)) return name;
  // "On Monday Priya restarted it": a day or a month that says when is no given name.
  const wordBefore = m ? /(\p{L}+)[ \t]+$/u.exec(text.slice(0, m.index))?.[1] : undefined;
  if (given && datesWhen(given.toLowerCase(), wordBefore)) return name;
  return given && (isFirstNameWord(given) || nameShaped(given)) ? `${given} ${name}` : name;
}

// Particles of a surname ("Jean-Luc van der Berg", "Ana de la Cruz", "Ahmad bin Hassan"): part of the name after a
// name (trial 12d D-12).
/** A name with the particles and surname written after it in `text`: "Jean-Luc" of "Jean-Luc van der Berg". */
export function withSurnameParticles(text: string, name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}_@.-])${escaped}((?: (?:${particles})){1,3} ${capitalised})(?![\\p{L}\\p{M}\\p{N}_])`,
    'u',
  ).exec(text);
  return m ? `${name}${m[1]}` : name;
}

// A login in the possessive before what a person makes ("Revert jnowak's change"): an account name, a person
// (trial 12d D-4). Not an everyday word or a product ("nginx's config change").
const loginPossessive =
  /(?<![\p{L}\p{N}_@./-])([a-z][a-z0-9._-]{3,}[a-z0-9])['’]s (?:change|commit|pr|pull request|merge request|deploy|fix|patch|branch|revert|config|script|query|migration|rollout|edit|typo|mistake)\b/gu;

const answeringHere =
  /(?:^|\n)\s*(?:[-*]\s+)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(\p{L}[\p{L}\p{M}'’-]{1,20}) here(?=\s*(?:[,;.!—–-]|$|\s+(?:looking|on it|now|too|as well|taking|investigating|checking)\b))/gu;

const verbBefore =
  /^(?:\p{Lu}\p{Ll}+ed|Told|Sent|Let|Got|Saw|Met|Had|Gave|Made|Took|Ping|Ask|Tell|Thank|Thanks|Page|Call|Email|Message|Cc|Cc'd|Dm|Dm'd)$/u;

/** A capitalised word that reads as a name and no English word, product or noun. */
function nameShaped(word: string): boolean {
  return word
    .split('-')
    .every(
      (part) => part.length >= 2 && !isEverydayWord(part) && !isProductName(part) && !nounEnding.test(part),
    );
}

/**
 * Names in `text` that `personNamesIn` does not find, as written: the words after a title ("Dr. Okonkwo", "Ms.
 * Kierkegaard-Holm"); a name in a script without capitals as a capitalised one would be, before a person's verb,
 * in the possessive or after a cue ("김민준 restarted", "محمد confirmed", "thanks to 王芳"); and a name-shaped word
 * joined by "and", "or" or a comma to a person `isPerson` knows ("Chen and Kierkegaard-Holm agreed").
 */
export function morePersonNamesIn(text: string, isPerson: (name: string) => boolean): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(`${title}(${capitalised}(?: ${capitalised})?)`, 'gu'))) {
    const words = m[1]!.split(' ');
    // "Dr. Okonkwo Said" is no full name: the second word counts only when it too is name-shaped.
    found.add(words.length === 2 && nameShaped(words[1]!) ? m[1]! : words[0]!);
  }
  const apostrophe = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}_@.-])(?:(${capitalised}) )?(${apostropheSurname})(?![\\p{L}\\p{M}\\p{N}_])`,
    'gu',
  );
  for (const m of text.matchAll(apostrophe)) {
    const given = m[1];
    // The word before is the given name when it is one or reads as one: "Siobhán O'Brien", not "Thanks O'Brien".
    const withGiven = given && (isFirstNameWord(given) || nameShaped(given));
    found.add(withGiven ? `${given} ${m[2]}` : m[2]!);
  }
  // A chat line that opens with who is answering ("dami here, looking", "Kwame here - on it"): a person's name or
  // nickname, whatever its case, when it is no everyday word or product (trial 26 F15).
  for (const m of text.matchAll(answeringHere)) {
    const word = m[1]!;
    if (!isEverydayWord(word.toLowerCase()) && !isProductName(word)) found.add(word);
  }
  for (const m of text.matchAll(loginPossessive)) {
    const login = m[1]!;
    if (
      !isEverydayWord(login) &&
      !isProductName(login) &&
      !/^(?:prod|production|staging|main|master|release|today|yesterday)/.test(login)
    )
      found.add(login);
  }
  // Scripts without case, and names in cased scripts other than Latin (Greek, Cyrillic …), whose capital says no
  // more in English prose than a Latin one at a sentence's start: read by the words around them (trial 12d D-13).
  const script = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}_@.#/-])(${caselessName}|${otherCased}(?: ${otherCased})?)(?![\\p{L}\\p{M}\\p{N}_-])`,
    'gu',
  );
  for (const m of text.matchAll(script)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (determinerBefore.test(before)) continue;
    // Only inside English prose: a whole sentence in another script is quoted text, not a name.
    if (!/\p{Script=Latin}/u.test(text)) continue;
    const acts = new RegExp(`^(?:['’]s\\b|\\s+${personVerb})`, 'u').test(after);
    if (acts || new RegExp(`${cue}$`, 'iu').test(before)) found.add(m[1]!);
  }
  const joined = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}_@.-])(${capitalised}|${caselessName}|@[\\p{L}][\\p{L}\\p{N}._-]*[\\p{L}\\p{N}])(?:['’]s)?(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+)(?=(${capitalised}|${caselessName})(?![\\p{L}\\p{M}\\p{N}_@-]))`,
    'gu',
  );
  // Someone found just above counts as known: "محمد العلي and 张伟 confirmed" (张伟 acts, so محمد العلي is joined).
  // A handle ("@arjun.m and 李伟") is a person: one a chat tool mentions, whoever it is.
  const known = (name: string) => name.startsWith('@') || isPerson(name) || found.has(name);
  for (const m of text.matchAll(joined)) {
    const left = m[1]!;
    const right = m[2]!;
    // Two places in a list are places, whoever else a word of it names: "requests from Singapore, Jakarta and
    // Sydney" where Sydney Clarke took part (trial 30 read two engineers).
    if (isPlaceWord(left.toLowerCase()) && isPlaceWord(right.toLowerCase())) continue;
    if (known(left) && !known(right) && (nameShaped(right) || !/\p{Lu}/u.test(right))) {
      // With the surname after it: "… and Aigerim Bekova" (trial 28 F19 kept "Bekova").
      const at = (m.index ?? 0) + m[0].length + right.length;
      const surname = new RegExp(`^ (${capitalised})(?![\\p{L}\\p{M}\\p{N}_@-])`, 'u').exec(
        text.slice(at),
      )?.[1];
      found.add(surname && nameShaped(surname) && /\p{Lu}/u.test(right) ? `${right} ${surname}` : right);
    }
    // A capital opening a sentence says nothing of a name; a script without capitals has none to say it.
    const caselessLeft = !/\p{Lu}/u.test(left);
    // … unless the word is a first name ("María and Zhang Wei wrote", trial 28 F19).
    if (
      known(right) &&
      !known(left) &&
      nameShaped(left) &&
      (caselessLeft || !opensSentence(text, m.index) || isFirstNameWord(left))
    )
      found.add(left);
  }
  // A given name found alone where its full name was found too is that name: "Siobhán" of "Siobhán O'Brien".
  const names = [...found];
  return names.filter(
    (name) => !isPerson(name) && !names.some((other) => other !== name && other.startsWith(`${name} `)),
  );
}

function opensSentence(text: string, index: number): boolean {
  return index === 0 || /(?:[.!?:]\s+|\n\s*(?:[-*]\s+)?)$/.test(text.slice(Math.max(0, index - 4), index));
}
