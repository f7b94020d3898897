import { z } from 'zod';

const isoWithZone = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Normalises an ISO 8601 timestamp with a zone to UTC `YYYY-MM-DDTHH:MM:SS.sssZ`, or returns undefined. */
export function toUtcIso(value: string): string | undefined {
  const text = value.trim();
  const match = isoWithZone.exec(text);
  if (!match) return undefined;
  // Date.parse rolls 2026-02-30 over to March and accepts 24:00; a wrong clock value is an error instead.
  const [, day, hour, minute, second] = match;
  if (
    !isCalendarDate(day as string) ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second ?? 0) > 59
  ) {
    return undefined;
  }
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString();
}

/** A point in time: ISO 8601 with a zone in, UTC with milliseconds out. */
export const instantSchema = z
  .string()
  .overwrite((value) => toUtcIso(value) ?? value)
  .refine((value) => toUtcIso(value) !== undefined, {
    // The right shape with no such day or hour ("2026-02-30T10:00:00Z") is said as such (trial 22).
    error: (issue) =>
      typeof issue.input === 'string' && isoWithZone.test(issue.input.trim())
        ? `${JSON.stringify(issue.input)} is no moment of the calendar (no such day or time); expected a real time such as 2026-03-04T14:02:11Z`
        : `expected an ISO 8601 time with a zone such as 2026-03-04T14:02:11Z, got ${JSON.stringify(issue.input)}`,
  });

/** Whether a YYYY-MM-DD string names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  const match = dateOnly.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

/** A calendar day, YYYY-MM-DD (due dates). */
export const dateSchema = z.string().refine(isCalendarDate, {
  // "2026-02-30" has the shape but is no day (trial 21 read "expected a date as YYYY-MM-DD" for it).
  error: (issue) =>
    typeof issue.input === 'string' && dateOnly.test(issue.input)
      ? `${JSON.stringify(issue.input)} is no day of the calendar; expected a real date as YYYY-MM-DD`
      : `expected a date as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
});

/** Milliseconds between two ISO instants (b - a). */
export function millisBetween(a: string, b: string): number {
  return Date.parse(b) - Date.parse(a);
}

/** A duration in ms as `1h 05m`, `12m 30s` or `45s`. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let seconds = Math.round(Math.abs(ms) / 1000);
  const days = Math.floor(seconds / 86400);
  seconds -= days * 86400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (days > 0) return `${sign}${days}d ${hours}h ${pad(minutes)}m`;
  if (hours > 0) return `${sign}${hours}h ${pad(minutes)}m`;
  if (minutes > 0) return `${sign}${minutes}m ${pad(seconds)}s`;
  return `${sign}${seconds}s`;
}
