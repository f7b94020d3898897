import * as script from './content/generated/script.js';

// Dates and times as a facilitator says them aloud ("Tuesday 3 March at 14:05 UTC"), not as ISO strings. The
// names are English, like the rest of the playbook, and the zone is UTC, as everywhere debrief stores a time.

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** The months' English names, January first: the one list debrief's spoken and written dates use. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A day as people say it: "Tuesday 3 March", with the year ("Tuesday 3 March 2027") when it is not the year of
 * `reference` (an ISO date or instant), so a date next year is not heard as this year's.
 */
export function spokenDate(iso: string, reference?: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const text = `${weekdays[day.getUTCDay()]} ${day.getUTCDate()} ${monthNames[day.getUTCMonth()]}`;
  const year = iso.slice(0, 4);
  return reference !== undefined && reference.slice(0, 4) !== year ? `${text} ${year}` : text;
}

/** The clock time of an instant, "14:05 UTC". */
export function spokenClock(iso: string): string {
  return `${new Date(iso).toISOString().slice(11, 16)} UTC`;
}

/** An instant as people say it: "Tuesday 3 March at 14:05 UTC" (the year as in `spokenDate`). */
export function spokenInstant(iso: string, reference?: string): string {
  const utc = new Date(iso).toISOString();
  return `${spokenDate(utc, reference)} at ${spokenClock(utc)}`;
}

/** A length of time as people say it: "half an hour", "an hour and a half", "2 hours", "45 minutes", "1 minute". */
export function spokenDuration(minutes: number): string {
  if (minutes === 1) return script.openingDurationsMinute;
  if (minutes === 30) return script.openingDurationsHalfHour;
  if (minutes === 60) return script.openingDurationsHour;
  if (minutes === 90) return script.openingDurationsHourAndHalf;
  if (minutes % 60 === 0) return script.openingDurationsHours({ hours: minutes / 60 });
  return script.openingDurationsMinutes({ minutes });
}
