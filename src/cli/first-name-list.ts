import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FirstNameList } from '../language/first-names.js';

// The list comes from the npm package gender-detection-from-name (MIT; about 67,000 first names gathered for
// English, French, Spanish, Italian, German and Turkish, many of them names from elsewhere in the world). debrief
// uses its names only, never the gender it maps them to. Its files are JavaScript maps, one `['name', 'gender'],`
// per line. Running them costs about 80 ms and indexing every entry about 30; instead the text is read once
// (a few milliseconds) and the entries that share a word's first two letters are collected when a word first needs
// them. The version is pinned in package.json because this reads the files' layout.
const files = ['en', 'fr', 'es', 'it', 'de', 'tr'];
const quote = 0x27;

/** Reads the installed package's names into a lookup; undefined when the package is missing or unreadable. */
export function readFirstNameList(): FirstNameList | undefined {
  let folder: string;
  try {
    folder = dirname(createRequire(import.meta.url).resolve('gender-detection-from-name/package.json'));
  } catch {
    return undefined;
  }
  const sources: Buffer[] = [];
  for (const file of files) {
    try {
      sources.push(readFileSync(join(folder, 'names', `${file}.js`)));
    } catch {}
  }
  // Kept as bytes, file by file: decoding 2 MB of UTF-8 (some of it accented), or even joining the files, cost
  // more than the few searches a lint makes. UTF-8 keeps a name's bytes whole, so a search for the bytes of `['`
  // and a name's start finds what a search of the decoded text would.
  const holds = (entry: string) => sources.some((source) => source.includes(entry));
  // A layout this reader does not understand gives no names, never wrong ones.
  if (!holds("['john',") || !holds("['maria',")) return undefined;
  const buckets = new Map<string, Set<string>>();
  let all: Set<string> | undefined;
  /** Adds to `into` every name written after an occurrence of `needle` (which starts with `['`). */
  const collect = (needle: Buffer, into: Set<string>) => {
    for (const source of sources) {
      for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + 2)) {
        const end = source.indexOf(quote, at + 2);
        if (end < 0) break;
        into.add(source.toString('utf8', at + 2, end));
      }
    }
  };
  return function isListed(word) {
    if (word.length < 2 || word.includes("'")) return false;
    if (all) return all.has(word);
    // Each bucket scans the whole text: past a few, one pass over every entry is cheaper.
    if (buckets.size >= 8) {
      all = new Set();
      collect(Buffer.from("['"), all);
      return all.has(word);
    }
    const key = word.slice(0, 2);
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = new Set();
      collect(Buffer.from(`['${key}`), bucket);
      buckets.set(key, bucket);
    }
    return bucket.has(word);
  };
}
