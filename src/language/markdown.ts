import { type Directive, parseDirective } from './directives.js';
import { maskInline } from './inline-mask.js';
import { isProductName } from './person-names.js';
import { notNames } from './rules/generated/lexicon.js';

/** A run of prose (paragraph, list item, heading, table cell or note line) as offsets into the source. */
export interface ProseBlock {
  start: number;
  end: number;
}

/** The source with its non-prose syntax masked (same length), the prose blocks, control comments and speakers. */
export interface ScannedDocument {
  masked: string;
  blocks: ProseBlock[];
  directives: Directive[];
  /** Names from `Name:` and `[14:02] Name:` speaker prefixes: they are people, and never a sentence's agent. */
  speakers: string[];
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const heading = /^( {0,3}#{1,6})(?=\s|$)/;
const setextOrRule = /^ {0,3}(?:=+|-+|(?:[-*_] *){3,})\s*$/;
const listMarker = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)/;
const quoteMarker = /^( {0,3}(?:> ?)+)/;
const tableSeparator = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const linkDefinition = /^ {0,3}\[[^\]]+\]:\s+\S/;
// A timeline line's time: "[14:02]", "14:02 -", "14:05:10 UTC —", "2026-03-04 14:05 UTC —", "2026-03-04T14:05Z",
// "About 14:05 UTC –", "~14:05 (UTC+2) -", or a date alone before a dash. Zones are named (UTC, CET…) or offsets,
// never any capitalised word: "14:02 IC: paged" keeps its speaker.
const clockTime = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?`;
const isoDate = String.raw`\d{4}[-/]\d{2}[-/]\d{2}`;
const zone = String.raw`(?:\s?\(?(?:(?:UTC|GMT)(?:\s?[+\-−]\d{1,2}(?::?\d{2})?)?|[+\-−]\d{2}:?\d{2}|(?:[ACEMPW]|AE|NZ)[SD]T|CEST|EEST|BST|IST|JST|KST|SGT|HKT|WIB)\)?|Z)`;
const timestampPrefix = new RegExp(
  String.raw`^(\s*(?:(?:[Aa]bout|[Aa]round|[Aa]pprox\.?|[Aa]pproximately|[Cc]irca|c\.|~)\s*)?\[?` +
    String.raw`(?:${isoDate}[ T]${clockTime}${zone}?|${isoDate}(?=\]?\s*[-–—])|${clockTime}${zone}?)` +
    String.raw`\]?\s*(?:[-–—]\s*)?)`,
);
// Tested on every line: made once, since a literal in the loop is a new object each time it is reached.
const indentedCode = /^(?: {4}|\t)/;
const leadingSpace = /^\s/;
const tableRowStart = /^\s*\|/;
const pipes = /\|/g;
const labelPrefix = /^\s*\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}:\s/u;
const speakerPrefix = /^(\s*)(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)(:\s)/u;

/** A run of spaces as long as `line`: a skipped line keeps its length. */
function spaces(line: string): string {
  return ' '.repeat(line.length);
}

/** Replaces [from, to) of `line` with spaces. */
function blankRange(line: string, from: number, to: number): string {
  return line.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + line.slice(to);
}

/** Scans a Markdown or plain-text document line by line into masked prose blocks (front matter, code and syntax skipped). */
export function scanDocument(text: string): ScannedDocument {
  const out: string[] = [];
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  const speakers = new Set<string>();
  let current: ProseBlock | undefined;
  let fence: string | undefined;
  let frontMatter = false;
  let comment: { text: string } | undefined;
  let previousBlank = true;
  let inList = false;
  let inTable = false;
  let offset = 0;
  let lineNo = 0;

  const setComment = (state: { text: string } | undefined) => {
    comment = state;
  };
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  const extend = (start: number, end: number) => {
    if (current && current.end <= start) current.end = end;
    else {
      close();
      current = { start, end };
    }
  };

  while (offset <= text.length) {
    let nl = text.indexOf('\n', offset);
    if (nl < 0) nl = text.length;
    lineNo += 1;
    const raw = text.slice(offset, nl);
    const hasCr = raw.endsWith('\r');
    let line = hasCr ? raw.slice(0, -1) : raw;
    // The line's ending, kept so offsets in the masked text stay offsets in the source. (No closures per line
    // here: on a 1 MB document their allocation showed in the profile.)
    const ending = (hasCr ? ' ' : '') + (nl < text.length ? '\n' : '');

    if (lineNo === 1 && /^(?:---|\+\+\+)\s*$/.test(line)) {
      frontMatter = true;
      out.push(spaces(line) + ending);
    } else if (frontMatter) {
      if (/^(?:---|\.\.\.|\+\+\+)\s*$/.test(line)) frontMatter = false;
      out.push(spaces(line) + ending);
    } else if (fence !== undefined) {
      const trimmed = line.trim();
      if (trimmed.startsWith(fence) && trimmed.replace(/[`~]/g, '') === '') fence = undefined;
      out.push(spaces(line) + ending);
    } else {
      // HTML comments (and our control directives inside them), possibly spanning lines.
      line = maskComments(line, lineNo, directives, comment, setComment);
      const fenceMatch = fenceOpen.exec(line);
      if (fenceMatch) {
        close();
        fence = fenceMatch[1] as string;
        out.push(spaces(line) + ending);
      } else if (line.trim() === '') {
        close();
        out.push(line + ending);
        previousBlank = true;
        inTable = false;
        offset = nl + 1;
        continue;
      } else if (indentedCode.test(line) && previousBlank && !inList) {
        close();
        out.push(spaces(line) + ending);
      } else if (linkDefinition.test(line) || setextOrRule.test(line) || tableSeparator.test(line)) {
        close();
        if (tableSeparator.test(line)) inTable = true;
        out.push(spaces(line) + ending);
      } else {
        let masked = maskInline(line);
        const quote = quoteMarker.exec(masked);
        if (quote) masked = blankRange(masked, 0, (quote[1] as string).length);
        const head = heading.exec(masked);
        const item = head ? undefined : listMarker.exec(masked);
        let startsBlock = false;
        if (head) {
          masked = blankRange(masked, 0, (head[1] as string).length).replace(/\s#+\s*$/, (m) =>
            ' '.repeat(m.length),
          );
          startsBlock = true;
        } else if (item) {
          masked = blankRange(masked, 0, (item[1] as string).length);
          startsBlock = true;
          inList = true;
        } else if (previousBlank) {
          inList = leadingSpace.test(line) && inList;
        }
        const stamp = timestampPrefix.exec(masked);
        if (stamp) {
          masked = blankRange(masked, 0, (stamp[1] as string).length);
          startsBlock = true;
        }
        const speaker = speakerPrefix.exec(masked);
        if (speaker && isSpeaker(speaker[2] as string, stamp !== null)) {
          speakers.add(speaker[2] as string);
          masked = unquoteUtterance(blankRange(masked, 0, (speaker[0] as string).length));
          startsBlock = true;
        } else if (labelPrefix.test(masked)) {
          // "Action: …", "Root cause: …": a note line of its own, even without a full stop before it.
          startsBlock = true;
        }
        const isTableRow = masked.includes('|') && (inTable || tableRowStart.test(masked));
        if (isTableRow) {
          inTable = true;
          close();
          let cellStart = 0;
          for (let i = 0; i <= masked.length; i++) {
            if (i === masked.length || (masked[i] === '|' && masked[i - 1] !== '\\')) {
              if (masked.slice(cellStart, i).trim() !== '') {
                blocks.push({ start: offset + cellStart, end: offset + i });
              }
              cellStart = i + 1;
            }
          }
          masked = masked.replace(pipes, ' ');
          out.push(masked + ending);
        } else {
          if (startsBlock) close();
          out.push(masked + ending);
          extend(offset, offset + line.length);
          if (head) close();
        }
      }
      previousBlank = false;
    }
    if (nl >= text.length) break;
    offset = nl + 1;
  }
  close();
  return { masked: out.join(''), blocks, directives, speakers: [...speakers] };
}

const wholeQuote = /^(\s*)(["“])([^"“”\n]+)(["”])(\s*[.!?]?\s*)$/;

/**
 * `Lena: "Paolo should have spotted it"`: a speaker's own words put in quotes are said, not mentioned, so the quote
 * marks are masked and the words are analysed like any other line of the notes (research notes 3.3, rule 6).
 */
function unquoteUtterance(line: string): string {
  const m = wholeQuote.exec(line);
  if (!m) return line;
  const [, lead = '', , words = '', , tail = ''] = m;
  return `${lead} ${words} ${tail}`;
}

// A word joined from two capitalised words ("JoinError", "HighErrorRate") is a name from code; name prefixes such as
// Mc, Mac, De, Le or Van ("McDonald", "DeShawn", "VanDyke") are not that.
const codeCased = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;

/**
 * A `Name:` prefix is a speaker when it is not a label such as "Action:" or "Root cause:", nor a name from code or a
 * product ("Task JoinError:", "Tokio:" as a glossary or log line has them).
 */
function isSpeaker(name: string, afterTimestamp: boolean): boolean {
  const cased = name.split(' ');
  if (cased.some((word) => codeCased.test(word) || isProductName(word))) return false;
  const words = name.toLowerCase().split(' ');
  if (words.some((word) => notNames.has(word.replace(/[’'.]/g, '')))) return false;
  return afterTimestamp || words.length <= 2;
}

/** Masks HTML comments on a line, recording control directives; `state` carries an unterminated comment over. */
function maskComments(
  line: string,
  lineNo: number,
  directives: Directive[],
  state: { text: string } | undefined,
  setState: (state: { text: string } | undefined) => void,
): string {
  let masked = line;
  let from = 0;
  let open = state;
  if (!open && !line.includes('<!--')) return line;
  while (from <= masked.length) {
    if (open) {
      const end = masked.indexOf('-->', from);
      const stop = end < 0 ? masked.length : end + 3;
      open.text += masked.slice(from, stop);
      masked = blankRange(masked, from, stop);
      if (end < 0) break;
      const directive = parseDirective(open.text, lineNo);
      if (directive) directives.push(directive);
      open = undefined;
      from = stop;
    }
    const start = masked.indexOf('<!--', from);
    if (start < 0) break;
    open = { text: '' };
    from = start;
  }
  setState(open);
  return masked;
}
