import type { Origin } from '../../domain/index.js';

// Origins share one table cell as `file:line @author` items joined by `; `. A backslash escapes the characters
// that would otherwise read as a separator, so any file name or author survives.

/** Formats origins for the Origin column: `logs/api.log:12 @alice; @bob`. */
export function formatOrigins(origins: readonly Origin[]): string {
  return origins.map(formatOrigin).join('; ');
}

function formatOrigin(origin: Origin): string {
  const parts: string[] = [];
  if (origin.file !== undefined) {
    let file = origin.file.replace(/[\\;@]/g, (char) => `\\${char}`);
    // Only a colon followed by digits up to the end could be taken for the line separator.
    file = file.replace(/:(\d+)$/, '\\:$1');
    parts.push(origin.line === undefined ? file : `${file}:${origin.line}`);
  }
  if (origin.author !== undefined) parts.push(`@${origin.author.replace(/[\\;]/g, (char) => `\\${char}`)}`);
  return parts.join(' ');
}

interface Token {
  char: string;
  escaped: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const next = text[i + 1];
    if (char === '\\' && next !== undefined) {
      tokens.push({ char: next, escaped: true });
      i += 1;
    } else {
      tokens.push({ char, escaped: false });
    }
  }
  return tokens;
}

const isSpace = (token: Token | undefined) => token !== undefined && !token.escaped && /\s/.test(token.char);
const text = (tokens: readonly Token[]) => tokens.map((token) => token.char).join('');

function trimTokens(tokens: Token[]): Token[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && isSpace(tokens[start])) start++;
  while (end > start && isSpace(tokens[end - 1])) end--;
  return tokens.slice(start, end);
}

/** Parses the Origin column back into origins; the schema checks each one afterwards. */
export function parseOrigins(cell: string): Array<{ file?: string; line?: number; author?: string }> {
  if (!cell.includes('\\')) return parsePlainOrigins(cell);
  const items: Token[][] = [[]];
  for (const token of tokenize(cell)) {
    if (!token.escaped && token.char === ';') items.push([]);
    else (items[items.length - 1] as Token[]).push(token);
  }
  return items
    .map(trimTokens)
    .filter((item) => item.length > 0)
    .map(parseOrigin);
}

// Without escapes (the usual case) plain string operations do; tokens cost an object per character.
function parsePlainOrigins(cell: string): Array<{ file?: string; line?: number; author?: string }> {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const origin: { file?: string; line?: number; author?: string } = {};
      const at = /(^|\s)@/.exec(item);
      const filePart = (at ? item.slice(0, at.index) : item).trim();
      if (at) origin.author = item.slice(at.index + at[0].length).trim();
      if (filePart === '') return origin;
      const line = /:(\d+)$/.exec(filePart);
      origin.file = line ? filePart.slice(0, line.index) : filePart;
      if (line) origin.line = Number(line[1]);
      return origin;
    });
}

function parseOrigin(tokens: Token[]): { file?: string; line?: number; author?: string } {
  const at = tokens.findIndex(
    (token, index) => !token.escaped && token.char === '@' && (index === 0 || isSpace(tokens[index - 1])),
  );
  const fileTokens = trimTokens(at === -1 ? tokens : tokens.slice(0, at));
  const origin: { file?: string; line?: number; author?: string } = {};
  if (at !== -1) origin.author = text(trimTokens(tokens.slice(at + 1)));
  if (fileTokens.length === 0) return origin;
  let digits = fileTokens.length;
  while (digits > 0 && !fileTokens[digits - 1]?.escaped && /\d/.test(fileTokens[digits - 1]?.char ?? ''))
    digits--;
  const colon = fileTokens[digits - 1];
  if (digits < fileTokens.length && colon && !colon.escaped && colon.char === ':') {
    origin.file = text(fileTokens.slice(0, digits - 1));
    origin.line = Number(text(fileTokens.slice(digits)));
  } else {
    origin.file = text(fileTokens);
  }
  return origin;
}
