import { newId, sortTimeline, type TimelineEvent, toUtcIso } from '../../domain/index.js';
import { escapeCell, escapeOptionalCell, unescapeOptionalCell } from './escape.js';
import { formatOrigins, parseOrigins } from './origins.js';
import { errorAt } from './source-error.js';
import {
  type ColumnSpec,
  nonEmpty,
  type ParsedRow,
  parseTable,
  quote,
  renderTable,
  type SourceLine,
} from './tables.js';

type TimelineKey =
  | 'at'
  | 'summary'
  | 'kind'
  | 'severity'
  | 'service'
  | 'source'
  | 'count'
  | 'signature'
  | 'origins'
  | 'id';

const columns: ReadonlyArray<ColumnSpec<TimelineKey>> = [
  { key: 'at', header: 'Time (UTC)', aliases: ['Time', 'At', 'When'], required: true },
  { key: 'summary', header: 'Event', aliases: ['Summary', 'What'], required: true },
  { key: 'kind', header: 'Kind' },
  { key: 'severity', header: 'Severity' },
  { key: 'service', header: 'Service' },
  { key: 'source', header: 'Source' },
  { key: 'count', header: 'Count' },
  { key: 'signature', header: 'Signature' },
  { key: 'origins', header: 'Origin', aliases: ['Origins'] },
  { key: 'id', header: 'Id', aliases: ['ID'] },
];

/** The column header each event field is rendered under, for error messages. */
export const timelineColumnHeaders: Record<string, string> = Object.fromEntries(
  columns.map((column) => [column.key, column.header]),
);

/** Formats a UTC instant as `2026-03-04 14:02:11Z` (`.123` only when the milliseconds are not zero). */
export function formatTime(at: string | null, approximate: boolean): string {
  const prefix = approximate ? '~' : '';
  if (at === null) return `${prefix}unknown`;
  const millis = at.slice(20, 23);
  return `${prefix}${at.slice(0, 10)} ${at.slice(11, 19)}${millis === '000' ? '' : `.${millis}`}Z`;
}

/** Reads a Time cell back: an instant or null, and whether it was marked approximate; undefined if unreadable. */
export function parseTime(cell: string): { at: string | null; approximate: boolean } | undefined {
  let text = cell.trim();
  const approximate = text.startsWith('~');
  if (approximate) text = text.slice(1).trim();
  if (text.toLowerCase() === 'unknown') return { at: null, approximate };
  const iso = toUtcIso(text.replace(/^(\d{4}-\d{2}-\d{2}) +/, '$1T'));
  return iso === undefined ? undefined : { at: iso, approximate };
}

/** Renders the timeline as a GFM table in canonical (time) order. */
export function renderTimelineTable(events: readonly TimelineEvent[]): string {
  const rows = sortTimeline(events).map((event) => [
    formatTime(event.at, event.approximate),
    escapeCell(event.summary),
    event.kind,
    event.severity,
    escapeOptionalCell(event.service),
    escapeCell(event.source),
    String(event.count),
    escapeOptionalCell(event.signature),
    escapeCell(formatOrigins(event.origins)),
    escapeCell(event.id),
  ]);
  return renderTable(
    columns.map((column) => column.header),
    rows,
  );
}

/** Parses the Timeline section's table; schema checks come later so their messages can name the row. */
export function parseTimelineTable(
  lines: readonly SourceLine[],
  file: string | undefined,
): Array<ParsedRow<Record<string, unknown>>> {
  return parseTable(lines, columns, file, 'timeline').map((row) => {
    const { cells } = row;
    const timeCell = cells.at ?? '';
    const time = parseTime(timeCell);
    if (!time) {
      throw errorAt(
        { file, line: row.line },
        `expected a time like 2026-03-04 14:02:11Z in column ${quote(row.headers.at ?? 'Time (UTC)')}, got ${quote(timeCell)}`,
      );
    }
    const event: Record<string, unknown> = {
      id: nonEmpty(cells.id) ?? newId('event'),
      at: time.at,
      approximate: time.approximate,
      summary: cells.summary ?? '',
      origins: parseOrigins(cells.origins ?? ''),
    };
    for (const key of ['kind', 'severity', 'source'] as const) {
      const value = nonEmpty(cells[key]);
      if (value !== undefined) event[key] = value;
    }
    for (const key of ['service', 'signature'] as const) {
      const value = unescapeOptionalCell(row.raw[key]);
      if (value !== undefined) event[key] = value;
    }
    const count = nonEmpty(cells.count);
    if (count !== undefined) {
      if (!/^\d+$/.test(count)) {
        throw errorAt(
          { file, line: row.line },
          `expected a whole number in column ${quote(row.headers.count ?? 'Count')}, got ${quote(count)}`,
        );
      }
      event.count = Number(count);
    }
    return { value: event, row };
  });
}
