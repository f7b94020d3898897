import type { EvidenceItem } from './evidence-item.js';
import type { TimeOptions } from './read/timestamps.js';

/** What a line parser needs besides the line: how to read zone-less times and a reference for year-less ones. */
export interface ParseOptions {
  time: TimeOptions;
  /** The newest plausible time, for syslog lines without a year. */
  reference: Date;
}

/** A line a parser read (an item), chose to skip (null: blank, header), or could not read (the reason). */
export type LineResult = EvidenceItem | null | { unparsed: string };

export interface LineParser {
  parse(line: string, lineNumber: number): LineResult;
  /** Items held back until the end of the file (a multi-line record still open). */
  finish?(): EvidenceItem[];
}

/** A line-oriented evidence format: recognised from its lines' content, read one line at a time. */
export interface LineFormat {
  readonly name: string;
  readonly description: string;
  readonly example: string;
  /** Whether one line looks like this format (the format of a file is the one most of its first lines match). */
  detect(line: string): boolean;
  /** For formats recognised from several lines at once (a CSV header), the share of the head that fits. */
  score?(head: readonly string[]): number;
  start(options: ParseOptions): LineParser;
}

/** Whether a line result is an item. */
export function isItem(result: LineResult): result is EvidenceItem {
  return result !== null && !('unparsed' in result);
}
