/**
 * The lines of meeting notes that can become a record: each non-empty line without its list marker and without the
 * "[14:02] Sam:" stamp the notes put before what was said, once each, in order.
 */
export function noteLines(notes: string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const raw of notes.split('\n')) {
    const line = raw
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/^\[\d{1,2}:\d{2}\]\s*(?:[^:\n]{1,40}:\s*)?/, '')
      .trim();
    if (line === '' || seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines;
}
