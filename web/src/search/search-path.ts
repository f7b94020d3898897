import { searchLimits } from '../../../src/domain/index.js';

/**
 * The part of a search the server reads: its first `searchLimits.input` characters. Sending only that keeps a
 * long paste from making a URL the server refuses as too large (431), so the paste searches its beginning.
 */
export function searchedText(text: string): string {
  const cut = text.slice(0, searchLimits.input);
  // The cut may leave half of an emoji's surrogate pair, which encodeURIComponent refuses to encode.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The API address of a search for `text`. */
export function searchPath(text: string): string {
  return `/api/search?q=${encodeURIComponent(searchedText(text))}`;
}
