import { personNameSpans } from './person-names.js';
import { departments, personPronouns, roles } from './rules/generated/lexicon.js';

// The words a learned model of blame reads in a sentence (src/language/learned.ts, trained by
// scripts/train-blame-model.ts). Names, handles, numbers and words of scripts without case are replaced by one
// token each, so that what the model learns about "Priya's change broke checkout" holds for "Oluwaseun's change
// broke checkout" too: the model learns the shape of blame, not the people in its training sentences.

const handle = /@[\p{L}\p{N}._-]+/gu;
const caseless =
  /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Devanagari}]+/gu;
const digits = /\d+/g;
const word = /[\p{L}0'’-]+|[?!]/gu;

/** The sentence as the model's tokens: lower case, with names, handles, numbers and caseless words replaced. */
export function modelTokens(sentence: string): string[] {
  let text = sentence;
  const spans = personNameSpans(text).sort((a, b) => a.start - b.start);
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i] as { name: string; start: number };
    text = `${text.slice(0, span.start)} zzname ${text.slice(span.start + span.name.length)}`;
  }
  text = text
    .toLowerCase()
    .replace(handle, ' zzname ')
    .replace(caseless, ' zzname ')
    .replace(digits, '0')
    .replace(/’/g, "'");
  return text.match(word) ?? [];
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
 * Whether the tokens name someone blame could land on: a name or handle, a role ("the on-call", "the intern"), a
 * team or department, or a third person ("he", "they", "someone", "whoever"). Blame needs someone to land on;
 * where there is none, the learned model stays quiet and the rules alone decide.
 */
export function namesSomeone(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    // "they're" is "they"; a role word after "to" is a verb ("asked to lead the review").
    const token = (tokens[i] as string).replace(/'.*$/, '');
    if (token === 'zzname' || departments.has(token)) return true;
    if (roles.has(token) && tokens[i - 1] !== 'to') return true;
    if (personPronouns.has(token) && !speakers.has(token)) return true;
    if (/^(?:his|her|hers|their|theirs|whose)$/.test(token)) return true;
  }
  return false;
}
