import { errorAt } from './source-error.js';
import { quote, type SourceLine } from './tables.js';

/** Renders items as a `- ` list; later lines of an item are indented two spaces so they stay in the item. */
export function renderList(items: readonly string[]): string {
  return items.map((item) => `- ${item.split('\n').join('\n  ')}`).join('\n');
}

const itemStart = /^[-*+](?: (.*))?$/s;

/** A parsed list item with the line it starts on. */
export interface ParsedItem {
  text: string;
  line: number;
}

/**
 * Parses a `- ` list. A line indented two spaces continues the item; so does an unindented line right after a
 * line of the item (a lazy continuation, as CommonMark reads it). Anything else is an error, so no text is lost.
 */
export function parseList(
  lines: readonly SourceLine[],
  file: string | undefined,
  section: string,
): ParsedItem[] {
  const items: Array<{ lines: string[]; line: number }> = [];
  let previousBlank = true;
  for (const { text, line } of lines) {
    const start = itemStart.exec(text);
    const current = items[items.length - 1];
    if (start) {
      items.push({ lines: [start[1] ?? ''], line });
      previousBlank = false;
    } else if (current && text.startsWith('  ')) {
      current.lines.push(text.slice(2));
      previousBlank = text.trim() === '';
    } else if (text.trim() === '') {
      current?.lines.push('');
      previousBlank = true;
    } else if (current && !previousBlank) {
      current.lines.push(text);
    } else {
      throw errorAt(
        { file, line },
        `expected a list item starting with "- " in section ${quote(section)}, got ${quote(text)}`,
      );
    }
  }
  return items.map((item) => ({ text: item.lines.join('\n').trim(), line: item.line }));
}
