import { isFirstNameWord, isKnownFirstName, isProductName } from './person-names.js';
import {
  departmentSubjects,
  departments,
  knownFirstNames,
  notNames,
  nounSuffix,
  personalActs,
  personPossessives,
  personPronouns,
  placeholderRoles,
  productNames,
  roles,
  subjectTrailers,
  systemNouns,
  thingPronouns,
  workProducts,
} from './rules/generated/lexicon.js';

/**
 * Who a phrase stands for: a person (name, role, team, pronoun), a person's work ("Hugo's change"), a system
 * (service, code identifier, product), a work product with no owner named ("the hotfix"), something else
 * (`unknown`), or nothing at all (`none`).
 */
export type AgentKind = 'person' | 'possessed' | 'artifact' | 'system' | 'unknown' | 'none';

/** The roster for one analysis: lower-case names (full and first) and team names. */
export interface Roster {
  names: ReadonlySet<string>;
  teams: readonly string[];
}

/** Builds a roster from configured people, teams and the document's speakers. */
export function buildRoster(people: readonly string[], teams: readonly string[]): Roster {
  const names = new Set<string>();
  for (const person of people) {
    const lower = person.trim().toLowerCase();
    if (lower === '') continue;
    names.add(lower);
    // A surname that is also a product ("Will Rust", "Ana Go") names the person only in full: "Rust's negligence"
    // is the language's.
    for (const part of lower.split(/\s+/))
      if (part.length > 1 && (part === lower || !productNames.has(part))) names.add(part);
  }
  return { names, teams: teams.map((team) => team.trim().toLowerCase()).filter((team) => team !== '') };
}

interface Token {
  lower: string;
  cased: string;
  start: number;
}

// Marks included: Devanagari and Thai vowel signs, Arabic vowels and Latin combining accents are part of a word.
const tokenPattern = /[@\p{L}\p{N}_][\p{L}\p{M}\p{N}_'’./:@-]*/gu;
const clauseBoundary =
  /[,;:()—–]|\s-\s|\b(?:because|since|when|whenever|while|after|before|until|so|but|although|though|if|unless|once|and|or|then|that|which|where|whereas|as|why|who|whom|whose|despite|instead)\b/g;
const indefiniteHeads = new Set(['whoever', 'whomever']);
const slipNouns = new Set(['error', 'errors']);
const prepositions = new Set(['on', 'in', 'at', 'of', 'for', 'from', 'with', 'during', 'to']);
const determiners = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'our',
  'their',
  'its',
  'each',
  'every',
  'any',
]);

// The word tests below, made once: a literal inside a function is a new object each time it runs, and agent
// resolution runs for every sentence a rule matched, mostly before V8 has optimised it.
const trailingPunctuation = /[.:/-]+$/;
const codeMarks = /_|::|\/|\.\w/;
const camelCase = /\p{Ll}\p{Lu}/u;
const acronym = /^\p{Lu}{2,}\d*$/u;
const digit = /\d/;
const kebabCase = /^[a-z]+-[a-z]+(?:-[a-z]+)*$/;
const possessiveS = /['’]s$/;
const pluralPossessive = /s['’]$/;
const sentenceCased = /^\p{Lu}\p{Ll}+$/u;
const nameEnding = /(?:er|[^o]sal|[mlh]al|ly|ist)$/;
const pluralEnding = /(?:ers|ors|ies)$/;
const lowerWord = /^\p{Ll}{3,}$/u;
const nounEnding = /(?:cy|ty|s|um|ix|ex)$/;
const placeholderLabel = /^(?:#?\d{1,3}|[A-HJ-Z])$/;
const hyphenatedPlaceholder = /^([a-z]+(?:-[a-z]+)?)-(?:\d{1,3}|[a-z])$/;
const capitalFirst = /^\p{Lu}/u;
const hyphens = /-/g;
const twoWordKebab = /^[a-z]+-[a-z]+$/;
const cyTyEnding = /(?:cy|ty)$/;
const chatOpeners = new Set([
  'tbh',
  'imo',
  'imho',
  'fwiw',
  'ngl',
  'ugh',
  'lol',
  'btw',
  'welp',
  'honestly',
  'yeah',
  'ok',
  'okay',
  'so',
  'well',
]);
const agentNounEnding = /(?:er|or|ers|ors)$/;
const hyphenatedName = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const anyCapital = /\p{Lu}/u;
// Chat "all in lower case" may still write acronyms in capitals ("sipho dropped the prometheus PVC"): only a word in
// sentence case (Kafka, Priya) says the writer uses capitals for names.
const sentenceCaseWord = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}/u;
const coordinator = /^(?:and|or|then|,)$/;
/**
 * A word of a script without case, where no capital can mark a name: Han, kana, Hangul, Hebrew, Arabic, Thai, the
 * Indic scripts, Sinhala, Khmer, Lao, Myanmar, Ethiopic, Georgian and Tibetan.
 */
const caselessWord =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Ethiopic}\p{Script=Georgian}\p{Script=Tibetan}\u30fc\p{M}]+$/u;

function tokens(lower: string, cased: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  tokenPattern.lastIndex = from;
  for (let m = tokenPattern.exec(lower); m && m.index < to; m = tokenPattern.exec(lower)) {
    let word = m[0];
    if (m.index + word.length > to) word = word.slice(0, to - m.index);
    word = word.replace(trailingPunctuation, '');
    if (word !== '')
      out.push({ lower: word, cased: cased.slice(m.index, m.index + word.length), start: m.index });
  }
  return out;
}

/** Whether a token looks like code: backticked (masked to `_`), snake_case, dotted, a path or camelCase. */
function isCodeLike(token: Token): boolean {
  return (
    codeMarks.test(token.lower) ||
    camelCase.test(token.cased) ||
    acronym.test(token.cased) ||
    digit.test(token.lower) ||
    kebabCase.test(token.cased)
  );
}

function stripPossessive(word: string): string | undefined {
  if (possessiveS.test(word)) return word.slice(0, -2);
  if (pluralPossessive.test(word)) return word.slice(0, -1);
  return undefined;
}

/**
 * A capitalised word whose ending is shared by names and some nouns (-er, -ly, -ist, and -al as in Kemal or Faisal
 * but not the -val, -nal, -ual of approval, signal, manual), not a plural.
 */
function isBareName(token: Token): boolean {
  return sentenceCased.test(token.cased) && nameEnding.test(token.lower) && !pluralEnding.test(token.lower);
}

/** A lower-case word that could be a name: letters only, three or more, no noun ending, not a listed word. */
function isLowerName(token: Token): boolean {
  return (
    lowerWord.test(token.lower) &&
    !nounSuffix.test(token.lower) &&
    !nounEnding.test(token.lower) &&
    !notNames.has(token.lower) &&
    !personalActs.has(token.lower)
  );
}

/** A lower-case word of the name list, not a word of the lexicon ("kamal", "omer", "marisol"). */
function isListedLowerName(token: Token): boolean {
  return (
    lowerWord.test(token.lower) &&
    !notNames.has(token.lower) &&
    !personalActs.has(token.lower) &&
    isKnownFirstName(token.lower)
  );
}

/**
 * An anonymised stand-in for a person: a role (or a word such as "actor" that anonymisers number) followed by a
 * number or a capital letter, "Responder 1", "Stakeholder #2", "Engineer B", "reviewer-3". Without the role the
 * number reads as a component's ("node 3", "replica-2").
 */
function isPlaceholder(label: Token, role: Token | undefined): boolean {
  if (role === undefined || !placeholderLabel.test(label.cased)) return false;
  return roles.has(role.lower) || placeholderRoles.has(role.lower);
}

/** "reviewer-3", "responder-a": a role and its number written as one hyphenated token. */
function isHyphenatedPlaceholder(token: Token): boolean {
  const m = hyphenatedPlaceholder.exec(token.lower);
  return m !== null && (roles.has(m[1] as string) || placeholderRoles.has(m[1] as string));
}

/** "Security's", "Platform's": a capitalised department in the possessive, with no determiner, is a team. */
function isDepartment(owner: string, token: Token, previous: Token | undefined): boolean {
  return (
    departments.has(owner) && capitalFirst.test(token.cased) && !(previous && determiners.has(previous.lower))
  );
}

/**
 * Whether a token is an auxiliary or adverb trailing the subject rather than its head. A capitalised word the caller
 * named as a person is the person even when it is also an auxiliary: with Will Rust on the roster, "Will had read"
 * is Will, not the modal (a modal never takes "had").
 */
function isTrailer(token: Token, roster: Roster): boolean {
  if (!subjectTrailers.has(token.lower)) return false;
  return !(roster.names.has(token.lower) && capitalFirst.test(token.cased));
}

// What never follows a modal ("may", "will"): a verb in the past (not "need", "proceed") or a gerund (not
// "bring"), another auxiliary or an adverb of blame.
const notAfterModal =
  /^\s+(?:\p{Ll}+(?<!e)ed|\p{Ll}{3,}ing|forgot|ran|broke|took|made|let|put|set|did|didn['’]t|never|should|could|would|must|had|has|just|clearly|obviously|simply|really|apparently|totally)\b/u;

/**
 * Whether a capitalised word that is both an auxiliary and a name people have (May, Will) is the name: standing
 * alone as the subject, before what no modal takes ("May forgot to lower the TTL", "Will just pushed it").
 */
function modalNamed(token: Token, lower: string): boolean {
  return (
    capitalFirst.test(token.cased) &&
    subjectTrailers.has(token.lower) &&
    isFirstNameWord(token.lower) &&
    notAfterModal.test(lower.slice(token.start + token.lower.length))
  );
}

/** Classifies one token; `first` says it opens the sentence, where any word is capitalised. */
// Software named "<what it manages> manager": "the certificate manager should have renewed it" is cert-manager, not a
// person; "the release manager" and "the incident manager" stay people.
const managedThings =
  /^(?:cert|certificate|certificates|secret|secrets|package|cluster|window|connection|connections|task|resource|node|service|config|configuration|memory|session|state|lock|password|key|device|volume|dependency|version|transaction|process|job|network|display|boot|log|traffic|storage|disk|partition|entitlement|license|pool|cache)$/;
function isSoftwareManager(before: string | undefined, word: string): boolean {
  return (word === 'manager' || word === 'managers') && before !== undefined && managedThings.test(before);
}

function classifyToken(token: Token, previous: Token | undefined, first: boolean, roster: Roster): AgentKind {
  const word = token.lower;
  if (roster.names.has(word)) return 'person';
  // "None" capitalised inside a sentence is Rust's or Python's value ("unwrap() on None panicked"), not "none of
  // us" (trial 18e E2-4).
  if (word === 'none' && !first && token.cased === 'None') return 'system';
  if (personPronouns.has(word)) return 'person';
  if (thingPronouns.has(word)) return 'system';
  if (isSoftwareManager(previous?.lower, word)) return 'system';
  if (roles.has(word) && word !== 'operator' && word !== 'operators') return 'person';
  if (isHyphenatedPlaceholder(token)) return 'person';
  // An e-mail address or a chat handle stands for the person it reaches ("lan.nguyen@example.com should have…",
  // "@minjun forgot…"; trial 12b T12-5).
  if (
    /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(token.cased) ||
    /^@[\p{L}][\p{L}\p{N}._-]*$/u.test(token.cased)
  )
    return 'person';
  // Usually a Kubernetes operator in these teams; a human operator is caught by the human-error rules.
  if (word === 'operator' || word === 'operators') return 'unknown';
  if (workProducts.has(word)) return 'artifact';
  if (systemNouns.has(word)) return 'system';
  if (isCodeLike(token) && !roles.has(word.replace(hyphens, ''))) {
    return twoWordKebab.test(word) && roles.has(word) ? 'person' : 'system';
  }
  if (capitalFirst.test(token.cased)) {
    // An acronym, plural or not ("PDFs", "TLS", "VMs"), is a thing: roles written so (SRE, DBA) were taken above.
    if (/^\p{Lu}{2,}s?$/u.test(token.cased) && !departmentSubjects.has(word)) return 'system';
    if (knownFirstNames.has(word)) return 'person';
    if (productNames.has(word)) return 'system';
    if (notNames.has(word)) return 'unknown';
    if (previous && determiners.has(previous.lower)) return 'system';
    if (first && (nounSuffix.test(word) || cyTyEnding.test(word))) {
      // A name with a noun's ending opening the sentence (Meiling, Hans, Bence, Teodor): the broad name list
      // decides, unless the word is also an everyday one. Only a sentence a rule matched gets here.
      return isKnownFirstName(word) ? 'person' : 'unknown';
    }
    return 'person';
  }
  // In an English sentence, a word of a caseless script in a subject's or owner's place is a name ("王伟 should
  // have…", "김민준's change"): nothing marks it as one, and software there would be written in Latin letters.
  if (caselessWord.test(token.cased))
    return previous && determiners.has(previous.lower) ? 'system' : 'person';
  if (agentNounEnding.test(word)) return 'system';
  return 'unknown';
}

/** Classifies a noun phrase given as token list: its head decides, a possessive person makes it `possessed`. */
/**
 * Two capitalised words inside a sentence, the first a first name and the second no product: a full name, also
 * when both are everyday words too ("mistakes by Grant Page", "a poor decision by Will Bishop"). Not at the start
 * of a sentence, where every word is capitalised.
 */
function isCapitalisedFullName(first: Token, second: Token, sentenceStart: number): boolean {
  const sentenceCase = /^\p{Lu}\p{Ll}+$/u;
  return (
    first.start !== sentenceStart &&
    sentenceCase.test(first.cased) &&
    sentenceCase.test(second.cased) &&
    isFirstNameWord(first.lower) &&
    !isProductName(second.lower)
  );
}

/**
 * A capitalised word opening the sentence in the possessive, before a person's work ("Tigist's migration", "Anselm's
 * change"): a name even with a noun's ending, which alone leaves it unknown at the start of a sentence. A common
 * noun there would take a determiner ("the specialist's change"); days, months and known words are not names.
 */
function namesWorkOwner(owner: Token, owned: Token, index: number): boolean {
  return (
    index === 0 &&
    capitalFirst.test(owner.cased) &&
    !notNames.has(owner.lower) &&
    !productNames.has(owner.lower) &&
    (workProducts.has(owned.lower) || personalActs.has(owned.lower))
  );
}

function classifyPhrase(
  list: Token[],
  sentenceStart: number,
  roster: Roster,
  lower: string,
  allLower = false,
): AgentKind {
  if (list.length === 1 && modalNamed(list[0] as Token, lower)) return 'person';
  // Chat opens with a filler ("tbh ishaan shouldve…", "ngl Priya forgot…"): the word after it opens the sentence.
  const opener = list[0] as Token;
  if (list.length > 1 && opener.start === sentenceStart && chatOpeners.has(opener.lower)) {
    return classifyPhrase(list.slice(1), (list[1] as Token).start, roster, lower, allLower);
  }
  let end = list.length;
  while (end > 0 && isTrailer(list[end - 1] as Token, roster)) end--;
  if (end === 0) return 'none';
  const phrase = lower.slice(
    (list[0] as Token).start,
    (list[end - 1] as Token).start + (list[end - 1] as Token).lower.length,
  );
  for (const team of roster.teams) if (phrase.endsWith(team)) return 'person';
  // A free relative stands for a person whatever its object: "whoever touched the config", "anyone who merged…".
  if (indefiniteHeads.has((list[0] as Token).lower) && end > 1) return 'person';
  for (const name of roster.names) if (name.includes(' ') && phrase.endsWith(name)) return 'person';
  if (end === 2 && isCapitalisedFullName(list[0] as Token, list[1] as Token, sentenceStart)) return 'person';
  const head = list[end - 1] as Token;
  if (isPlaceholder(head, list[end - 2])) return 'person';
  const headKind = classifyToken(head, list[end - 2], head.start === sentenceStart, roster);
  if (headKind === 'person') return 'person';
  // A bare capitalised word opening the sentence and directly followed by the blame predicate is a name even with
  // a noun-like ending ("Bence forgot to…", "Kemal just needed to…"): a common noun there would take a determiner.
  if (end === 1 && departmentSubjects.has(head.lower) && capitalFirst.test(head.cased)) return 'person';
  // Chat written all in lower case has no capitals to go by: a bare unknown word opening the line, directly before
  // the blame predicate and without a noun ending, is taken for a name ("mihai could've rolled back").
  if (
    headKind === 'unknown' &&
    allLower &&
    end === 1 &&
    head.start === sentenceStart &&
    head.cased === head.lower &&
    isLowerName(head)
  ) {
    return 'person';
  }
  if (headKind === 'unknown' && end === 1 && head.start === sentenceStart && isBareName(head))
    return 'person';
  // A word people are named that is also an everyday word (Will, May, Hope, Faith), capitalised and standing alone
  // as the agent a rule found: "May forgot to lower the TTL", "came down to Will renewing the wrong list". As a
  // modal, a month or a noun it would take a verb's base form, a date or a determiner there.
  if (headKind === 'unknown' && end === 1 && capitalFirst.test(head.cased) && isFirstNameWord(head.lower))
    return 'person';
  // Anywhere in such chat, a single word the name list knows (and no lexicon word) is a name: "had marisol checked
  // the lag first…", also with an ending nouns share ("kamal pushed…", "omer forgot…"): the list decides.
  // An agent noun's ending (-er, -or) alone made it software ("omer" like "poller"): the list outweighs it.
  const byEnding = headKind === 'system' && agentNounEnding.test(head.lower) && !systemNouns.has(head.lower);
  if (
    (headKind === 'unknown' || byEnding) &&
    allLower &&
    end === 1 &&
    head.cased === head.lower &&
    isListedLowerName(head)
  )
    return 'person';
  // A hyphenated word with a capital on both sides is a name's shape (Mei-Ling, Jean-Luc, Anne-Marie); software
  // and places written so would be known words.
  if (headKind === 'unknown' && end === 1 && hyphenatedName.test(head.cased)) return 'person';
  if (headKind === 'unknown') {
    // "the SRE on shift", "the engineer at the keyboard": the head sits before the preposition.
    const prep = list.findIndex((token, i) => i > 0 && i < end && prepositions.has(token.lower));
    if (prep > 0) {
      const before = list[prep - 1] as Token;
      if (classifyToken(before, list[prep - 2], before.start === sentenceStart, roster) === 'person')
        return 'person';
    }
  }
  // A person's possessive makes the phrase their work unless the thing owned is software ("her parser").
  const prep = list.findIndex((token, i) => i > 0 && i < end && prepositions.has(token.lower));
  const owned = prep > 0 ? (list[prep - 1] as Token) : head;
  // Named in the possessive ("Juhani's retry wrapper", "Hunter's backfill job"), the owner is who the sentence
  // points at, whatever they own; only a pronoun's software ("her parser") is the software.
  const namedOwner = list.slice(0, end - 1).some((token) => stripPossessive(token.lower) !== undefined);
  if (!namedOwner && owned !== head && classifyToken(owned, undefined, false, roster) === 'system')
    return headKind;
  // "Her error" is a person's slip even though "error" alone reads as a system condition.
  if (
    !namedOwner &&
    owned === head &&
    headKind === 'system' &&
    !slipNouns.has(head.lower) &&
    !personalActs.has(head.lower)
  ) {
    return headKind;
  }
  for (let i = 0; i < end - 1; i++) {
    const token = list[i] as Token;
    if (personPossessives.has(token.lower)) return 'possessed';
    const owner = stripPossessive(token.lower);
    if (owner !== undefined && isDepartment(owner, token, list[i - 1])) return 'possessed';
    if (owner !== undefined) {
      const ownerToken = { ...token, lower: owner, cased: token.cased.slice(0, owner.length) };
      // "Responder 3's change", "Engineer B's deploy": the numbered stand-in for a person owns the work.
      if (isPlaceholder(ownerToken, list[i - 1])) return 'possessed';
      const ownerKind = classifyToken(ownerToken, list[i - 1], token.start === sentenceStart, roster);
      if (ownerKind === 'person' || (ownerKind === 'unknown' && namesWorkOwner(ownerToken, owned, i))) {
        return 'possessed';
      }
    }
  }
  const owner = stripPossessive(head.lower);
  if (owner !== undefined) {
    const ownerToken = { ...head, lower: owner, cased: head.cased.slice(0, owner.length) };
    if (classifyToken(ownerToken, list[end - 2], head.start === sentenceStart, roster) === 'person') {
      return 'possessed';
    }
  }
  return headKind;
}

/**
 * The agent of a predicate that starts at `index` of a sentence: the subject noun phrase of its clause, or,
 * when the clause has none ("…and forgot to"), the subject of the clause before it.
 */
export function subjectBefore(
  lower: string,
  cased: string,
  sentenceStart: number,
  index: number,
  roster: Roster,
): AgentKind {
  const from = Math.max(sentenceStart, index - 160);
  const boundaries: Array<{ start: number; end: number }> = [];
  clauseBoundary.lastIndex = from;
  for (let m = clauseBoundary.exec(lower); m && m.index < index; m = clauseBoundary.exec(lower)) {
    boundaries.push({ start: m.index, end: m.index + m[0].length });
  }
  const own = tokens(lower, cased, boundaries.at(-1)?.end ?? from, index);
  const kind = classifyPhrase(own, sentenceStart, roster, lower, !sentenceCaseWord.test(cased));
  if (kind !== 'none' || boundaries.length === 0) return kind;
  // No subject of its own: borrow the subject (first words, before any preposition) of the clause before. A clause
  // that opens with a verb ("payouts-rs then hit unwrap on None and panicked") has none either: after "and", "or",
  // "then" or a comma, look further back. After "which" or "that" the pronoun is the subject: one clause only.
  const last = boundaries.at(-1) as { start: number; end: number };
  // A note's label is no subject: "Action: remind the night shift to…", "Follow-up: have a word with…".
  if (
    boundaries.length === 1 &&
    lower.charCodeAt(last.start) === 58 &&
    isLabel(lower, cased, from, last.start)
  )
    return 'none';
  const coordinated = coordinator.test(lower.slice(last.start, last.end));
  const reach = coordinated ? 4 : 1;
  for (let k = boundaries.length - 1; k >= Math.max(0, boundaries.length - reach); k--) {
    const start = k > 0 ? (boundaries[k - 1] as { end: number }).end : from;
    const before = tokens(lower, cased, start, (boundaries[k] as { start: number }).start);
    const cut = before.findIndex((token) => prepositions.has(token.lower));
    const words = (cut < 0 ? before : before.slice(0, Math.max(1, cut))).slice(0, 4);
    for (let i = 0; i < words.length; i++) {
      const token = words[i] as Token;
      if (isTrailer(token, roster) || determiners.has(token.lower)) continue;
      const found = classifyToken(token, words[i - 1], token.start === sentenceStart, roster);
      if (found === 'person' || found === 'system') return found;
    }
    const opening = before[0];
    if (!opening) continue;
    if (determiners.has(opening.lower) || anyCapital.test(opening.cased) || isCodeLike(opening)) break;
  }
  return 'none';
}

/** Whether the words from the sentence's start to a colon are a note's label: one to three words, none a name. */
function isLabel(lower: string, cased: string, from: number, colon: number): boolean {
  const words = tokens(lower, cased, from, colon);
  return words.length > 0 && words.length <= 3 && words.every((word) => !isKnownFirstName(word.lower));
}

/** Classifies the phrase between two offsets (e.g. a regex group naming the agent). */
export function classifySpan(
  lower: string,
  cased: string,
  sentenceStart: number,
  from: number,
  to: number,
  roster: Roster,
): AgentKind {
  return classifyPhrase(
    tokens(lower, cased, from, to),
    sentenceStart,
    roster,
    lower,
    !sentenceCaseWord.test(cased),
  );
}

const strongBoundary =
  /[;:()—–]|\s-\s|\b(?:because|since|when|whenever|while|although|though|if|unless|but|whereas)\b/g;

/** The subject at the start of the clause holding `index` ("Ruth restarted the primary instead of…" → Ruth). */
export function clauseSubject(
  lower: string,
  cased: string,
  sentenceStart: number,
  index: number,
  roster: Roster,
  start = sentenceStart,
): AgentKind {
  let from = start;
  strongBoundary.lastIndex = start;
  for (let m = strongBoundary.exec(lower); m && m.index < index; m = strongBoundary.exec(lower)) {
    from = m.index + m[0].length;
  }
  let list = tokens(lower, cased, from, index);
  if (list.length === 0) {
    // "Despite the freeze, the team…": the subject follows the fronted phrase.
    const comma = lower.indexOf(',', index);
    if (comma >= 0) return clauseSubject(lower, cased, sentenceStart, lower.length, roster, comma + 1);
    list = [];
  }
  // Skip a leading adverbial such as "At 14:02," or "On Friday".
  let i = 0;
  const comma = lower.indexOf(',', from);
  if (comma >= 0 && comma < index && comma - from < 30) {
    while (i < list.length && (list[i] as Token).start < comma) i++;
  }
  for (let seen = 0; i < list.length && seen < 4; i++, seen++) {
    const token = list[i] as Token;
    if (isTrailer(token, roster) || determiners.has(token.lower)) continue;
    // A department named bare right before the predicate is a team: "QA signed off without…", "Security locked…".
    if (i === list.length - 1 && departmentSubjects.has(token.lower) && capitalFirst.test(token.cased))
      return 'person';
    const found = classifyToken(token, list[i - 1], token.start === sentenceStart, roster);
    // A thing's name before a role is a compound noun naming a person: "the release manager", "our QA lead".
    const next = list[i + 1];
    if ((found === 'system' || found === 'artifact') && next && roles.has(next.lower))
      return isSoftwareManager(token.lower, next.lower) ? 'system' : 'person';
    if (found !== 'unknown') return found;
  }
  return 'none';
}
