import type { EventSeverity } from '../../domain/index.js';
import type { LineFormat, LineResult, ParseOptions } from '../line-format.js';
import { severityFromWords, severityOf } from '../read/levels.js';
import { parseTimestamp } from '../read/timestamps.js';

// Colour codes some loggers print even into files.
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const level = 'TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL|trace|debug|info|warn|warning|error|fatal';
const isoTime = String.raw`\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?`;

interface Flavour {
  source: string;
  pattern: RegExp;
  /** Group numbers of time, level, target (service) and message. */
  groups: { time: number; level?: number; target?: number; message: number };
}

const flavours: Flavour[] = [
  {
    // env_logger: `[2026-03-04T14:02:11Z ERROR payments::client] message`
    source: 'rust-env-logger',
    pattern: new RegExp(String.raw`^\[(${isoTime})\s+(${level})\s+([^\]\s]+)\s*\]\s?(.*)$`),
    groups: { time: 1, level: 2, target: 3, message: 4 },
  },
  {
    // tracing-subscriber's default text: `2026-03-04T14:02:11.123456Z ERROR payments::client: message`
    source: 'rust-tracing',
    pattern: new RegExp(
      String.raw`^(${isoTime})\s+(${level})\s+((?:[\w-]+::)*[\w-]+(?:\{[^}]*\})?(?::[\w{}=" ]+)*?):\s(.*)$`,
    ),
    groups: { time: 1, level: 2, target: 3, message: 4 },
  },
  {
    // Go's standard `log`: `2026/03/04 14:02:11 message` (optionally with microseconds and a file:line).
    source: 'go-log',
    pattern: /^(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?) (.*)$/,
    groups: { time: 1, message: 2 },
  },
  {
    // Any line that starts with a time and a level: zap's console encoder, log4j, Python logging.
    source: 'text',
    pattern: new RegExp(String.raw`^\[?(${isoTime})\]?\s+\[?(${level})\]?:?\s+(.*)$`),
    groups: { time: 1, level: 2, message: 3 },
  },
  {
    source: 'text',
    pattern: new RegExp(String.raw`^\[?(${isoTime})\]?\s+(.*)$`),
    groups: { time: 1, message: 2 },
  },
];

/** Reads one timestamped text line in any of the known flavours; undefined when none matches. */
function read(line: string, options: ParseOptions, lineNumber: number): LineResult | undefined {
  const text = line.includes('\x1b') ? line.replace(ansi, '') : line;
  for (const flavour of flavours) {
    const m = flavour.pattern.exec(text);
    if (!m) continue;
    const { groups } = flavour;
    const at = parseTimestamp(m[groups.time] as string, options.time);
    if (!at) continue;
    const message = (m[groups.message] as string).trim();
    const levelWord = groups.level ? m[groups.level] : undefined;
    const severity: EventSeverity = severityOf(levelWord) ?? severityFromWords(message);
    const target = groups.target ? m[groups.target] : undefined;
    return {
      at,
      approximate: false,
      severity,
      message,
      source: flavour.source,
      line: lineNumber,
      service: target ? target.split('::')[0]?.replace(/\{.*$/, '') : undefined,
    };
  }
  return undefined;
}

const probe: ParseOptions = { time: { zone: 'UTC' }, reference: new Date(0) };

/** Timestamped text lines: Rust env_logger and tracing-subscriber, Go's `log`, zap console, log4j-style lines. */
export const plainText: LineFormat = {
  name: 'text',
  description: "timestamped text lines: Rust env_logger and tracing, Go's standard log, zap console, log4j",
  example: '2026-03-04T14:02:11.123456Z ERROR payments::client: request failed: connection refused',
  detect: (line) => read(line, probe, 1) !== undefined,
  start(options: ParseOptions) {
    return {
      parse(line: string, lineNumber: number): LineResult {
        if (line.trim() === '') return null;
        return read(line, options, lineNumber) ?? { unparsed: 'no timestamp at the start of the line' };
      },
    };
  },
};
