import { type EventFacts, type MomentName, momentNames, restingEvent } from '../../../src/domain/index.js';

/** A key moment proposed by the evidence import, in a form the review table can show. */
export interface ProposedMoment {
  name: MomentName;
  at: string;
  reason?: string;
  /** What the server sent, passed back unchanged when the moment is accepted. */
  value: unknown;
}

/**
 * Reads the moments of an evidence draft, in the order they happen. Each may be an ISO time or an object with
 * `at`; anything else, or an unknown name, is left out.
 */
export function proposedMoments(moments: Record<string, unknown> | undefined): ProposedMoment[] {
  const out: ProposedMoment[] = [];
  for (const name of momentNames) {
    const value = moments?.[name];
    if (typeof value === 'string' && value !== '') out.push({ name, at: value, value });
    else if (value && typeof value === 'object' && typeof (value as { at?: unknown }).at === 'string') {
      const { at, reason } = value as { at: string; reason?: unknown };
      out.push({ name, at, ...(typeof reason === 'string' ? { reason } : {}), value });
    }
  }
  return out;
}

/** Which drafted event (its index) a proposed moment rests on, as the server will link it; undefined when none. */
export function restingDraftEvent(
  moment: { name: MomentName; at: string },
  events: readonly EventFacts[],
): number | undefined {
  return restingEvent(
    moment.name,
    moment.at,
    events.map((event, index) => ({ ...event, index })),
  )?.index;
}

/**
 * The chosen moments that would rest on no event if only the `ticked` drafted events were saved: the event each
 * rests on is unticked and not already in the timeline (`stored`). Saved so, a moment would stand with nothing
 * behind it; the review unticks them with their event.
 */
export function unfootedMoments(
  moments: ReadonlyArray<{ name: MomentName; at: string }>,
  chosen: ReadonlySet<MomentName>,
  events: readonly EventFacts[],
  ticked: ReadonlySet<number>,
  stored: ReadonlySet<number>,
): Set<MomentName> {
  const out = new Set<MomentName>();
  for (const moment of moments) {
    if (!chosen.has(moment.name)) continue;
    const index = restingDraftEvent(moment, events);
    if (index !== undefined && !ticked.has(index) && !stored.has(index)) out.add(moment.name);
  }
  return out;
}

/** The moments object to send with the accepted events: only the chosen names, values as the server sent them. */
export function acceptedMoments(
  proposed: readonly ProposedMoment[],
  chosen: ReadonlySet<MomentName>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const moment of proposed) if (chosen.has(moment.name)) out[moment.name] = moment.value;
  return out;
}

/** A byte count as `12.3 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * What the server did with an accepted draft, in words: the events it added, those it skipped as already in the
 * timeline, the moments it set, and those it left out and why. Counted from the server's answer, never from what
 * was sent.
 */
export function bulkSavedMessage(result: {
  added: readonly unknown[];
  skipped: number;
  set?: readonly string[];
  leftOut?: ReadonlyArray<{ name: string; reason: string }>;
  differing?: ReadonlyArray<{ file: string; ids: readonly string[] }>;
}): string {
  const added = result.added.length;
  const events = (n: number) => `${n} event${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (added === 0 && result.skipped > 0) {
    parts.push(
      `No events added: ${result.skipped === 1 ? 'the 1 event was' : `all ${result.skipped} were`} already in the timeline.`,
    );
  } else {
    parts.push(`Added ${events(added)} to the timeline.`);
    if (result.skipped > 0) parts.push(`Skipped ${events(result.skipped)} already in the timeline.`);
  }
  if (result.set && result.set.length > 0) parts.push(`Set ${result.set.join(', ')}.`);
  for (const left of result.leftOut ?? []) parts.push(`${left.name} was not set: ${left.reason}.`);
  // As the CLI says it: a file read before in another zone keeps its stored times until they are deleted.
  for (const { file, ids } of result.differing ?? []) {
    const shown = ids.slice(0, 3).join(', ') + (ids.length > 3 ? ` and ${ids.length - 3} more` : '');
    parts.push(
      `${events(ids.length)} stored from ${file} ${ids.length === 1 ? 'has a time' : 'have times'} that differ from this reading (read before in another zone, or set by hand since?): ${shown}. ${ids.length === 1 ? 'It was' : 'They were'} kept as ${ids.length === 1 ? 'it is' : 'they are'}; to store this reading, delete ${ids.length === 1 ? 'it' : 'them'} and upload the file again.`,
    );
  }
  return parts.join(' ');
}
