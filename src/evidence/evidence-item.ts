import type { EventKind, EventSeverity } from '../domain/index.js';

/**
 * One thing read from evidence. Items without a `kind` are log lines: they are mined into signatures and only
 * their first appearance and spikes reach the timeline. Items with a `kind` (an alert, a page, a deploy, a panic)
 * are timeline events themselves.
 */
export interface EvidenceItem {
  /** UTC ISO 8601, or null when the evidence gives no time (never invented). */
  at: string | null;
  approximate: boolean;
  severity: EventSeverity;
  message: string;
  /** The format that read it (`go-slog-json`, `alertmanager`…). */
  source: string;
  /** 1-based line in the file where the item starts (1 for whole-document formats). */
  line: number;
  service?: string | undefined;
  kind?: EventKind | undefined;
  /** How many happenings this item stands for (a Kubernetes event seen 12 times). */
  count?: number | undefined;
  /** Items from different sources with the same key and close times are the same happening (an alert). */
  key?: string | undefined;
  /**
   * The template the format already knows for a log line (`GET <*> 503`: the status is part of what happened):
   * the line is counted under it as it is, not mined from the message.
   */
  template?: string | undefined;
  /** Which happening under its key (an alert's label set): items of different instances are never merged. */
  instance?: string | undefined;
}

/** A line a parser could not read, with its reason; a few are shown to the user as file:line. */
export interface Unparsed {
  line: number;
  reason: string;
}
