import { unescapeCell } from './escape.js';
import type { Place } from './source-error.js';
import { errorAt } from './source-error.js';

/** One line of the source file with its 1-based number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** A column a table may have: the header it is rendered with and other headers people may type for it. */
export interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  aliases?: readonly string[];
  required?: boolean;
}

/** A parsed table row: its line and its unescaped cells by column key (absent columns are missing). */
export interface TableRow<K extends string> {
  line: number;
  cells: Partial<Record<K, string>>;
  /** The same cells as written, still escaped (optional values tell absent from empty by it). */
  raw: Partial<Record<K, string>>;
  /** The header each column has in this file, for error messages. */
  headers: Partial<Record<K, string>>;
}

/** Renders a GFM table from headers and already escaped cells. */
export function renderTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Splits a table row on unescaped pipes into raw (still escaped), trimmed cells. */
export function splitRow(text: string): string[] {
  const row = text.trim();
  const cells: string[] = [];
  let start = row.startsWith('|') ? 1 : 0;
  let i = start;
  while (i < row.length) {
    const char = row.charCodeAt(i);
    if (char === backslash) {
      i += 2;
    } else if (char === pipe) {
      cells.push(row.slice(start, i).trim());
      start = i + 1;
      i += 1;
    } else {
      i += 1;
    }
  }
  // A row ending in an unescaped pipe has no cell after it.
  if (start < row.length || cells.length === 0) cells.push(row.slice(start).trim());
  return cells;
}

const backslash = 0x5c;
const pipe = 0x7c;
const separatorCell = /^:?-+:?$/;

/** Parses the GFM table that makes up a section, finding columns by header name (case-insensitive). */
export function parseTable<K extends string>(
  lines: readonly SourceLine[],
  columns: ReadonlyArray<ColumnSpec<K>>,
  file: string | undefined,
  tableName: string,
): Array<TableRow<K>> {
  const rowsText = lines.filter((line) => line.text.trim() !== '');
  for (const row of rowsText) {
    if (!row.text.trim().startsWith('|')) {
      throw errorAt(
        place(file, row),
        `expected a row of the ${tableName} table starting with "|", got ${quote(row.text)}`,
      );
    }
  }
  const [headerLine, separatorLine, ...body] = rowsText;
  if (!headerLine) return [];
  const keys = headerKeys(headerLine, columns, file, tableName);
  if (!separatorLine || !splitRow(separatorLine.text).every((cell) => separatorCell.test(cell))) {
    const at = separatorLine ?? headerLine;
    throw errorAt(
      place(file, at),
      `expected the separator row "| --- | --- |" under the ${tableName} table's header`,
    );
  }
  const headers: Partial<Record<K, string>> = {};
  keys.forEach(({ key, header }) => {
    headers[key] = header;
  });
  return body.map((row) => {
    const raw = splitRow(row.text);
    if (raw.length !== keys.length) {
      throw errorAt(
        place(file, row),
        `expected ${keys.length} cells as in the ${tableName} table's header, got ${raw.length}`,
      );
    }
    const cells: Partial<Record<K, string>> = {};
    const written: Partial<Record<K, string>> = {};
    raw.forEach((cell, index) => {
      const { key } = keys[index] as { key: K };
      cells[key] = unescapeCell(cell);
      written[key] = cell;
    });
    return { line: row.line, cells, raw: written, headers };
  });
}

function headerKeys<K extends string>(
  headerLine: SourceLine,
  columns: ReadonlyArray<ColumnSpec<K>>,
  file: string | undefined,
  tableName: string,
): Array<{ key: K; header: string }> {
  const found: Array<{ key: K; header: string }> = [];
  for (const header of splitRow(headerLine.text).map(unescapeCell)) {
    const name = header.trim().toLowerCase();
    const column = columns.find(
      (spec) =>
        spec.header.toLowerCase() === name || spec.aliases?.some((alias) => alias.toLowerCase() === name),
    );
    if (!column) {
      const known = columns.map((spec) => spec.header).join(', ');
      throw errorAt(
        place(file, headerLine),
        `unknown column ${quote(header)} in the ${tableName} table; expected columns among ${known}`,
      );
    }
    if (found.some((entry) => entry.key === column.key)) {
      throw errorAt(
        place(file, headerLine),
        `column ${quote(header)} appears twice in the ${tableName} table`,
      );
    }
    found.push({ key: column.key, header: column.header });
  }
  for (const column of columns) {
    if (column.required && !found.some((entry) => entry.key === column.key)) {
      throw errorAt(
        place(file, headerLine),
        `expected a column ${quote(column.header)} in the ${tableName} table`,
      );
    }
  }
  return found;
}

function place(file: string | undefined, line: SourceLine): Place {
  return { file, line: line.line };
}

/** A parsed row still to be checked by the schema, with the line and column headers for its messages. */
export interface ParsedRow<T> {
  value: T;
  row: TableRow<string>;
}

/** A cell's text, or undefined when the cell is empty or the column is absent. */
export function nonEmpty(cell: string | undefined): string | undefined {
  const text = cell?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** Quotes a value for an error message. */
export function quote(value: string): string {
  return JSON.stringify(value);
}
