import { type EventKind, type IncidentDocument, machineEventKinds } from '../domain/index.js';
import { type GlossaryEntry, glossaryEntriesIn, glossaryEntryFor } from '../playbook/index.js';
import { readerText } from './plain-words.js';

/** A failure mode the timeline shows, linked to its glossary entry. */
export interface FailureMode {
  entry: GlossaryEntry;
  /** Events (weighted by their count) that showed it. */
  occurrences: number;
  firstAt: string | null;
  /** The event that first showed it, for a link back to the evidence. */
  eventId: string;
}

// Kinds whose summaries are machine output that may name a failure mode (a panic, an OOM kill, a log line).
const machineKinds = new Set<EventKind>(machineEventKinds);
// Glossary words that name a thing, not something going wrong: a log line that says "pod" or "pgbouncer" shows
// no failure mode by that word (the glossary still explains them to readers).
const vocabulary = new Set([
  'pod',
  'namespace',
  'hpa',
  'ci',
  'dba',
  'pgbouncer',
  'game-day',
  'five-whys',
  'rust-backtrace',
  'time-to-detect',
  'time-to-acknowledge',
  'time-to-mitigate',
  'time-to-resolve',
]);

/** The failure mode a machine text shows: its glossary entry, unless that only names a thing (see vocabulary). */
function failureModeOf(text: string): GlossaryEntry | undefined {
  const entry = glossaryEntryFor(text);
  if (!entry || !vocabulary.has(entry.id)) return entry;
  return glossaryEntriesIn(text).find((other) => !vocabulary.has(other.id));
}

// Distinct texts looked up at most; beyond this a timeline is log volume that signatures already summarise.
const maxLookups = 200;

/**
 * The failure modes an incident's timeline shows (a Go deadlock, a Rust unwrap panic, an OOM kill…), found by
 * looking each distinct crash or log text up in the glossary, in order of first appearance.
 */
export function failureModes(doc: Pick<IncidentDocument, 'timeline'>): FailureMode[] {
  const byText = new Map<string, GlossaryEntry | undefined>();
  const found = new Map<string, FailureMode>();
  for (const event of doc.timeline) {
    if (!machineKinds.has(event.kind)) continue;
    const text = event.signature ?? event.summary.slice(0, 2_000);
    let entry = byText.get(text);
    if (!byText.has(text)) {
      if (byText.size >= maxLookups) continue;
      entry = failureModeOf(text);
      byText.set(text, entry);
    }
    if (!entry) continue;
    const mode = found.get(entry.id);
    if (mode) {
      mode.occurrences += event.count;
      if (event.at !== null && (mode.firstAt === null || event.at < mode.firstAt)) mode.firstAt = event.at;
    } else {
      found.set(entry.id, { entry, occurrences: event.count, firstAt: event.at, eventId: event.id });
    }
  }
  return [...found.values()];
}

/**
 * The failure modes a reader of a view (exec, public) still needs explained: those whose term its text uses and
 * does not explain already. Failure modes are found in the full timeline, whose log lines such a view leaves out,
 * so a mode its reader never meets is left out too rather than explained for nothing.
 */
export function failureModesToExplain(modes: readonly FailureMode[], view: IncidentDocument): FailureMode[] {
  const text = readerText(view);
  const used = new Set(glossaryEntriesIn(text).map((entry) => entry.id));
  return modes.filter(
    (mode) => used.has(mode.entry.id) && !text.includes(mode.entry.exec.replace(/\.$/, '')),
  );
}
