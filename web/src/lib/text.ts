/** Splits a comma-separated list, trimming items and dropping empty ones and repeats. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  for (const item of text.split(',')) {
    const trimmed = item.trim();
    if (trimmed !== '') seen.add(trimmed);
  }
  return [...seen];
}

/** A number typed in a field, or undefined when the field is blank or not a non-negative number. */
export function optionalCount(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** An ISO instant shown in UTC as `2026-03-04 14:02:11Z`, or `time unknown`. */
export function formatInstant(at: string | null | undefined): string {
  if (!at) return 'time unknown';
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** The value for a datetime-local input (UTC, seconds precision) from an ISO instant. */
export function toLocalInput(at: string | null | undefined): string {
  if (!at) return '';
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 19);
}

/** An ISO instant from a datetime-local input read as UTC, or null when blank. */
export function fromLocalInput(value: string): string | null {
  if (value.trim() === '') return null;
  const ms = Date.parse(`${value}Z`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Today as YYYY-MM-DD in UTC, the day due dates are compared against. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
