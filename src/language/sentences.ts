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

const terminator = /[.!?…]+["'”’)\]]*(?=\s|$)/g;

/** Splits masked prose between `start` and `end` into sentences, trimming surrounding white space. */
export function splitSentences(masked: string, start: number, end: number): SentenceRange[] {
  const out: SentenceRange[] = [];
  const block = masked.slice(start, end);
  let from = 0;
  terminator.lastIndex = 0;
  for (let match = terminator.exec(block); match; match = terminator.exec(block)) {
    const stop = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(block, match.index)) continue;
    // A sentence only ends before something that can start one: a capital, digit, quote or bracket.
    const next = /\S/.exec(block.slice(stop, stop + 40));
    if (next && !/[\p{Lu}\p{N}"'“‘([`_*-]/u.test(next[0])) continue;
    push(out, block, start, from, stop);
    from = stop;
  }
  push(out, block, start, from, block.length);
  return out;
}

function isAbbreviation(block: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(block.slice(Math.max(0, dot - 8), dot));
  if (!before) return false;
  const word = (before[1] as string).toLowerCase();
  return abbreviations.has(word) || /^\p{Lu}$/u.test(before[1] as string);
}

function push(out: SentenceRange[], block: string, base: number, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(block[a] as string)) a++;
  while (b > a && /\s/.test(block[b - 1] as string)) b--;
  if (b > a) out.push({ start: base + a, end: base + b });
}
