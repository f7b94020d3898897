/** A line, and the table column when the value came from a table cell. */
export interface SourcePlace {
  line: number;
  column?: string;
}

interface RecordPlaces {
  lines: number[];
  columns: Record<string, string> | undefined;
  fieldLines: Array<Record<string, number>> | undefined;
}

/**
 * Where the fields of a parsed document came from, so a schema problem can name its line (and column).
 * Records keep one line per row and look columns up only when an error asks, which keeps big timelines fast.
 */
export class SourcePlaces {
  private readonly fields = new Map<string, number>();
  private readonly records = new Map<string, RecordPlaces>();

  /** Notes the line a top-level field (`title`, `summary`, `impact`) starts on. */
  field(name: string, line: number): void {
    this.fields.set(name, line);
  }

  /** Notes the line of each record of a list, with the columns of its table or the lines of its fields. */
  list(
    name: string,
    lines: number[],
    columns?: Record<string, string>,
    fieldLines?: Array<Record<string, number>>,
  ): void {
    this.records.set(name, { lines, columns, fieldLines });
  }

  /** The place of the value at a schema path, or of its nearest known parent. */
  find(path: ReadonlyArray<PropertyKey>): SourcePlace | undefined {
    const [head, index, key] = path;
    if (typeof head !== 'string') return undefined;
    const records = this.records.get(head);
    const line = typeof index === 'number' ? records?.lines[index] : undefined;
    if (records && line !== undefined) {
      if (typeof key !== 'string') return { line };
      const fieldLine = records.fieldLines?.[index as number]?.[key];
      const column = records.columns?.[key];
      return column === undefined ? { line: fieldLine ?? line } : { line, column };
    }
    const fieldLine = this.fields.get(head);
    return fieldLine === undefined ? undefined : { line: fieldLine };
  }
}
