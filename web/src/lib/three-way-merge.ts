// Three-way merge of text, for two people editing the same field at once: lines first, then the words of any
// lines both changed. A small longest-common-subsequence diff is enough for the sizes a write-up has.

/** Two edits of the same place that the merge cannot combine: what each side made of `base`. */
export interface TextConflict {
  base: string;
  ours: string;
  theirs: string;
}

/** Merged text in order: plain strings where the edits combined, a conflict where they overlap. */
export interface TextMerge {
  parts: Array<string | TextConflict>;
  conflicts: number;
}

/** How to settle the overlapping edits: keep mine, take theirs, or keep both (theirs first, then mine). */
export type ConflictChoice = 'ours' | 'theirs' | 'both';

// Above this many comparisons the middle of two texts is treated as replaced: it then conflicts, never merges wrongly.
const maxCells = 4_000_000;

/**
 * For each token of `a`, the index of the token of `b` it pairs with in a longest common subsequence, or -1.
 * Common starts and ends are matched first, so a small edit of a long text stays cheap.
 */
export function matchTokens(a: readonly string[], b: readonly string[]): number[] {
  const match = new Array<number>(a.length).fill(-1);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    match[start] = start;
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    match[endA] = endB;
  }
  const rows = endA - start;
  const columns = endB - start;
  if (rows === 0 || columns === 0 || rows * columns > maxCells) return match;
  const width = columns + 1;
  // lengths[i * width + j]: the common subsequence length of a[start+i..endA) and b[start+j..endB).
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[start + i] === b[start + j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (a[start + i] === b[start + j]) {
      match[start + i] = start + j;
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      i++;
    } else {
      j++;
    }
  }
  return match;
}

type TokenChunk = { tokens: readonly string[] } | { base: string[]; ours: string[]; theirs: string[] };

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, index) => token === b[index]);
}

/** diff3 over tokens: stretches where base, ours and theirs agree, and between them what each side did. */
function mergeTokens(
  base: readonly string[],
  ours: readonly string[],
  theirs: readonly string[],
): TokenChunk[] {
  const toOurs = matchTokens(base, ours);
  const toTheirs = matchTokens(base, theirs);
  const chunks: TokenChunk[] = [];
  let b = 0;
  let o = 0;
  let t = 0;
  for (;;) {
    let sync = b;
    while (sync < base.length && ((toOurs[sync] ?? -1) === -1 || (toTheirs[sync] ?? -1) === -1)) sync++;
    const endO = sync < base.length ? (toOurs[sync] ?? -1) : ours.length;
    const endT = sync < base.length ? (toTheirs[sync] ?? -1) : theirs.length;
    if (sync === b && sync < base.length && endO === o && endT === t) {
      chunks.push({ tokens: [base[b] ?? ''] });
      b++;
      o++;
      t++;
      continue;
    }
    const was = base.slice(b, sync);
    const mine = ours.slice(o, endO);
    const other = theirs.slice(t, endT);
    if (same(mine, was)) chunks.push({ tokens: other });
    else if (same(other, was) || same(mine, other)) chunks.push({ tokens: mine });
    else chunks.push({ base: was, ours: mine, theirs: other });
    b = sync;
    o = endO;
    t = endT;
    if (sync >= base.length) return chunks;
  }
}

function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+/g) ?? [];
}

function words(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

/**
 * Merges two edits of `base`: where they touch different lines, or different words of the same lines, both are
 * kept; where they change the same words differently, a conflict holds both for the author to settle.
 */
export function mergeText(base: string, ours: string, theirs: string): TextMerge {
  if (ours === base || ours === theirs) return { parts: [theirs], conflicts: 0 };
  if (theirs === base) return { parts: [ours], conflicts: 0 };
  // A last line reads the same with or without its line break: merged with one, and the break put back as the
  // side that changed it left it.
  const ends = (text: string) => text.endsWith('\n');
  const withBreak = (text: string) => (text === '' || ends(text) ? text : `${text}\n`);
  const keepBreak = ends(ours) !== ends(base) ? ends(ours) : ends(theirs);
  const merged = mergeLines(withBreak(base), withBreak(ours), withBreak(theirs));
  if (!keepBreak) dropLastBreak(merged.parts);
  return merged;
}

function dropLastBreak(parts: Array<string | TextConflict>): void {
  const last = parts.at(-1);
  const drop = (text: string) => (text.endsWith('\n') ? text.slice(0, -1) : text);
  if (typeof last === 'string') parts[parts.length - 1] = drop(last);
  else if (last)
    parts[parts.length - 1] = { base: drop(last.base), ours: drop(last.ours), theirs: drop(last.theirs) };
}

function mergeLines(base: string, ours: string, theirs: string): TextMerge {
  const parts: Array<string | TextConflict> = [];
  let conflicts = 0;
  const push = (text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (typeof last === 'string') parts[parts.length - 1] = last + text;
    else parts.push(text);
  };
  for (const chunk of mergeTokens(lines(base), lines(ours), lines(theirs))) {
    if ('tokens' in chunk) {
      push(chunk.tokens.join(''));
      continue;
    }
    const region = { base: chunk.base.join(''), ours: chunk.ours.join(''), theirs: chunk.theirs.join('') };
    const refined = mergeTokens(words(region.base), words(region.ours), words(region.theirs));
    if (refined.every((part) => 'tokens' in part)) {
      push(refined.map((part) => ('tokens' in part ? part.tokens.join('') : '')).join(''));
    } else {
      parts.push(region);
      conflicts++;
    }
  }
  return { parts, conflicts };
}

/** The text once every conflict is settled the same way. */
export function resolveText(merge: TextMerge, choice: ConflictChoice): string {
  return merge.parts
    .map((part) => {
      if (typeof part === 'string') return part;
      if (choice === 'ours') return part.ours;
      if (choice === 'theirs') return part.theirs;
      if (part.theirs === '' || part.ours === '') return part.theirs + part.ours;
      return part.theirs.endsWith('\n') || part.ours.startsWith('\n')
        ? part.theirs + part.ours
        : `${part.theirs}\n${part.ours}`;
    })
    .join('');
}
