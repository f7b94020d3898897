// The cheap prefilter of the analyzer: a rule's pattern is only tried on a sentence that holds one of its cue
// words. This scans every word of a document, so it works on character codes and offsets, not on slices.
import type { Rule } from './rule.js';

/** A cue word and the index of its rule. */
interface Cue {
  word: string;
  rule: number;
  /** Cues of five letters or more match as prefixes, shorter ones as whole words with a common ending. */
  prefix: boolean;
}

/** The cues that share their first two letters: two-letter cues, and the longer ones by their third letter. */
interface CueBucket {
  short: Cue[];
  byThird: Map<number, Cue[]>;
  /** The lists of `byThird` whose third letter is below 128, by its code: an array reads faster than a map. */
  third: Array<Cue[] | undefined>;
}

/**
 * Cue buckets by the character codes of a word's first two letters: a table for two codes below 128 (at
 * `first * 128 + second`), and a map by `cueKey` for the rest. Every word of a document is looked up here, most
 * before V8 has optimised the scan, when reading an array costs much less than a map's lookup.
 */
export interface CueIndex {
  ascii: Array<CueBucket | undefined>;
  other: Map<number, CueBucket>;
}

/** Whether a character is of a script written without spaces between words: CJK and Hangul, from U+2E80. */
function isSpaceless(code: number): boolean {
  return code >= 0x2e80 && code < 0xd800;
}

/** The key of a word or cue: its first two UTF-16 code units. */
function cueKey(text: string, at: number): number {
  return (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
}

/** Indexes every rule's cue words (a phrase by its first word) by their first two letters, then by the third. */
export function indexCues(rules: readonly Rule[]): CueIndex {
  const cues = new Map<number, CueBucket>();
  rules.forEach(({ id, cue: phrases }, rule) => {
    for (const alternative of phrases.split('|')) {
      const word = alternative.trim().split(' ')[0] ?? '';
      if (word.length < 2) throw new Error(`rule ${id}: cue "${alternative}" is shorter than two letters`);
      const key = cueKey(word, 0);
      let bucket = cues.get(key);
      if (bucket === undefined) {
        bucket = { short: [], byThird: new Map(), third: [] };
        cues.set(key, bucket);
      }
      // A cue of a script written without spaces (Han, kana, Hangul) matches wherever it starts (see markCues).
      const cue: Cue = { word, rule, prefix: word.length >= 5 || isSpaceless(word.charCodeAt(0)) };
      if (word.length === 2) bucket.short.push(cue);
      else {
        const list = bucket.byThird.get(word.charCodeAt(2)) ?? [];
        list.push(cue);
        bucket.byThird.set(word.charCodeAt(2), list);
      }
    }
  });
  const index: CueIndex = { ascii: new Array(128 * 128).fill(undefined), other: new Map() };
  for (const [key, bucket] of cues) {
    bucket.third = new Array(128).fill(undefined);
    for (const [third, list] of bucket.byThird) if (third < 128) bucket.third[third] = list;
    const first = key >>> 16;
    const second = key & 0xffff;
    if (first < 128 && second < 128) index.ascii[first * 128 + second] = bucket;
    else index.other.set(key, bucket);
  }
  return index;
}

/** The bucket of the word starting at `at` (two letters or more). */
function bucketAt(lower: string, at: number, cues: CueIndex): CueBucket | undefined {
  const first = lower.charCodeAt(at);
  const second = lower.charCodeAt(at + 1);
  if (first < 128 && second < 128) return cues.ascii[first * 128 + second];
  return cues.other.get(cueKey(lower, at));
}

// Endings a short cue may carry and still count ("care" → "cared", "didn" → "didn't").
const shortCueEndings = new Set(['s', 'es', 'ed', 'd', 'ing', 'ly', "'s", '’s', "n't", 'n’t', "'t", '’t']);

/** The rules whose cue a sentence carries: a flag per rule, and their indices in `list[0, count)`. */
export interface Wanted {
  flags: Uint8Array;
  list: Int32Array;
  count: number;
}

/** An empty `Wanted` for `size` rules, reused sentence after sentence. */
export function wantedFor(size: number): Wanted {
  return { flags: new Uint8Array(size), list: new Int32Array(size), count: 0 };
}

/** Clears `wanted` for the next sentence (resetting only what was set). */
function clearWanted(wanted: Wanted): void {
  for (let k = 0; k < wanted.count; k++) wanted.flags[wanted.list[k] ?? 0] = 0;
  wanted.count = 0;
}

/** Sorts the wanted rule indices ascending (rules are in precedence order); the list is short, so insertion sort. */
function sortWanted(wanted: Wanted): void {
  const list = wanted.list;
  for (let k = 1; k < wanted.count; k++) {
    const value = list[k] ?? 0;
    let j = k - 1;
    for (; j >= 0 && (list[j] ?? 0) > value; j--) list[j + 1] = list[j] ?? 0;
    list[j + 1] = value;
  }
}

/** Marks the rules of the cues in `list` that the word `lower[start, end)` carries. */
function markList(lower: string, start: number, end: number, list: readonly Cue[], wanted: Wanted): boolean {
  let any = false;
  for (let k = 0; k < list.length; k++) {
    const cue = list[k] as Cue;
    const after = start + cue.word.length;
    if (after > end || !lower.startsWith(cue.word, start)) continue;
    if (cue.prefix || after === end || shortCueEndings.has(lower.slice(after, end))) {
      if (wanted.flags[cue.rule] === 0) {
        wanted.flags[cue.rule] = 1;
        wanted.list[wanted.count++] = cue.rule;
      }
      any = true;
    }
  }
  return any;
}

/** Marks the rules whose cue the word `lower[start, end)` carries. */
function markWord(lower: string, start: number, end: number, cues: CueIndex, wanted: Wanted): boolean {
  if (end - start < 2) return false;
  const bucket = bucketAt(lower, start, cues);
  return bucket !== undefined && markBucket(lower, start, end, bucket, wanted);
}

/** Marks the rules of the bucket's cues that the word `lower[start, end)` (of two letters or more) carries. */
function markBucket(lower: string, start: number, end: number, bucket: CueBucket, wanted: Wanted): boolean {
  let any = bucket.short.length > 0 && markList(lower, start, end, bucket.short, wanted);
  if (end - start > 2) {
    const third = lower.charCodeAt(start + 2);
    const list = third < 128 ? bucket.third[third] : bucket.byThird.get(third);
    if (list !== undefined && markList(lower, start, end, list, wanted)) any = true;
  }
  return any;
}

/**
 * Word characters below 128: 1 for [a-z0-9], which start a word and go on with it, 2 for ' _ -, which only go on
 * with one (as does ’, U+2019). A table, not functions: a lint runs this scan over every character of every file
 * before V8 has optimised it, when each call costs.
 */
const wordChar = new Uint8Array(128);
for (let code = 97; code <= 122; code++) wordChar[code] = 1;
for (let code = 48; code <= 57; code++) wordChar[code] = 1;
for (const ch of "'_-") wordChar[ch.charCodeAt(0)] = 2;

/**
 * Marks in `wanted` the rules whose cue occurs in the sentence, in rule order; returns whether any does. A word is a letter or
 * digit followed by letters, digits and ' ’ _ -; a hyphenated word also counts by each of its parts.
 */
export function markCues(lower: string, cues: CueIndex, wanted: Wanted): boolean {
  clearWanted(wanted);
  let any = false;
  const length = lower.length;
  let i = 0;
  while (i < length) {
    const first = lower.charCodeAt(i);
    if (first >= 128 || wordChar[first] !== 1) {
      // Han, kana and Hangul have no spaces to mark where a word starts: a cue of theirs may start at any character
      // (only such cues are keyed off ASCII, so English text never reaches the map here).
      if (first >= 0x2e80 && first < 0xd800 && cues.other.size > 0) {
        const bucket = cues.other.get(cueKey(lower, i));
        if (bucket !== undefined && markBucket(lower, i, length, bucket, wanted)) any = true;
      }
      i++;
      continue;
    }
    let end = i + 1;
    let hyphen = false;
    for (; end < length; end++) {
      const code = lower.charCodeAt(end);
      if (code < 128) {
        if (wordChar[code] === 0) break;
        if (code === 45) hyphen = true;
      } else if (code !== 0x2019) break;
    }
    if (end - i >= 2) {
      const second = lower.charCodeAt(i + 1);
      const bucket = second < 128 ? cues.ascii[first * 128 + second] : cues.other.get(cueKey(lower, i));
      if (bucket !== undefined && markBucket(lower, i, end, bucket, wanted)) any = true;
    }
    if (hyphen) {
      for (let part = i, dash = lower.indexOf('-', i); part <= end; dash = lower.indexOf('-', part)) {
        const stop = dash < 0 || dash > end ? end : dash;
        if (stop > part && markWord(lower, part, stop, cues, wanted)) any = true;
        part = stop + 1;
      }
    }
    i = end;
  }
  sortWanted(wanted);
  return any;
}
