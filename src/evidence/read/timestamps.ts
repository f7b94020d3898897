import { DateTime } from 'luxon';

const isoLike =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
const slashDate = /^(\d{4})\/(\d{2})\/(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;
const months: Record<string, number> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  May: 5,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};
const clf = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})$/;
const syslogDate = /^([A-Z][a-z]{2})\s+(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

/** How to read times: the zone for times written without one (IANA name or `UTC`). */
export interface TimeOptions {
  zone: string;
  /** Counts the times read in `zone` because they were written without one (a file's report warns of them). */
  zoneless?: { count: number } | undefined;
}

export const utc: TimeOptions = { zone: 'UTC' };

function fromParts(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  fraction: string | undefined,
  zone: string,
): string | undefined {
  const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  if (zone === 'UTC') {
    const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
    const date = new Date(t);
    // Date.UTC rolls 31 Feb into March; a calendar that does not exist is not a time.
    if (date.getUTCDate() !== d || date.getUTCMonth() !== mo - 1) return undefined;
    return date.toISOString();
  }
  const dt = DateTime.fromObject(
    { year: y, month: mo, day: d, hour: h, minute: mi, second: s, millisecond: ms },
    { zone },
  );
  return dt.isValid ? (dt.toUTC().toISO() ?? undefined) : undefined;
}

function offsetZone(offset: string): string {
  if (offset === 'Z' || offset === 'z' || offset === 'UTC') return 'UTC';
  const sign = offset[0];
  const digits = offset.slice(1).replace(':', '');
  const h = Number(digits.slice(0, 2));
  const m = Number(digits.slice(2, 4) || '0');
  if (h === 0 && m === 0) return 'UTC';
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/**
 * Reads a written timestamp (ISO 8601 with `T` or a space, comma or dot fractions, with or without a zone; Go's
 * `2006/01/02 15:04:05`; the access-log `10/Oct/2000:13:55:36 -0700`) as a UTC ISO string. Times without a zone
 * are read in `options.zone`.
 */
export function parseTimestamp(text: string, options: TimeOptions = utc): string | undefined {
  const fast = utcFastPath(text);
  if (fast !== undefined) return fast;
  let m = isoLike.exec(text);
  if (m) {
    if (!m[8] && options.zoneless) options.zoneless.count++;
    const zone = m[8] ? offsetZone(m[8]) : options.zone;
    return fromParts(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), m[7], zone);
  }
  m = slashDate.exec(text);
  if (m && options.zoneless) options.zoneless.count++;
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!, m[7], options.zone);
  m = clf.exec(text);
  if (m) {
    const month = months[m[2]!];
    if (!month) return undefined;
    return fromParts(+m[3]!, month, +m[1]!, +m[4]!, +m[5]!, +m[6]!, undefined, offsetZone(m[7]!));
  }
  return undefined;
}

// Logs repeat the same second many times; the last second checked against the calendar is remembered.
let checkedSecond = '';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether text is `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, checked character by character (cheaper than a regex). */
function isUtcIso(text: string): boolean {
  const len = text.length;
  if (len < 20 || len > 30 || text.charCodeAt(len - 1) !== 90) return false;
  for (let i = 0; i < 19; i++) {
    const c = text.charCodeAt(i);
    const expected = i === 4 || i === 7 ? 45 : i === 10 ? 84 : i === 13 || i === 16 ? 58 : -1;
    if (expected >= 0 ? c !== expected : !isDigit(c)) return false;
  }
  if (len === 20) return true;
  if (text.charCodeAt(19) !== 46 || len === 21) return false;
  for (let i = 20; i < len - 1; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** The common case, a UTC time with `Z`, rewritten without building a Date; undefined for anything else. */
function utcFastPath(text: string): string | undefined {
  if (!isUtcIso(text)) return undefined;
  const second = text.slice(0, 19);
  if (second !== checkedSecond) {
    const date = new Date(`${second}Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 19) !== second) return undefined;
    checkedSecond = second;
  }
  if (text.length >= 24) return `${second}${text.slice(19, 23)}Z`;
  const fraction = text.slice(20, -1);
  return `${second}.${fraction.padEnd(3, '0')}Z`;
}

/** Reads a Unix time in seconds, milliseconds, microseconds or nanoseconds (told apart by magnitude). */
export function parseEpoch(value: number | string): string | undefined {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  let ms: number;
  if (n < 1e11) ms = n * 1000;
  else if (n < 1e14) ms = n;
  else if (n < 1e17) ms = n / 1000;
  else ms = n / 1e6;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * Reads a syslog RFC 3164 time (`Mar  4 14:02:11`), which has no year: the year is the latest one that does
 * not put the time after `reference` (the newest time known, or now), so December lines read in January land
 * in the previous year.
 */
export function parseSyslogTime(
  text: string,
  reference: Date,
  options: TimeOptions = utc,
): string | undefined {
  const m = syslogDate.exec(text);
  if (!m) return undefined;
  const month = months[m[1]!];
  if (!month) return undefined;
  if (options.zoneless) options.zoneless.count++;
  const year = reference.getUTCFullYear();
  for (const y of [year, year - 1]) {
    const at = fromParts(y, month, +m[2]!, +m[3]!, +m[4]!, +m[5]!, m[6], options.zone);
    // A day later than the reference allows for zones ahead of UTC.
    if (at && Date.parse(at) <= reference.getTime() + 86_400_000) return at;
  }
  return undefined;
}
