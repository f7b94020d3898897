// V8 compiles a word boundary right after a long alternation several times slower than a negative lookahead,
// and compiling the rules' patterns is most of the cost of a first analysis (bench/language.ts). Where every way
// through a group ends in a word character, `\b` after it means "no word character follows", so it can be
// written `(?!\w)`. The reading below is deliberately conservative: whatever it is unsure of stays as written.

/** The structure of a pattern source: where each group and class ends, and which characters are escaped. */
interface Shape {
  source: string;
  /** For a `(`, the index of its `)`; for a `)`, the index of its `(`; for a `[`, the index of its `]`. */
  partner: Map<number, number>;
  /** For each character of an escape after its backslash (`\\w`, `\\u2019`, `\\p{L}`…), the backslash's index. */
  escaped: Map<number, number>;
}

/** The length of the escape whose backslash is at `at` (`\\u2019` is six characters, `\\p{L}` five). */
function escapeLength(source: string, at: number): number {
  const rest = source.slice(at + 1, at + 40);
  const long =
    /^(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[pP]\{[^}]*\}|k<[^>]*>|c[A-Za-z]|\d+)/.exec(rest);
  return 1 + (long ? long[0].length : 1);
}

/** Reads a source once; undefined when its parentheses do not balance (then nothing is rewritten). */
function shapeOf(source: string): Shape | undefined {
  const partner = new Map<number, number>();
  const escaped = new Map<number, number>();
  const open: number[] = [];
  let classStart = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const length = escapeLength(source, i);
      for (let k = 1; k < length; k++) escaped.set(i + k, i);
      i += length - 1;
    } else if (classStart >= 0) {
      if (ch === ']') {
        partner.set(classStart, i);
        partner.set(i, classStart);
        classStart = -1;
      }
    } else if (ch === '[') classStart = i;
    else if (ch === '(') open.push(i);
    else if (ch === ')') {
      const start = open.pop();
      if (start === undefined) return undefined;
      partner.set(start, i);
      partner.set(i, start);
    }
  }
  return open.length === 0 && classStart < 0 ? { source, partner, escaped } : undefined;
}

/** Whether the character at `i` is syntax (not escaped). */
function plain(shape: Shape, i: number, ch: string): boolean {
  return shape.source[i] === ch && !shape.escaped.has(i);
}

/** The top-level alternatives of the group whose `(` is at `open`, as [from, to) ranges; none for lookarounds. */
function alternativesOf(shape: Shape, open: number): Array<[number, number]> {
  const close = shape.partner.get(open) ?? open;
  const { source } = shape;
  let from = open + 1;
  if (source[from] === '?') {
    const named = /^\?<[A-Za-z_$][\w$]*>/.exec(source.slice(from, from + 40));
    if (source[from + 1] === ':') from += 2;
    else if (named) from += named[0].length;
    else return []; // a lookaround consumes nothing
  }
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < close; i++) {
    if (shape.escaped.has(i)) continue;
    const ch = source[i];
    if (ch === '(' || ch === '[') i = shape.partner.get(i) ?? i;
    else if (ch === '|') {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, close]);
  return out;
}

const quantifierAtEnd = /(?:[?*+]|\{\d+(?:,\d*)?\})\??$/;

/** Whether every match of the alternative [from, to) ends in a word character (so it is never empty). */
function endsInWord(shape: Shape, from: number, to: number): boolean {
  if (to <= from) return false;
  let end = to;
  let optional = false;
  const tail = shape.source.slice(Math.max(from, to - 12), to);
  const quantifier = quantifierAtEnd.exec(tail);
  if (quantifier && !shape.escaped.has(to - quantifier[0].length)) {
    end -= quantifier[0].length;
    optional = /^[?*]|^\{0[,}]/.test(quantifier[0]);
    if (end <= from) return false;
  }
  const last = end - 1;
  let start: number;
  let atomEnds: boolean;
  if (plain(shape, last, ')')) {
    start = shape.partner.get(last) ?? last;
    const ways = alternativesOf(shape, start);
    atomEnds = ways.length > 0 && ways.every(([a, b]) => endsInWord(shape, a, b));
  } else if (shape.escaped.has(last)) {
    start = shape.escaped.get(last) ?? last;
    atomEnds = last - start === 1 && (shape.source[last] === 'w' || shape.source[last] === 'd');
  } else {
    start = last;
    atomEnds = /[A-Za-z0-9_]/.test(shape.source[last] ?? '');
  }
  if (start < from || !atomEnds) return false;
  return !optional || endsInWord(shape, from, start);
}

/**
 * Rewrites each `\b` that follows a group ending in a word character as `(?!\w)`: the same test there (for
 * patterns without the `i` flag, where both mean ASCII word characters), and much cheaper for V8 to compile.
 */
export function fasterBoundaries(source: string): string {
  const shape = shapeOf(source);
  if (!shape) return source;
  const at: number[] = [];
  for (const [open, close] of shape.partner) {
    if (!plain(shape, open, '(') || !source.startsWith('\\b', close + 1)) continue;
    const ways = alternativesOf(shape, open);
    if (ways.length > 0 && ways.every(([a, b]) => endsInWord(shape, a, b))) at.push(close + 1);
  }
  if (at.length === 0) return source;
  at.sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const index of at) {
    out += `${source.slice(from, index)}(?!\\w)`;
    from = index + 2;
  }
  return out + source.slice(from);
}
