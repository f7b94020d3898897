import { isEverydayWord } from './person-names.js';
import { knownFirstNames, personPronouns, roles } from './rules/generated/lexicon.js';

// The words a learned model of blame reads in a sentence (src/language/learned.ts, trained by
// scripts/train-blame-model.ts). Names, handles, numbers and words of scripts without case are replaced by one
// token each, so that what the model learns about "Priya's change broke checkout" holds for "Oluwaseun's change
// broke checkout" too: the model learns the shape of blame, not the people in its training sentences.

const caseless =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Devanagari}]/u;
const word = /@[\p{L}\p{N}._-]+|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*|[?!]/gu;
const capital = /^\p{Lu}/u;
const allCaps = /^[\p{Lu}\p{N}-]+$/u;
const digits = /\d+/g;
const hasDigit = /\d/;
const space = /\s/;
// "let's", "it's", "that's": a verb after the apostrophe, not an owner.
const contractions = /^(?:let|it|that|what|there|here|who|he|she|where|how|when|why)['’]s$/i;

/** A full stop, "!", "?" or ":": a capital after one says nothing of a name. */
function endsClause(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58;
}

/**
 * Whether the text between two words opens a new clause: it holds a line break, or its last character other than
 * white space ends one ("Done. Priya", "status: Priya").
 */
function gapOpens(text: string, from: number, to: number): boolean {
  let sawStop = false;
  let trailing = true;
  for (let j = to - 1; j >= from; j--) {
    const code = text.charCodeAt(j);
    if (code === 10) return true;
    if (!trailing) continue;
    if (code === 32 || code === 9 || (code > 127 && space.test(text.charAt(j)))) continue;
    if (code < 32 && code !== 10 && space.test(text.charAt(j))) continue;
    trailing = false;
    sawStop = endsClause(code);
  }
  return sawStop;
}

/** Whether a word (not a handle) of a script with case is a name by its shape alone. */
function shapedLikeName(token: string, lower: string, opening: boolean): boolean {
  const first = token.charCodeAt(0);
  const upper = first < 128 ? first >= 65 && first <= 90 : capital.test(token);
  if (!upper || allCaps.test(token) || isEverydayWord(lower)) return false;
  return opening ? knownFirstNames.has(lower) : true;
}

/**
 * The sentence as the model's tokens: lower case, with names, handles, numbers and caseless words replaced. A name
 * is read from the shape of the words alone, so that the model costs little per sentence: a handle, a word of a
 * script without case, a capitalised word inside the sentence that is no word debrief knows (product, role, system
 * noun, month …), and a first word that is a first name of the lexicon's short list. One pass over the sentence, no
 * text cut out between the words: lint runs this on every sentence no rule flagged.
 */
export function modelTokens(sentence: string): string[] {
  const out: string[] = [];
  let last = 0;
  let first = true;
  // Whether the previous word itself ended a clause ("?", "!", a handle ending in a full stop).
  let stopped = false;
  word.lastIndex = 0;
  for (let m = word.exec(sentence); m; m = word.exec(sentence)) {
    const found = m[0];
    // A word that starts the text or follows a clause's end: a capital there says nothing of a name.
    const opening = first || stopped || gapOpens(sentence, last, m.index);
    first = false;
    stopped = endsClause(found.charCodeAt(found.length - 1));
    last = m.index + found.length;
    let token = found;
    let owner = false;
    const end = token.charCodeAt(token.length - 1);
    const apostrophe = token.charCodeAt(token.length - 2);
    if (end === 115 && (apostrophe === 39 || apostrophe === 8217) && !contractions.test(token)) {
      token = token.slice(0, -2);
      owner = true;
    }
    const lower = token.toLowerCase();
    const lead = token.charCodeAt(0);
    const name =
      lead === 64 ||
      (lead > 127 && caseless.test(token)) ||
      (lead > 127 || (lead >= 65 && lead <= 90) ? shapedLikeName(token, lower, opening) : false);
    if (name) out.push('zzname');
    else {
      let plain = hasDigit.test(lower) ? lower.replace(digits, '0') : lower;
      if (plain.includes('’')) plain = plain.replace(/’/g, "'");
      out.push(plain);
    }
    if (owner) out.push("'s");
  }
  return out;
}

/** The model's features of a sentence: each token and each pair of neighbouring tokens, once. */
export function modelFeatures(sentence: string): string[] {
  return featuresOf(modelTokens(sentence));
}

// The endings a word's stem leaves out ("blamed", "blaming" and "blames" share "~blam"), and their last letters.
const ending = /(?:ing|ed|es|s|ly|ness|ful)$/;
const stemEnds = new Set([...'gdsyl'].map((letter) => letter.charCodeAt(0)));

/** The features of a sentence's tokens (see `modelFeatures`). */
export function featuresOf(tokens: readonly string[]): string[] {
  const features = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    features.add(token);
    // Only a word ending as these endings do is cut (a test of its last letter before the pattern: lint runs this on
    // every sentence no rule flagged).
    if (stemEnds.has(token.charCodeAt(token.length - 1))) {
      const stem = token.replace(ending, '');
      if (stem.length >= 3 && stem !== token) features.add(`~${stem}`);
    }
    if (i + 1 < tokens.length) features.add(`${tokens[i]}_${tokens[i + 1]}`);
  }
  return [...features];
}

// Pronouns that stand for the speaker or the reader: a facilitator's "you" and a team's "we" and "I" explain as
// often as they blame, so they alone do not make a sentence about someone.
const speakers = new Set(['i', 'we', 'us', 'you', 'u', 'one', 'none', 'me']);
const owners = new Set(['his', 'her', 'hers', 'their', 'theirs', 'whose']);
const absent = new Set(['no', 'without', 'lacks', 'lacked', 'missing']);

/**
 * Whether the tokens name someone blame could land on: a name or handle, a role ("the on-call", "the intern", "the
 * support team"), or a third person ("he", "they", "someone", "whoever"). Blame needs someone to land on;
 * where there is none, the learned model stays quiet and the rules alone decide.
 */
export function namesSomeone(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    // "they're" is "they"; a role word after "to" is a verb ("asked to lead the review").
    const whole = tokens[i] as string;
    const cut = whole.indexOf("'");
    const token = cut < 0 ? whole : whole.slice(0, cut);
    // A department alone ("the payments case", "web traffic") is a thing as often as a team; "team", "squad" and
    // the other roles say who (a new-user trial found "In the payments case the test setup…" read as about someone).
    if (token === 'zzname') return true;
    // A role no one filled is a gap in the system ("deploys have no second reviewer on call", trial 23).
    if (
      roles.has(token) &&
      tokens[i - 1] !== 'to' &&
      !absent.has(tokens[i - 1] ?? '') &&
      !absent.has(tokens[i - 2] ?? '')
    )
      return true;
    if (personPronouns.has(token) && !speakers.has(token)) return true;
    if (owners.has(token)) return true;
  }
  return false;
}
