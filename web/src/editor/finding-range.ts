import type { Finding } from '../api/types.js';

/** Offsets where each line of a text starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1);
  return starts;
}

function offsetOf(starts: number[], text: string, line: number, column: number): number {
  const lineStart = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  return Math.min(Math.max(lineStart + column - 1, 0), text.length);
}

/**
 * The [from, to) offsets of a finding in the text it was computed on. Lines and columns are 1-based with an
 * exclusive end; when the finding quotes its text and the positions do not match it (an analyzer with another
 * convention), the quoted text nearest the reported line wins.
 */
export function findingRange(
  text: string,
  finding: Finding,
  starts = lineStarts(text),
): { from: number; to: number } {
  const from = offsetOf(starts, text, finding.line, finding.column);
  let to = offsetOf(starts, text, finding.endLine, finding.endColumn);
  if (to < from) to = from;
  const quoted = finding.text;
  if (quoted && text.slice(from, to) !== quoted) {
    const lineStart = starts[Math.max(finding.line, 1) - 1] ?? 0;
    const found = text.indexOf(quoted, lineStart);
    const anywhere = found === -1 ? text.indexOf(quoted) : found;
    if (anywhere !== -1) return { from: anywhere, to: anywhere + quoted.length };
  }
  if (to === from && from < text.length) to = from + 1;
  return { from, to };
}

/**
 * The sentence around a span: from after the previous sentence end (or line start) to its own end mark (or
 * line end), without surrounding white space. A whole-sentence rewrite replaces exactly this.
 */
export function sentenceAround(text: string, from: number, to: number): { from: number; to: number } {
  let start = from;
  while (start > 0) {
    const before = text[start - 1] ?? '';
    if (before === '\n') break;
    if (/\s/.test(before) && /[.!?]/.test(text[start - 2] ?? '')) break;
    start--;
  }
  let end = Math.max(to, from);
  while (end < text.length) {
    const char = text[end] ?? '';
    if (char === '\n') break;
    if (/[.!?]/.test(char) && (end + 1 === text.length || /\s/.test(text[end + 1] ?? ''))) {
      end++;
      break;
    }
    end++;
  }
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { from: start, to: end };
}
