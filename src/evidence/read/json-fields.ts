/**
 * Reads the top-level fields of a flat one-line JSON object (no nested objects or arrays) in one pass that
 * stops as soon as it has what it needs, instead of JSON.parse building the whole object: JSON.parse per line
 * is the main cost of reading a large JSON log. Anything unusual (nesting, escapes in keys, a malformed
 * top level) returns undefined and the caller parses the line in full, which also gives the exact error. The
 * part of the line after the needed fields is not validated: the trade-off that makes a gigabyte cheap.
 */
export class FieldProbe {
  private readonly wanted: ReadonlySet<string>;
  private readonly required: ReadonlySet<string>;

  /**
   * `wanted` are the fields to collect; the walk stops once every `required` one is found, unless `more`
   * (given the fields so far) asks to read on, e.g. for an error field on error lines.
   */
  constructor(
    wanted: Iterable<string>,
    required: Iterable<string> = [],
    private readonly more: (fields: Record<string, unknown>) => boolean = () => true,
  ) {
    this.wanted = new Set(wanted);
    this.required = new Set(required);
  }

  /** The wanted fields found on the line (strings, numbers, booleans), or undefined when it cannot tell. */
  read(line: string): Record<string, unknown> | undefined {
    const len = line.length;
    if (line.charCodeAt(0) !== 123 || line.charCodeAt(len - 1) !== 125) return undefined;
    const out: Record<string, unknown> = {};
    let missing = this.required.size;
    // Most lines hold no backslash at all; then no value needs unescaping.
    const plain = line.indexOf('\\') < 0;
    let i = skipSpace(line, 1);
    if (line.charCodeAt(i) === 125) return out;
    while (i < len) {
      if (line.charCodeAt(i) !== 34) return undefined;
      const keyEnd = line.indexOf('"', i + 1);
      if (keyEnd < 0) return undefined;
      const key = line.slice(i + 1, keyEnd);
      if (!plain && key.includes('\\')) return undefined;
      i = skipSpace(line, keyEnd + 1);
      if (line.charCodeAt(i) !== 58) return undefined;
      i = skipSpace(line, i + 1);
      const c = line.charCodeAt(i);
      const want = this.wanted.has(key);
      if (c === 34) {
        let end = line.indexOf('"', i + 1);
        let escaped = false;
        while (!plain && end > 0 && line.charCodeAt(end - 1) === 92) {
          // A quote after backslashes is escaped only when the backslashes are odd in number.
          let slashes = 0;
          for (let j = end - 1; line.charCodeAt(j) === 92; j--) slashes++;
          if (slashes % 2 === 0) break;
          escaped = true;
          end = line.indexOf('"', end + 1);
        }
        if (end < 0) return undefined;
        if (want) {
          const raw = line.slice(i + 1, end);
          if (!plain && (escaped || raw.includes('\\'))) {
            try {
              out[key] = JSON.parse(`"${raw}"`) as string;
            } catch {
              return undefined;
            }
          } else out[key] = raw;
        }
        i = end + 1;
      } else if (c === 123 || c === 91) {
        // A nested object or array is stepped over, unless it is a field we want (then the full parse reads it):
        // logs from real services nest (`"http":{…}`), and bailing out would parse every such line twice.
        if (want) return undefined;
        const end = skipNested(line, i);
        if (end < 0) return undefined;
        i = end;
      } else {
        let end = i;
        while (end < len) {
          const d = line.charCodeAt(end);
          if (d === 44 || d === 125 || d === 32) break;
          end++;
        }
        const raw = line.slice(i, end);
        let value: unknown;
        if (raw === 'true' || raw === 'false') value = raw === 'true';
        else if (raw === 'null') value = null;
        else {
          value = Number(raw);
          if (raw === '' || Number.isNaN(value)) return undefined;
        }
        if (want && value !== null) out[key] = value;
        i = end;
      }
      if (want && this.required.has(key)) {
        missing--;
        if (missing <= 0 && !this.more(out)) return out;
      }
      i = skipSpace(line, i);
      const next = line.charCodeAt(i);
      if (next === 44) {
        i = skipSpace(line, i + 1);
        continue;
      }
      if (next === 125 && skipSpace(line, i + 1) === len) return out;
      return undefined;
    }
    return undefined;
  }
}

/**
 * The index just past the object or array that opens at `from`, stepping over strings (and their escapes); -1
 * when it does not close on this line.
 */
function skipNested(line: string, from: number): number {
  let depth = 0;
  let i = from;
  const len = line.length;
  while (i < len) {
    const c = line.charCodeAt(i);
    if (c === 34) {
      i++;
      while (i < len) {
        const d = line.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === 34) break;
        else i++;
      }
      if (i >= len) return -1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

function skipSpace(line: string, from: number): number {
  let i = from;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) break;
    i++;
  }
  return i;
}
