import type { EventKind, EventSeverity } from '../domain/index.js';

/** A timeline event drafted from evidence, in the shape `debrief evidence --format json` prints. */
export interface DraftEvent {
  at: string | null;
  approximate: boolean;
  source: string;
  kind: EventKind;
  severity: EventSeverity;
  summary: string;
  service?: string | undefined;
  /** The id of the log signature this event is about. */
  signature?: string | undefined;
  count: number;
  /** The first place it was read. */
  origin: { file: string; line: number };
  /** Every place it was read (duplicates merged, floods collapsed). */
  origins: Array<{ file: string; line: number }>;
  /** Same-happening key (an alert's name) used to merge duplicates across sources. */
  key?: string | undefined;
  /** Which one under its key (an alert's label set): events of different instances are never merged. */
  instance?: string | undefined;
  /** The zone its file's zone-less times were read in, when not UTC (its identity is the time as written). */
  readIn?: string | undefined;
}
