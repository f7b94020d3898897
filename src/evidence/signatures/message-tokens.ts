/** The placeholder for a variable part of a template. */
export const wildcard = '<*>';

const digit = /\d/;
const whiteSpace = /\s+/;
// Punctuation that separates a key from its value inside one token (`uid=0`, `host:443`, `(HWID=1973)`).
const subDelimiters = /([=:,;()[\]{}<>"'|@#]|\.{2,})/;
// A path (`/var/lib/x`, `/v2/servers/detail`) or URL is a variable even when it holds no digit.
const pathLike = /^(?:\/[^/\s]|[a-z][a-z0-9+.-]*:\/\/)/i;
const wildcardList = /<\*>(?:[,;|]<\*>)+/g;
// Calendar times written out in words (`Fri Jun 17 07:07:00 2005`) hold words that are really variables.
const spelledDate =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}(?:\s+\d{4})?/g;
// A human-readable size restates the number before it, so it is dropped: `5 bytes` and `5 bytes (5 KB)` share
// one shape. Sub-second durations (`<1 sec`) are masked like any number.
const readableSize = /\s\(\d+(?:\.\d+)?\s?[KMGT]i?B\)/g;
const shortDuration = /<\s?\d+\s?(?:sec|ms|s)\b/g;
// An empty bracketed value (`()` where a host name usually stands) is the same slot as a filled one.
const emptyValue = /^(?:\(\)|\[\])$/;
// A URL is one value: its own colons and slashes are not a key's delimiters.
const url = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;
// `host:port` names an endpoint; the host is as variable as the port.
const endpoint = /^[\w.-]+:\d+$/;

/** Replaces the digit-holding parts of one token by `<*>`, keeping its punctuation and words. */
export function maskToken(token: string): string {
  if (!digit.test(token) && !token.includes('/') && !token.includes('=')) return token;
  if (endpoint.test(token)) return `${wildcard}:${wildcard}`;
  const text = token.includes('://') ? token.replace(url, wildcard) : token;
  const parts = text.split(subDelimiters);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const isValue = parts[i - 1] === '=' && part !== '';
    out += isValue || digit.test(part) || pathLike.test(part) ? wildcard : part;
  }
  return out.replace(wildcardList, wildcard);
}

/**
 * Splits a message into tokens on white space, masks the parts that hold digits, and folds runs of variable
 * tokens into one so that a variable spanning several words (a stack of addresses) keeps one shape.
 */
export function tokenizeMessage(message: string): string[] {
  let text = message;
  // Cheap substring checks skip the regular expressions on the many lines they cannot match.
  if (text.includes(':')) text = text.replace(spelledDate, wildcard);
  if (text.includes('B)')) text = text.replace(readableSize, '');
  if (text.includes('<')) text = text.replace(shortDuration, wildcard);
  const tokens: string[] = [];
  for (const raw of text.split(whiteSpace)) {
    if (raw === '') continue;
    const token = maskToken(raw);
    if (token === wildcard && tokens[tokens.length - 1] === wildcard) continue;
    if (emptyValue.test(raw)) {
      tokens.push(`${raw[0]}${wildcard}${raw[1]}`);
      continue;
    }
    tokens.push(token);
  }
  return tokens;
}
