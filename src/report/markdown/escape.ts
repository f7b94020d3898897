// Escaping keeps arbitrary text exact through the Markdown file: every escape added by the renderer is removed by
// the parser, and text a person types without escapes reads back the same way.

// One regular expression each way: building strings a character at a time made large timelines slow (GC).
const cellSpecial = /\\|\||\n|<br[ \t]*\/?>/gi;
const cellEscape = /\\([\\|])|\\(<br[ \t]*\/?>)|<br[ \t]*\/?>/gi;

/** Escapes text for one GFM table cell: `\` → `\\`, `|` → `\|`, a line break → `<br>`, a literal `<br>` → `\<br>`. */
export function escapeCell(text: string): string {
  return text.replace(cellSpecial, (match) => {
    if (match === '\\') return '\\\\';
    if (match === '|') return '\\|';
    if (match === '\n') return '<br>';
    return `\\${match}`;
  });
}

/** Reverses escapeCell; `<br/>` and `<BR>` typed by hand are line breaks; a backslash before anything else stays. */
export function unescapeCell(cell: string): string {
  return cell.replace(cellEscape, (_match, escaped?: string, tag?: string) => escaped ?? tag ?? '\n');
}

// A line that would read as an ATX heading (or is already an escaped one) gets one more backslash.
const headingLike = /^( {0,3})(\\*#)/;
const escapedHeading = /^( {0,3})\\(\\*#)/;

/** Escapes prose so no line of it reads as a heading of the file's structure. */
export function escapeProse(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(headingLike, '$1\\$2'))
    .join('\n');
}

/** Reverses escapeProse on the lines of a section body. */
export function unescapeProseLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(escapedHeading, '$1$2'));
}

// An optional value may be absent or the empty string; an empty cell means absent and `""` means empty. The one
// value whose escaped text is `""` itself is written `\""`, which escapeCell never produces otherwise.
const emptyMarker = '""';
const escapedMarker = '\\""';

/** Escapes an optional one-line value for a cell: absent → empty cell, the empty string → `""`. */
export function escapeOptionalCell(value: string | undefined): string {
  if (value === undefined) return '';
  if (value === '') return emptyMarker;
  const escaped = escapeCell(value);
  return escaped === emptyMarker ? escapedMarker : escaped;
}

/** Reads an optional cell from its raw (still escaped) text: empty → absent, `""` → the empty string. */
export function unescapeOptionalCell(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === emptyMarker) return '';
  if (raw === escapedMarker) return emptyMarker;
  return unescapeCell(raw);
}

// What starts HTML, a code span or an escape anywhere in a line, and the `](`, `][` or `]:` that make a link, an
// image or a link definition (a lone `[note]` stays as typed).
const inlineSpecial = /[\\`<>]|\](?=[([:])/g;
// Characters that start a heading, quote, list, rule, fence or table at the start of a line.
const blockStart = /^(\s*)([#+\-*=_~|])/;
const orderedStart = /^(\s*\d{1,9})([.)])/;

// A code span people typed (kept: its text shows as code, literally) or a link (`[the runbook](https://…)`,
// `![graph](…)`), one line, no nested brackets.
const typedMarkup = /(`[^`\n]+`)|!?\[([^[\]\n]*)\]\(\s*<?([^()\s<>]*)>?(?:\s+"[^"\n]*")?\s*\)/g;
// Where a reader outside the company can follow a link: the web or an address. A link into the page itself
// (`#section`) or relative to where it was written (`./notes.md`, `/api/…`) leads nowhere in a report.
const followable = /^(?:https?:\/\/[^/?#]|mailto:[^@]+@)/i;

const escapeInline = (text: string) => text.replace(inlineSpecial, '\\$&');

/** A typed link as the reader's Markdown keeps it: a link when a reader can follow it, else its words. */
function readerLink(words: string, target: string): string {
  const shown = escapeInline(words.trim());
  if (followable.test(target)) return `[${shown || escapeInline(target)}](${target})`;
  return shown || escapeInline(target);
}

/**
 * Escapes people's text for a reader's Markdown (exec and public reports, tracker exports for them) so it reads as
 * typed: no HTML or structure of its own. A code span stays code; a link they typed stays a link when it leads
 * somewhere on the web (as the HTML report shows it); one into the page or a relative path shows its words. It is not read back;
 * readerMarkdownText gives the words it shows.
 */
export function escapeReaderText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let escaped = '';
      let last = 0;
      for (const found of line.matchAll(typedMarkup)) {
        const kept = found[1] ?? readerLink(found[2] ?? '', found[3] ?? '');
        escaped += escapeInline(line.slice(last, found.index)) + kept;
        last = found.index + found[0].length;
      }
      escaped += escapeInline(line.slice(last));
      return escaped.replace(blockStart, '$1\\$2').replace(orderedStart, '$1\\$2');
    })
    .join('\n');
}

// CommonMark: a backslash before ASCII punctuation shows the punctuation alone.
const readerEscape = /\\([!-/:-@[-`{-~])/g;
// A link the reader's Markdown kept: `[words](https://…)`, its words unescaped below.
const keptLink = /(?<!\\)\[((?:[^[\]\\]|\\.)*)\]\((?:https?|mailto):[^()\s]*\)/gi;

/** The words a reader's Markdown shows: a kept link's words, each escape ("\\`", "\\#") read as the character it keeps. */
export function readerMarkdownText(markdown: string): string {
  return markdown.replace(keptLink, '$1').replace(readerEscape, '$1');
}
