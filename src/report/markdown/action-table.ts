import { type Action, newId } from '../../domain/index.js';
import { escapeCell, escapeOptionalCell, unescapeOptionalCell } from './escape.js';
import {
  type ColumnSpec,
  nonEmpty,
  type ParsedRow,
  parseTable,
  renderTable,
  type SourceLine,
} from './tables.js';

type ActionKey =
  | 'id'
  | 'title'
  | 'owner'
  | 'dueDate'
  | 'priority'
  | 'type'
  | 'status'
  | 'closedOn'
  | 'factorId'
  | 'trackerUrl'
  | 'droppedReason';

const columns: ReadonlyArray<ColumnSpec<ActionKey>> = [
  { key: 'id', header: 'Id', aliases: ['ID'] },
  { key: 'title', header: 'Action', aliases: ['Title'], required: true },
  { key: 'owner', header: 'Owner' },
  { key: 'dueDate', header: 'Due', aliases: ['Due date'] },
  { key: 'priority', header: 'Priority' },
  { key: 'type', header: 'Type' },
  { key: 'status', header: 'Status' },
  { key: 'closedOn', header: 'Closed', aliases: ['Closed on', 'Done on'] },
  { key: 'factorId', header: 'Factor' },
  { key: 'trackerUrl', header: 'Tracker', aliases: ['Link', 'Ticket'] },
  { key: 'droppedReason', header: 'Note', aliases: ['Dropped reason', 'Reason'] },
];

/** The column header each action field is rendered under, for error messages. */
export const actionColumnHeaders: Record<string, string> = Object.fromEntries(
  columns.map((column) => [column.key, column.header]),
);

/** Renders the action items as a GFM table, in the document's order. */
export function renderActionTable(actions: readonly Action[]): string {
  const rows = actions.map((action) => [
    escapeCell(action.id),
    escapeCell(action.title),
    escapeCell(action.owner),
    action.dueDate ?? '',
    action.priority,
    action.type,
    action.status,
    action.closedOn ?? '',
    escapeOptionalCell(action.factorId),
    escapeOptionalCell(action.trackerUrl),
    escapeOptionalCell(action.droppedReason),
  ]);
  return renderTable(
    columns.map((column) => column.header),
    rows,
  );
}

/** Parses the Action items table; a row without an id gets a new one. An empty optional cell means "not set", `""` the empty string. */
export function parseActionTable(
  lines: readonly SourceLine[],
  file: string | undefined,
): Array<ParsedRow<Record<string, unknown>>> {
  return parseTable(lines, columns, file, 'action items').map((row) => {
    const action: Record<string, unknown> = {
      id: nonEmpty(row.cells.id) ?? newId('action'),
      title: row.cells.title ?? '',
      owner: row.cells.owner ?? '',
    };
    for (const key of ['dueDate', 'priority', 'type', 'status', 'closedOn'] as const) {
      const value = nonEmpty(row.cells[key]);
      if (value !== undefined) action[key] = value;
    }
    for (const key of ['factorId', 'trackerUrl', 'droppedReason'] as const) {
      const value = unescapeOptionalCell(row.raw[key]);
      if (value !== undefined) action[key] = value;
    }
    return { value: action, row };
  });
}
