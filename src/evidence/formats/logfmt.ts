import type { LineFormat, LineResult, ParseOptions } from '../line-format.js';
import { itemFromRecord } from '../read/record-fields.js';

const pair = /([\w.@-]+)=("(?:[^"\\]|\\.)*"|\S*)/g;

/** Reads `key=value key2="quoted value"` pairs; undefined when the line holds none. */
export function parseLogfmt(line: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let found = false;
  for (const match of line.matchAll(pair)) {
    const raw = match[2] as string;
    let value = raw;
    if (raw.startsWith('"')) {
      try {
        value = JSON.parse(raw) as string;
      } catch {
        value = raw.slice(1, -1);
      }
    }
    out[match[1] as string] = value;
    found = true;
  }
  return found ? out : undefined;
}

const known = /(?:^|\s)(?:time|ts|level|lvl|msg|message)=/g;

/** logfmt lines: Go's slog text handler, logrus' text formatter, and other key=value loggers. */
export const logfmt: LineFormat = {
  name: 'logfmt',
  description: 'logfmt key=value lines: Go slog text handler, logrus text formatter',
  example: 'time=2026-03-04T14:02:11.123Z level=ERROR msg="request failed" err="context deadline exceeded"',
  detect: (line) => (line.match(known)?.length ?? 0) >= 2,
  start(options: ParseOptions) {
    return {
      parse(line: string, lineNumber: number): LineResult {
        if (line.trim() === '') return null;
        const record = parseLogfmt(line);
        if (!record) return { unparsed: 'no key=value pairs' };
        const level = record.level ?? record.lvl;
        const source =
          'time' in record && level !== undefined
            ? level === level.toUpperCase()
              ? 'go-slog-text'
              : 'go-logrus-text'
            : 'logfmt';
        return itemFromRecord(record, source, lineNumber, options.time);
      },
    };
  },
};
