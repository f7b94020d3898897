import type { IncidentDocument } from '../domain/index.js';
import { eventTimes } from './event-times.js';
import { plainDate } from './plain-dates.js';

const minute = 60_000;

/** An incident whose moments span less than this is read second by second, so its tables show seconds. */
export const shortIncidentMs = 10 * minute;

/** `2026-03-04 12:07 UTC`, or `2026-03-04 12:07:10 UTC` with seconds, from a normalised UTC ISO instant. */
export function formatUtcTime(iso: string, seconds: boolean): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, seconds ? 19 : 16)} UTC`;
}

/**
 * Whether the report's tables need seconds: when two different instants fall in the same minute, minutes
 * alone would print them alike and hide their order; a short incident is read by the second anyway.
 */
export function tablesNeedSeconds(doc: Pick<IncidentDocument, 'moments' | 'timeline'>): boolean {
  const moments = Object.values(doc.moments).flatMap((moment) => (moment ? [Date.parse(moment.at)] : []));
  const span = moments.length > 1 ? Math.max(...moments) - Math.min(...moments) : 0;
  if (span > 0 && span < shortIncidentMs) return true;
  return differInOneMinute(eventTimes(doc.timeline));
}

/** Whether two different instants (ms; NaN ignored) fall in the same UTC minute. */
export function differInOneMinute(times: Iterable<number>): boolean {
  const firstInMinute = new Map<number, number>();
  for (const t of times) {
    if (Number.isNaN(t)) continue;
    const bucket = Math.floor(t / minute);
    const seen = firstInMinute.get(bucket);
    if (seen === undefined) firstInMinute.set(bucket, t);
    else if (seen !== t) return true;
  }
  return false;
}

/** One time format for all of a report's tables, so a column never mixes `12:07` with `12:07:10`. */
export function tableTimeFormat(
  doc: Pick<IncidentDocument, 'moments' | 'timeline'>,
): (iso: string) => string {
  const seconds = tablesNeedSeconds(doc);
  return (iso) => formatUtcTime(iso, seconds);
}

/**
 * The tables' time format for executives and the public: the day in words, as every other date of their report
 * ("27 November 2026, 14:00 UTC"), with seconds when the tables need them (`tablesNeedSeconds`).
 */
export function readerTimeFormat(
  doc: Pick<IncidentDocument, 'moments' | 'timeline'>,
): (iso: string) => string {
  const seconds = tablesNeedSeconds(doc);
  return (iso) => `${plainDate(iso)}, ${iso.slice(11, seconds ? 19 : 16)} UTC`;
}
