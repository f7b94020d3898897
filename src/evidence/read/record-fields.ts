import type { EventSeverity } from '../../domain/index.js';
import type { EvidenceItem } from '../evidence-item.js';
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

/** The field names to read each role from, in order of preference. */
export interface FieldNames {
  time: readonly string[];
  level: readonly string[];
  message: readonly string[];
  error: readonly string[];
  service: readonly string[];
}

/** Every name debrief knows for each role. */
export const knownFieldNames: FieldNames = {
  time: timeKeys,
  level: levelKeys,
  message: messageKeys,
  error: errorKeys,
  service: serviceKeys,
};

/**
 * The names a file's logger uses, learnt from its first record so the other lines are read with one lookup per
 * role: the time, level, message and service names present there, and every error name (errors appear on some
 * lines only). A role absent from the first record keeps every known name.
 */
export function learnFieldNames(record: Record<string, unknown>): FieldNames {
  const keep = (keys: readonly string[]) => {
    const present = keys.filter((key) => !key.includes('.') && key in record);
    return present.length > 0 ? present : keys.filter((key) => !key.includes('.'));
  };
  return {
    time: keep(timeKeys),
    level: keep(levelKeys),
    message: keep(messageKeys),
    error: errorKeys.filter((key) => !key.includes('.')),
    service: keep(serviceKeys),
  };
}

/** All names of a set, for the line probe. */
export function allNames(names: FieldNames): string[] {
  return [...new Set([...names.time, ...names.level, ...names.message, ...names.error, ...names.service])];
}

/** Whether a flat record has a message field, so the nested fields need not be looked at. */
export function hasMessage(record: Record<string, unknown>): boolean {
  return messageKeys.some((key) => typeof record[key] === 'string');
}

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
    // Plain property access first: this runs for every line of a log.
    const value = record[key] ?? (key.indexOf('.') > 0 ? lookup(record, key) : undefined);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** Reads a time field: a written timestamp, or a number of seconds/ms/µs/ns since 1970 (zap's `ts`). */
export function timeOf(value: unknown, options: TimeOptions): string | undefined {
  if (typeof value === 'number') return parseEpoch(value);
  if (typeof value !== 'string') return undefined;
  // A written date has a dash by its fifth character; only digit strings can be epochs.
  if (value.charCodeAt(4) !== 45 && /^\d{9,19}(?:\.\d+)?$/.test(value)) return parseEpoch(value);
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
  names: FieldNames = knownFieldNames,
): EvidenceItem | { unparsed: string } {
  const rawMessage = first(record, names.message);
  if (rawMessage === undefined) return { unparsed: 'no message field (msg, message, MESSAGE)' };
  let message = typeof rawMessage === 'string' ? rawMessage : JSON.stringify(rawMessage);
  const error = first(record, names.error);
  if (typeof error === 'string' && !message.includes(error)) message = `${message}: ${error}`;
  const rawTime = first(record, names.time);
  const at = rawTime === undefined ? null : (timeOf(rawTime, options) ?? null);
  const level = first(record, names.level);
  const severity: EventSeverity =
    severityOf(level) ?? (level === undefined ? severityFromWords(message) : 'info');
  const service = first(record, names.service);
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
