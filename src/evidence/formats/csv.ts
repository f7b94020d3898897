import { parse } from 'csv-parse/sync';
import type { LineFormat, LineResult, ParseOptions } from '../line-format.js';
import { itemFromRecord } from '../read/record-fields.js';

const timeColumn = /^(?:time|timestamp|ts|date|datetime|@timestamp|created_at|created|at|when)$/i;

function cells(line: string): string[] | undefined {
  try {
    const rows = parse(line, { relax_quotes: true, relax_column_count: true }) as string[][];
    return rows[0];
  } catch {
    return undefined;
  }
}

/** CSV with a header row naming a time column and a message column (exports from dashboards and tickets). */
export const csv: LineFormat = {
  name: 'csv',
  description:
    'CSV with a header row (a time column and a message column such as message, msg, text, summary)',
  example: 'time,level,service,message\n2026-03-04T14:02:11Z,error,payments,upstream timed out',
  detect: () => false,
  score(head) {
    const header = head[0] === undefined ? undefined : cells(head[0]);
    if (!header || header.length < 2 || !header.some((name) => timeColumn.test(name.trim()))) return 0;
    const fitting = head.slice(1).filter((line) => (cells(line)?.length ?? 0) === header.length).length;
    return head.length <= 1 ? 1 : (fitting + 1) / head.length;
  },
  start(options: ParseOptions) {
    let header: string[] | undefined;
    return {
      parse(line: string, lineNumber: number): LineResult {
        if (line.trim() === '') return null;
        const row = cells(line);
        if (!row) return { unparsed: 'invalid CSV row' };
        if (!header) {
          // The header is read, never dropped unseen: a first line that names no time column is not a header (a
          // file forced to csv that is not one), so it and every line after it are counted as not understood.
          const names = row.map((name) => name.trim());
          if (names.length < 2 || !names.some((name) => timeColumn.test(name))) {
            return { unparsed: 'no CSV header before it (expected columns such as time and message)' };
          }
          header = names;
          return null;
        }
        const record: Record<string, string> = {};
        header.forEach((name, i) => {
          const value = row[i];
          if (value !== undefined) record[timeColumn.test(name) ? 'time' : name.toLowerCase()] = value;
        });
        if (!('message' in record)) {
          const text = record.msg ?? record.text ?? record.summary ?? record.description ?? record.event;
          if (text !== undefined) record.message = text;
        }
        return itemFromRecord(record, 'csv', lineNumber, options.time);
      },
    };
  },
};
