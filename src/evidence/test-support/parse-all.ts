import type { EvidenceItem } from '../evidence-item.js';
import type { LineFormat, LineResult, ParseOptions } from '../line-format.js';

/** Parse options for tests: UTC, and a fixed reference time for year-less syslog lines. */
export const testOptions: ParseOptions = {
  time: { zone: 'UTC' },
  reference: new Date('2026-03-05T00:00:00Z'),
};

/** Runs a line format over text and returns every line's result plus what `finish` held back. */
export function parseAll(
  format: LineFormat,
  text: string,
  options: ParseOptions = testOptions,
): LineResult[] {
  const parser = format.start(options);
  const results = text.split('\n').map((line, i) => parser.parse(line, i + 1));
  return [...results, ...(parser.finish?.() ?? [])];
}

/** Only the items among line results. */
export function itemsOf(results: readonly LineResult[]): EvidenceItem[] {
  return results.filter((r): r is EvidenceItem => r !== null && !('unparsed' in r));
}
