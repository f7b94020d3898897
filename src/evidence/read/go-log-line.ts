import type { EventSeverity } from '../../domain/index.js';
import { severityOf } from './levels.js';

/** Go's `log` time (`2026/03/04 14:02:11`, with `Lmicroseconds` `.123456`), written without a zone. */
export const goLogTime = String.raw`\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?`;

const innerTime = new RegExp(`^(${goLogTime}) (.*)$`);
// `log.Lshortfile` (`main.go:42: `) or `log.Llongfile` (`/home/dev/ledger/main.go:42: `).
const location = /^((?:[^\s:]*\/)?[\w.-]+\.go:\d+): /;
// The level words people put at the start of what they hand to the standard log: `ERROR `, `ERROR: `,
// `[error] `, `level=error `, `error: `. A bare lower-case word is the message's own (`error reading body`).
const levelPrefix =
  /^(?:\[(\w+)\]:?\s+|([A-Z]{4,8}):?\s+|level=(\w+)\s+|(trace|debug|info|warn|warning|error):\s+)/;

/** What a line of Go's standard `log` says besides its message: a level word and the file and line. */
export interface GoLogMessage {
  message: string;
  severity?: EventSeverity | undefined;
  /** The file and line `log.Lshortfile`/`Llongfile` wrote (`main.go:42`). */
  location?: string | undefined;
}

/**
 * Takes the file:line prefix and a leading level word off a Go `log` message, so that neither lands in its
 * template: the level is the line's severity, and lines from one call site share one template.
 */
export function goLogMessage(text: string): GoLogMessage {
  let message = text;
  const where = location.exec(message);
  if (where) message = message.slice(where[0].length);
  const level = levelPrefix.exec(message);
  const severity = level ? severityOf(level[1] ?? level[2] ?? level[3] ?? level[4]) : undefined;
  if (level && severity !== undefined && message.length > level[0].length) {
    message = message.slice(level[0].length);
    // `level=error msg="db timeout" attempt=3`: logfmt handed to the standard log; its msg and error are the message.
    if (level[3] !== undefined) message = logfmtMessage(message) ?? message;
  }
  return { message, severity, location: where?.[1] };
}

const quotedOrWord = String.raw`("(?:[^"\\]|\\.)*"|\S+)`;
const msgPair = new RegExp(`^msg=${quotedOrWord}`);
const errorPair = new RegExp(`(?:^|\\s)(?:err|error)=${quotedOrWord}`);

/** The `msg` of logfmt pairs, with their `err`/`error` appended as JSON loggers' are; undefined without a msg. */
function logfmtMessage(pairs: string): string | undefined {
  const msg = msgPair.exec(pairs)?.[1];
  if (msg === undefined) return undefined;
  const error = errorPair.exec(pairs)?.[1];
  return error === undefined ? unquote(msg) : `${unquote(msg)}: ${unquote(error)}`;
}

function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  try {
    return JSON.parse(value) as string;
  } catch {
    return value.slice(1, -1);
  }
}

/**
 * A Go `log` time at the start of a message another layer already stamped (syslog, journald): the inner time
 * and the rest, or undefined when the message does not start with one.
 */
export function innerGoLogTime(message: string): { time: string; rest: string } | undefined {
  const m = innerTime.exec(message);
  return m ? { time: m[1] as string, rest: m[2] as string } : undefined;
}
