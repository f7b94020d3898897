import type { TimelineEventInput } from '../domain/index.js';
import { baseName, withoutFloodCount } from '../evidence/index.js';
import type { Store } from '../store/index.js';

type Drafted = Pick<TimelineEventInput, 'at' | 'kind' | 'summary' | 'origins'> & {
  fingerprint?: string | undefined;
};

/** What the drafted events of a reading have in common with the incident's stored ones. */
export interface StoredMatches {
  /** Positions of drafted events the incident already holds (the same fingerprint): accepting them adds nothing. */
  alreadyStored: number[];
  /**
   * Drafted events that are not stored, but whose line is: the same kind and text at the same line of a file of
   * the same name, stored from another file (`file`, as it was named then). Most often the same log read another
   * way: by the CLI, which names a file by its real path, and by the web's upload, which knows only its name; `at`
   * is the stored time when it differs (the file read in another zone then). It may also be another file alike
   * (two pods' logs), so it is said, not decided.
   */
  sameLine: Array<{ event: number; file: string; at?: string | undefined }>;
}

function lineKey(event: Drafted): string | undefined {
  const origin = event.origins?.[0];
  if (!origin?.line || origin.file === undefined) return undefined;
  // A flood's count grows as more of the file is read: its first line and text name it. The time is left out: the
  // same line read in another zone is still that line.
  const text = withoutFloodCount(event.summary);
  return `${event.kind}|${baseName(origin.file)}|${origin.line}|${text}`;
}

/**
 * Matches drafted events against what the incident holds: by fingerprint (`alreadyStored`, which `attachDraft`
 * skips) and by line (`sameLine`). A resolved webhook repeats its alert's firing, a log uploaded again repeats
 * itself; the draft says so before anyone accepts.
 */
export async function storedMatches(
  store: Store,
  incidentId: string,
  events: readonly Drafted[],
): Promise<StoredMatches> {
  const fingerprints = new Set<string>();
  const lines = new Map<string, { file: string; at: string | null }>();
  for (const event of await store.timeline.list(incidentId)) {
    if (event.fingerprint !== undefined) fingerprints.add(event.fingerprint);
    const key = lineKey(event);
    if (key !== undefined) lines.set(key, { file: event.origins[0]?.file ?? '', at: event.at });
  }
  const matches: StoredMatches = { alreadyStored: [], sameLine: [] };
  events.forEach((event, index) => {
    if (event.fingerprint !== undefined && fingerprints.has(event.fingerprint)) {
      matches.alreadyStored.push(index);
      return;
    }
    const key = lineKey(event);
    const stored = key === undefined ? undefined : lines.get(key);
    if (stored === undefined) return;
    const differs =
      stored.at !== null && typeof event.at === 'string' && Date.parse(stored.at) !== Date.parse(event.at);
    matches.sameLine.push({
      event: index,
      file: stored.file,
      ...(differs ? { at: stored.at as string } : {}),
    });
  });
  return matches;
}
