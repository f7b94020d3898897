import { printableText } from '../domain/index.js';
import { cutToWidth, displayWidth, padToWidth } from './display-width.js';

/** Writes a JSON value to stdout, pretty-printed, with a trailing newline. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Renders rows as a plain text table with a header, aligned by terminal columns; cells are cut to `max` columns and kept on one line. */
export function formatTable(headers: string[], rows: string[][], max = 60): string {
  const clean = (cell: string) => {
    // Nothing a record holds drives the reader's terminal (escape sequences, bells, marks that reorder text).
    const flat = printableText(cell.replace(/\s+/g, ' ')).trim();
    return cutToWidth(flat, max);
  };
  const body = rows.map((row) => row.map(clean));
  const widths = headers.map((header, i) =>
    Math.max(displayWidth(header), ...body.map((row) => displayWidth(row[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => padToWidth(cell, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Prints a table, or a short note when there are no rows. */
export function printTable(headers: string[], rows: string[][], empty = '(none)'): void {
  process.stdout.write(`${rows.length === 0 ? empty : formatTable(headers, rows)}\n`);
}

/** An event's time for a table: `~` marks an approximate time, `unknown` a missing one. */
export function formatEventTime(event: { at: string | null; approximate: boolean }): string {
  if (event.at === null) return 'unknown';
  return `${event.approximate ? '~' : ''}${event.at.slice(0, 19).replace('T', ' ')}`;
}

/** An event's summary for a table, with its count when a flood was collapsed into it. */
export function formatEventSummary(event: { summary: string; count: number }): string {
  return event.count > 1 ? `${event.summary} (×${event.count})` : event.summary;
}
