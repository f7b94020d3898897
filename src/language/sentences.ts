/** A sentence as offsets into the (masked) document. */
export interface SentenceRange {
  start: number;
  end: number;
}

// Abbreviations whose full stop does not end a sentence.
const abbreviations = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'cf',
  'dr',
  'mr',
  'mrs',
  'ms',
  'no',
  'fig',
  'incl',
  'min',
  'max',
  'sec',
  'est',
  'u.s',
  'a.m',
  'p.m',
]);

// A sentence ends at its closing punctuation, or at the end of a chat line whose next line names its speaker
// ("tomasz: it was human error\nwill: I don't think that framing helps"): each speaker says their own sentence.
const terminator = /[.!?…]+["'”’)\]]*(?=\s|$)|\n(?=[ \t]*@?[\p{L}][\p{L}\p{N}._-]{0,30}:[ \t])/gu;
// Made once: a regular-expression literal inside the loop is a new object on every pass, and a lint splits every
// sentence of an archive before V8 has optimised this code.
const nonSpace = /\S/g;
const canStart = /[\p{Lu}\p{N}"'“‘([`_*-]/u;
const space = /\s/;
const wordBefore = /([\p{L}.]+)$/u;
const capital = /^\p{Lu}$/u;

/** Splits masked prose between `start` and `end` into sentences, trimming surrounding white space. */
export function splitSentences(masked: string, start: number, end: number): SentenceRange[] {
  const out: SentenceRange[] = [];
  const block = masked.slice(start, end);
  let from = 0;
  terminator.lastIndex = 0;
  for (let match = terminator.exec(block); match; match = terminator.exec(block)) {
    const stop = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(block, match.index)) continue;
    // A sentence only ends before something that can start one: a capital, digit, quote or bracket (the first
    // character that is not white space, within 40).
    nonSpace.lastIndex = stop;
    const next = nonSpace.test(block) ? nonSpace.lastIndex - 1 : -1;
    // A line break after it ends it whatever follows: chat is typed in lower case ("…on Arjun's part.\nwill: …").
    const lineEnds = match[0] === '\n' || block.slice(stop, next).includes('\n');
    if (next >= 0 && next < stop + 40 && !lineEnds && !canStart.test(block[next] as string)) continue;
    push(out, block, start, from, stop);
    from = stop;
  }
  push(out, block, start, from, block.length);
  return out;
}

function isAbbreviation(block: string, dot: number): boolean {
  const before = wordBefore.exec(block.slice(Math.max(0, dot - 8), dot));
  if (!before) return false;
  const word = (before[1] as string).toLowerCase();
  return abbreviations.has(word) || capital.test(before[1] as string);
}

function push(out: SentenceRange[], block: string, base: number, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && space.test(block[a] as string)) a++;
  while (b > a && space.test(block[b - 1] as string)) b--;
  if (b > a) out.push({ start: base + a, end: base + b });
}
