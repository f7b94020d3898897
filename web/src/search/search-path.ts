import { searchLimits } from '../../../src/domain/index.js';

/** The longest search the address carries once encoded: far below the server's 16 KiB header limit. */
const encodedLimit = 8_000;

/** `text` cut to `length` characters, never through the middle of an emoji's surrogate pair. */
function cutTo(text: string, length: number): string {
  const cut = text.slice(0, length);
  // Half a pair is what encodeURIComponent refuses to encode.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * The part of a search the server reads: its first `searchLimits.input` characters, fewer when they encode long
 * (2,000 Chinese characters are 18,000 in an address). Sending only that keeps a long paste from making an address
 * the server refuses as too large (431), so the paste searches its beginning.
 */
export function searchedText(text: string): string {
  let cut = cutTo(text, searchLimits.input);
  while (encodeURIComponent(cut).length > encodedLimit) cut = cutTo(cut, Math.floor(cut.length * 0.9));
  return cut;
}

/** The API address of a search for `text`. */
export function searchPath(text: string): string {
  return `/api/search?q=${encodeURIComponent(searchedText(text))}`;
}
