import { type Action, isOverdue } from '../domain/index.js';
import { monthNames } from '../playbook/index.js';

/** `2026-03-20` (or an instant on that UTC day) as "20 March 2026": how readers outside engineering write a date. */
export function plainDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${Number(day)} ${monthNames[Number(month) - 1] ?? month} ${year}`;
}

const smallNumbers = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** A count as a reader says it: "two", "twelve", then digits ("13"). */
export function countWord(n: number): string {
  return smallNumbers[n] ?? String(n);
}

const unit = (n: number, name: string) => `${n} ${name}${n === 1 ? '' : 's'}`;

/**
 * A fraction as the percentage people typed in the web's percent field: whole when it is, else to one decimal
 * (0.125 is "12.5%", as entered, not "13%").
 */
export function plainPercent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/**
 * A duration as a reader says it: "52 minutes", "1 hour 5 minutes", "2 days 3 hours", "45 seconds"; seconds only
 * under a minute, minutes rounded. Engineers keep the exact form ("52m 00s", `formatDuration`).
 */
export function plainDuration(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds < 60) return unit(seconds, 'second');
  const minutes = Math.round(seconds / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return [unit(days, 'day'), hours > 0 ? unit(hours, 'hour') : ''].filter(Boolean).join(' ');
  if (hours > 0) return [unit(hours, 'hour'), rest > 0 ? unit(rest, 'minute') : ''].filter(Boolean).join(' ');
  return unit(minutes, 'minute');
}

/**
 * When an action is due, as a reader says it: "due 16 December 2026", "overdue since 1 December 2026" (a date already
 * past reads as past: "due 25 November" sounds still to come), or "date needed".
 */
export function plainDue(action: Pick<Action, 'dueDate' | 'status'>, today: string): string {
  if (!action.dueDate) return 'date needed';
  return isOverdue(action, today)
    ? `overdue since ${plainDate(action.dueDate)}`
    : `due ${plainDate(action.dueDate)}`;
}
