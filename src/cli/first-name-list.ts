import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FirstNameList } from '../language/first-names.js';

// The list comes from the npm package gender-detection-from-name (MIT; about 67,000 first names gathered for
// English, French, Spanish, Italian, German and Turkish, many of them names from elsewhere in the world). debrief
// uses its names only, never the gender it maps them to. Its files are JavaScript maps, one `['name', 'gender'],`
// per line; reading them as text and indexing the entries costs a few milliseconds, where running them costs about
// 80. The version is pinned in package.json because this reads the files' layout.
const files = ['en', 'fr', 'es', 'it', 'de', 'tr'];

/** Reads the installed package's names into a lookup; undefined when the package is missing or unreadable. */
export function readFirstNameList(): FirstNameList | undefined {
  let folder: string;
  try {
    folder = dirname(createRequire(import.meta.url).resolve('gender-detection-from-name/package.json'));
  } catch {
    return undefined;
  }
  const names = new Set<string>();
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(join(folder, 'names', `${file}.js`), 'utf8');
    } catch {
      continue;
    }
    for (let at = source.indexOf("['"); at >= 0; at = source.indexOf("['", at + 2)) {
      const end = source.indexOf("'", at + 2);
      if (end < 0) break;
      names.add(source.slice(at + 2, end));
    }
  }
  // A layout this reader does not understand gives no names, never wrong ones.
  return names.size > 1000 ? (word) => names.has(word) : undefined;
}
