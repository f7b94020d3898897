import { searchedText } from '../../../src/domain/index.js';

export { searchedText };

/** The API address of a search for `text`: the part the server reads (see `searchedText`). */
export function searchPath(text: string): string {
  return `/api/search?q=${encodeURIComponent(searchedText(text))}`;
}
