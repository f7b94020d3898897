import type { EventSeverity } from '../../domain/index.js';
import type { LineFormat, LineResult, ParseOptions } from '../line-format.js';
import { goLogMessage } from '../read/go-log-line.js';
import { severityFromWords, severityOf } from '../read/levels.js';
import { parseTimestamp } from '../read/timestamps.js';

// Colour codes some loggers print even into files.
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const level =
  'TRACE|DEBUG|INFO|WARN|WARNING|ERROR|DPANIC|PANIC|FATAL|CRITICAL|trace|debug|info|warn|warning|error|dpanic|panic|fatal';
const isoTime = String.raw`\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?`;
// A time of day without a date, as log4j 2's default pattern writes it (`%d{HH:mm:ss.SSS}`).
const timeOfDay = /^\d{2}:\d{2}:\d{2}[.,]\d{3}$/;

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
    // tracing-subscriber's default text: `2026-03-04T14:02:11.123456Z ERROR request{id=7}: payments::client: message`
    source: 'rust-tracing',
    pattern: new RegExp(
      String.raw`^(${isoTime})\s+(${level})\s+((?:[\w-]+\{[^}]*\}:\s*)*(?:[\w-]+::)*[\w-]+):\s(.*)$`,
    ),
    groups: { time: 1, level: 2, target: 3, message: 4 },
  },
  {
    // zap's console encoder: `2026-03-04T15:02:11.123+0100\tERROR\t./main.go:19\tcharge failed\t{"error": "…"}`,
    // fields after a tab as JSON (read below), the caller and logger name between level and message.
    source: 'go-zap-console',
    pattern: new RegExp(String.raw`^(${isoTime})\t(${level})\t(.*)$`),
    groups: { time: 1, level: 2, message: 3 },
  },
  {
    // nginx's error.log: `2026/03/04 14:02:11 [error] 812#812: *1 connect() failed …` (local time, no zone); the
    // process and connection numbers are not part of the message.
    source: 'nginx-error',
    pattern:
      /^(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}) \[(debug|info|notice|warn|error|crit|alert|emerg)\] \d+#\d+: (?:\*\d+ )?(.*)$/,
    groups: { time: 1, level: 2, message: 3 },
  },
  {
    // Go's standard `log`: `2026/03/04 14:02:11 message` (optionally with microseconds and a file:line).
    source: 'go-log',
    pattern: /^(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?) (.*)$/,
    groups: { time: 1, message: 2 },
  },
  {
    // Apache Airflow's task log, from its logging config's format `[%(asctime)s] {%(filename)s:%(lineno)d}
    // %(levelname)s - %(message)s`: `[2026-11-17, 03:04:41 UTC] {subprocess.py:93} INFO - …` (Airflow 2.3 to 2.5
    // write the time so), `[2026-11-17T03:04:41.123+0000] {taskinstance.py:1400} ERROR - …` (2.6 and later). The
    // source file and line are the logger's, not the message's.
    source: 'airflow',
    pattern: new RegExp(
      String.raw`^\[(\d{4}-\d{2}-\d{2}(?:, |T| )\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?: ?(?:UTC|Z|[+-]\d{2}:?\d{2}))?)\] \{[\w.<>-]+:\d+\} (${level}) - (.*)$`,
    ),
    groups: { time: 1, level: 2, message: 3 },
  },
  {
    // log4j's pattern layout as Flink, Kafka and Spark ship it: `2026-11-17 02:52:01,210 ERROR
    // org.apache.flink.runtime.taskmanager.Task [] - message`: the logger's class (and the context in brackets)
    // name where the line was written, not what happened. The thread may stand in brackets before or after the
    // level (`%d [%t] %p %c - %m`, `%d{ISO8601}`), and log4j 2's default pattern writes the time of day only
    // (`04:24:43.637 [main] INFO org.apache.flink.runtime.taskmanager.Task - message`): read without a time, as
    // the date is nowhere in the line (captured from log4j 2.19, test/fixtures/real/log4j).
    source: 'log4j',
    pattern: new RegExp(
      String.raw`^(${isoTime}|\d{2}:\d{2}:\d{2}[.,]\d{3})\s+(?:\[.*?\]\s+)?(${level})\s+(?:\[.*?\]\s+)?[\w$.]+\s+(?:\[[^\]]*\]\s+)?-\s(.*)$`,
    ),
    groups: { time: 1, level: 2, message: 3 },
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
    const written = m[groups.time] as string;
    // Airflow's "2026-11-17, 03:04:41 UTC" is an ISO time written for people.
    const time =
      flavour.source === 'airflow'
        ? written
            .replace(', ', 'T')
            .replace(/ ?UTC$/, 'Z')
            .replace(' ', 'T')
        : written;
    const at = timeOfDay.test(time) ? null : parseTimestamp(time, options.time);
    if (at === undefined) continue;
    let message = (m[groups.message] as string).trim();
    let service: string | undefined;
    let stated: EventSeverity | undefined;
    if (flavour.source === 'go-zap-console') ({ message, service } = zapConsole(message));
    else if (flavour.source === 'rust-tracing') message = withoutFields(message);
    else if (flavour.source === 'go-log') ({ message, severity: stated } = goLogMessage(message));
    const levelWord = groups.level ? m[groups.level] : undefined;
    let severity: EventSeverity = severityOf(levelWord) ?? stated ?? severityFromWords(message);
    // nginx logs a request for a missing file (a 404) at [error]; the access log's 404 is a warning, so is this.
    if (flavour.source === 'nginx-error' && severity === 'error' && notFound.test(message))
      severity = 'warning';
    // tracing writes the spans before the target: `request{id=7}: checkout::db`; the crate is the service.
    const target = groups.target ? m[groups.target]?.split(/:\s+/).at(-1) : undefined;
    return {
      at,
      approximate: false,
      severity,
      message,
      source: flavour.source,
      line: lineNumber,
      service: service ?? (target ? target.split('::')[0]?.replace(/\{.*$/, '') : undefined),
    };
  }
  return undefined;
}

const notFound = /^open\(\) "[^"]*" failed \(2: No such file or directory\)/;

const trailingField = /\s+([A-Za-z_][\w.]*)=("(?:[^"\\]|\\.)*"|\S+)$/;

/**
 * tracing-subscriber writes an event's fields after its message (`charge failed order_id=1050 error="…"`): they
 * differ on every line, so they are taken off the message (it is the template), except an error, which is what
 * went wrong and is appended as JSON loggers' error fields are.
 */
function withoutFields(text: string): string {
  let message = text;
  let error: string | undefined;
  // At most 32 fields: each search scans the line, and a line can be 64 KiB of pairs.
  for (let i = 0, m = trailingField.exec(message); m && i < 32; i++, m = trailingField.exec(message)) {
    const [whole, key, raw] = m as unknown as [string, string, string];
    if (key === 'error' || key === 'err') error = raw.startsWith('"') ? unquote(raw) : raw;
    message = message.slice(0, message.length - whole.length);
  }
  if (message.trim() === '') return text;
  return error === undefined ? message : `${message}: ${error}`;
}

function unquote(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/**
 * The message of a zap console line after its time and level: tab-separated logger name and caller (both
 * optional), the message, and the fields as a JSON object; the fields' error is appended and `service` taken.
 */
function zapConsole(rest: string): { message: string; service: string | undefined } {
  const parts = rest.split('\t');
  let fields: Record<string, unknown> | undefined;
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && last.startsWith('{') && last.endsWith('}')) {
    try {
      fields = JSON.parse(last) as Record<string, unknown>;
      parts.pop();
    } catch {
      fields = undefined;
    }
  }
  const words = parts.filter((part) => !/^\S+\.go:\d+$/.test(part));
  let message = words.at(-1) ?? rest;
  const error = fields?.error ?? fields?.err;
  if (typeof error === 'string' && !message.includes(error)) message = `${message}: ${error}`;
  const named = words.length > 1 ? words[0] : undefined;
  const service = typeof fields?.service === 'string' ? fields.service : named;
  return { message, service };
}

// zap's stack traces (development config, and `stacktrace` from warnings up) follow the entry on lines of their
// own: a function, then its file indented by a tab.
const stackFrame = /^(?:[\w./*()~-]+\.[\w*()~-]+|\t\S+:\d+)$/;

// A JVM exception line ("java.lang.OutOfMemoryError: Java heap space", "Caused by: java.net.SocketTimeoutException",
// "\tSuppressed: java.io.IOException: …" under the exception whose `close` failed too) and a frame of its stack
// ("\tat org.apache.avro.io.BinaryDecoder.readString(BinaryDecoder.java:262)", "\t... 12 more"). log4j 2 prints
// where each frame's class came from after it (` ~[flink-dist-1.17.1.jar:1.17.1]`, `[?:?]`), by default.
const javaException =
  /^(?:Caused by: |\s+Suppressed: )?(?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Throwable)(?::\s.*)?$/;
const javaFrame =
  /^\s+(?:at [\w$.<>/@-]+\(.*\)(?: ~?\[[^\]]*\])?|\.\.\. \d+ (?:more|common frames omitted))\s*$/;
// What the JVM prints on stderr for an exception no code caught: the thread died (the process, if it was the
// last one), so it is a panic, written without a time of its own: `Exception in thread "worker-1"
// java.lang.OutOfMemoryError: Java heap space`.
const javaUncaught =
  /^Exception in thread "[^"]*" (?:[a-z][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Throwable)(?::\s.*)?$/;
// A JVM Error (OutOfMemoryError, StackOverflowError, NoClassDefFoundError) is an error whatever level the logger
// chose: Flink logs a task that switched to FAILED at WARN, with the OutOfMemoryError that failed it under it.
const javaError = /^(?:[a-z][\w$]*\.)+[A-Z][\w$]*Error(?::|$)/;

const probe: ParseOptions = { time: { zone: 'UTC' }, reference: new Date(0) };

/** Timestamped text lines: Rust env_logger and tracing-subscriber, Go's `log`, zap console, log4j-style lines. */
export const plainText: LineFormat = {
  name: 'text',
  description:
    "timestamped text lines: Rust env_logger and tracing, Go's standard log, zap console, nginx error.log, log4j",
  example: '2026-03-04T14:02:11.123456Z ERROR payments::client: request failed: connection refused',
  detect: (line) => read(line, probe, 1) !== undefined,
  start(options: ParseOptions) {
    let inStack = false;
    let last: Extract<LineResult, { source: string }> | undefined;
    return {
      parse(line: string, lineNumber: number): LineResult {
        if (line.trim() === '') return null;
        // A stack trace's lines belong to the entry before them: neither records nor unreadable.
        if (inStack && stackFrame.test(line)) return null;
        // A JVM exception under the entry that logged it ("… switched to FAILED with failure cause:", then
        // "java.lang.OutOfMemoryError: Java heap space" and its frames): the exception is what happened, at the
        // entry's time; its frames are part of it (trial 18f lost the OutOfMemoryError among lines not understood).
        if (last && javaFrame.test(line)) return null;
        if (last && javaException.test(line)) {
          const message = line.trim().replace(/^(?:Caused by|Suppressed):\s*/, '');
          return {
            ...last,
            message,
            severity: last.severity === 'warning' && !javaError.test(message) ? 'warning' : 'error',
            line: lineNumber,
          };
        }
        // The uncaught exception's own lines follow it; the entry before it stays `last` for its frames.
        if (last && javaUncaught.test(line))
          return {
            ...last,
            approximate: last.at !== null,
            message: line.trim(),
            severity: 'critical',
            kind: 'panic',
            line: lineNumber,
          };
        const result = read(line, options, lineNumber);
        inStack =
          result !== undefined && result !== null && 'source' in result && result.source === 'go-zap-console';
        last = result && 'source' in result ? result : undefined;
        return result ?? { unparsed: 'no timestamp at the start of the line' };
      },
    };
  },
};
