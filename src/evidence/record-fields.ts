import type { EventSeverity } from '../domain/index.js';
import type { EvidenceItem } from './evidence-item.js';
import { severityFromWords, severityOf } from './levels.js';
import { parseEpoch, parseTimestamp, type TimeOptions } from './timestamps.js';

// Field names loggers use for the same things, most specific first.
const timeKeys = [
  'time',
  'ts',
  'timestamp',
  '@timestamp',
  't',
  'datetime',
  'date',
  'eventTime',
  '__REALTIME_TIMESTAMP',
];
const levelKeys = ['level', 'lvl', 'severity', 'levelname', 'log.level', 'loglevel', 'PRIORITY', 'priority'];
const messageKeys = ['msg', 'message', 'MESSAGE', 'fields.message', 'event', 'text', 'log'];
const errorKeys = ['err', 'error', 'error.message', 'fields.error', 'exception'];
const serviceKeys = [
  'service',
  'service.name',
  'app',
  'application',
  'component',
  '_SYSTEMD_UNIT',
  'SYSLOG_IDENTIFIER',
  'logger',
  'target',
  'name',
];

/** The value at a key, also following dots into nested objects (`fields.message`). */
export function lookup(record: Record<string, unknown>, key: string): unknown {
  const direct = record[key];
  if (direct !== undefined || Object.hasOwn(record, key)) return direct;
  const dot = key.indexOf('.');
  if (dot < 0) return undefined;
  const head = record[key.slice(0, dot)];
  return head !== null && typeof head === 'object'
    ? lookup(head as Record<string, unknown>, key.slice(dot + 1))
    : undefined;
}

function first(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = lookup(record, key);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** Reads a time field: a written timestamp, or a number of seconds/ms/µs/ns since 1970 (zap's `ts`). */
export function timeOf(value: unknown, options: TimeOptions): string | undefined {
  if (typeof value === 'number') return parseEpoch(value);
  if (typeof value !== 'string') return undefined;
  if (/^\d{9,19}(?:\.\d+)?$/.test(value)) return parseEpoch(value);
  return parseTimestamp(value, options);
}

/**
 * Maps a structured record (a JSON line, logfmt pairs) to an item by the usual field names; the error field is
 * appended to the message because that is where Go and Rust loggers put what went wrong.
 */
export function itemFromRecord(
  record: Record<string, unknown>,
  source: string,
  line: number,
  options: TimeOptions,
): EvidenceItem | { unparsed: string } {
  const rawMessage = first(record, messageKeys);
  if (rawMessage === undefined) return { unparsed: 'no message field (msg, message, MESSAGE)' };
  let message = typeof rawMessage === 'string' ? rawMessage : JSON.stringify(rawMessage);
  const error = first(record, errorKeys);
  if (typeof error === 'string' && !message.includes(error)) message = `${message}: ${error}`;
  const rawTime = first(record, timeKeys);
  const at = rawTime === undefined ? null : (timeOf(rawTime, options) ?? null);
  const level = first(record, levelKeys);
  const severity: EventSeverity =
    severityOf(level) ?? (level === undefined ? severityFromWords(message) : 'info');
  const service = first(record, serviceKeys);
  return {
    at,
    approximate: false,
    severity,
    message,
    source,
    line,
    service: typeof service === 'string' ? service : undefined,
  };
}
