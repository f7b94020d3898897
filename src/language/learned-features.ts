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
const possessive = /['’]s$/;
// "let's", "it's", "that's": a verb after the apostrophe, not an owner.
const contractions = /^(?:let|it|that|what|there|here|who|he|she|where|how|when|why)['’]s$/i;

/**
 * The sentence as the model's tokens: lower case, with names, handles, numbers and caseless words replaced. A name
 * is read from the shape of the words alone, so that the model costs little per sentence: a handle, a word of a
 * script without case, a capitalised word inside the sentence that is no word debrief knows (product, role, system
 * noun, month …), and a first word that is a first name of the lexicon's short list.
 */
export function modelTokens(sentence: string): string[] {
  const out: string[] = [];
  const found: string[] = [];
  // Where each word starts a line or follows a sentence's end: a capital there says nothing of a name.
  const opening: boolean[] = [];
  let last = 0;
  for (const m of sentence.matchAll(word)) {
    const gap = sentence.slice(last, m.index);
    opening.push(found.length === 0 || /[.!?:]\s*$|\n/.test(gap) || /[.!?:]$/.test(found.at(-1) as string));
    found.push(m[0]);
    last = m.index + m[0].length;
  }
  for (let i = 0; i < found.length; i++) {
    let token = found[i] as string;
    let owner = false;
    if (possessive.test(token) && !contractions.test(token)) {
      token = token.slice(0, -2);
      owner = true;
    }
    const lower = token.toLowerCase();
    let name = token.startsWith('@') || caseless.test(token);
    if (!name && capital.test(token) && !allCaps.test(token) && !isEverydayWord(lower)) {
      name = opening[i] ? knownFirstNames.has(lower) : true;
    }
    out.push(name ? 'zzname' : lower.replace(digits, '0').replace(/’/g, "'"));
    if (owner) out.push("'s");
  }
  return out;
}

/** The model's features of a sentence: each token and each pair of neighbouring tokens, once. */
export function modelFeatures(sentence: string): string[] {
  return featuresOf(modelTokens(sentence));
}

/** The features of a sentence's tokens (see `modelFeatures`). */
export function featuresOf(tokens: readonly string[]): string[] {
  const features = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    features.add(tokens[i] as string);
    if (i + 1 < tokens.length) features.add(`${tokens[i]}_${tokens[i + 1]}`);
  }
  return [...features];
}

// Pronouns that stand for the speaker or the reader: a facilitator's "you" and a team's "we" and "I" explain as
// often as they blame, so they alone do not make a sentence about someone.
const speakers = new Set(['i', 'we', 'us', 'you', 'one', 'none', 'me']);

/**
 * Whether the tokens name someone blame could land on: a name or handle, a role ("the on-call", "the intern", "the
 * support team"), or a third person ("he", "they", "someone", "whoever"). Blame needs someone to land on;
 * where there is none, the learned model stays quiet and the rules alone decide.
 */
export function namesSomeone(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    // "they're" is "they"; a role word after "to" is a verb ("asked to lead the review").
    const token = (tokens[i] as string).replace(/'.*$/, '');
    // A department alone ("the payments case", "web traffic") is a thing as often as a team; "team", "squad" and
    // the other roles say who (a new-user trial found "In the payments case the test setup…" read as about someone).
    if (token === 'zzname') return true;
    if (roles.has(token) && tokens[i - 1] !== 'to') return true;
    if (personPronouns.has(token) && !speakers.has(token)) return true;
    if (/^(?:his|her|hers|their|theirs|whose)$/.test(token)) return true;
  }
  return false;
}
