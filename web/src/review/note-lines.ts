/**
 * The lines of meeting notes that can become a record: each non-empty line without its list marker and without the
 * "[14:02] Sam:" stamp the notes put before what was said, once each, in order. Without a time stamp, a leading
 * "Sam:" is taken for who spoke only when it names one of `people` (by full name, first name or username), so
 * "Decision: roll back" keeps its label while "Sven: the retries had no backoff" loses the speaker: a factor or
 * action recorded from it names the system, not whoever said it.
 */
export function noteLines(notes: string, people: readonly string[] = []): string[] {
  const speakers = new Set(
    people.flatMap((name) => {
      const words = name.trim().toLowerCase();
      return words === '' ? [] : [words, words.split(/\s+/)[0] as string];
    }),
  );
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const raw of notes.split('\n')) {
    let line = raw
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/^\[\d{1,2}:\d{2}\]\s*(?:[^:\n]{1,40}:\s*)?/, '')
      .trim();
    const speaker = /^([^:\n]{1,40}):\s+/.exec(line);
    if (speaker && speakers.has((speaker[1] as string).trim().replace(/^@/, '').toLowerCase())) {
      line = line.slice(speaker[0].length).trim();
    }
    if (line === '' || seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines;
}
