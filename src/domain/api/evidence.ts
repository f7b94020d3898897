import { z } from 'zod';
import { incidentSchema } from '../incident.js';
import { momentNames, momentsSchema } from '../moments.js';
import { lineText } from '../text.js';
import { eventSeveritySchema, timelineEventFieldsSchema } from '../timeline.js';
import { storedEventSchema } from './stored-records.js';

const count = z.number().int().nonnegative();

/** A key moment the evidence suggests: its time, why, and the index of the drafted event it comes from. */
const proposedMomentSchema = z.object({
  at: z.string(),
  reason: z.string(),
  event: z.number().int().nonnegative().optional(),
});

/** POST /api/incidents/:id/evidence: the drafted timeline, for review; nothing is saved yet. */
export const evidenceDraftSchema = z.object({
  /** Drafted events as the bulk route takes them back, each with its fingerprint. */
  events: z.array(timelineEventFieldsSchema.extend({ fingerprint: z.string() })),
  /** Positions in `events` of those the incident already holds (same fingerprint): accepting them adds nothing. */
  alreadyStored: z.array(count),
  /**
   * Drafted events not stored whose line is: the same kind and text at the same line of a file of the same name,
   * stored from `file` (the same log read another way, by the CLI and by an upload, or another file alike); `at`,
   * the stored time when it differs (read then in another zone).
   */
  sameLine: z.array(z.object({ event: count, file: z.string(), at: z.string().optional() })),
  moments: z.partialRecord(z.enum(momentNames), proposedMomentSchema),
  signatures: z.array(
    z.object({
      id: z.string(),
      template: z.string(),
      count,
      firstAt: z.string().nullable(),
      lastAt: z.string().nullable(),
      severity: eventSeveritySchema,
      service: z.string().optional(),
      /** Where it first appeared. */
      origin: z.object({ file: z.string(), line: count }),
      /** Lines per minute: [minute start in ms since the epoch, count], minutes without lines left out. */
      perMinute: z.array(z.tuple([z.number(), count])),
    }),
  ),
  /** `files`: the files read; `notRead`: files refused whole (binary content, a JSON document over the limit). */
  stats: z.object({
    files: count,
    notRead: count,
    bytes: count,
    lines: count,
    events: count,
    unparsed: count,
  }),
  /** One report per file: its detected format, lines read and the first few it could not read. */
  files: z.array(
    z.object({
      file: z.string(),
      format: z.string(),
      lines: count,
      unparsed: count,
      samples: z.array(z.object({ line: count, reason: z.string() })),
    }),
  ),
  /** Files that could not be read at all (a damaged zip, a truncated gzip), each a line naming the file. */
  unreadable: z.array(z.string()),
});
export type EvidenceDraft = z.infer<typeof evidenceDraftSchema>;
export type DraftEvent = EvidenceDraft['events'][number];

/** The accepted part of an evidence draft: events (with fingerprints, so a re-import adds nothing) and moments. */
export const bulkEventsSchema = z.object({
  events: z.array(timelineEventFieldsSchema.extend({ fingerprint: lineText(200).optional() })).max(50_000),
  // The domain's moments without their order check: that runs once they are merged with the stored ones.
  moments: z.object(momentsSchema.shape).optional(),
  /** `replace` (default): each moment was chosen by a person; `fill`: only moments the incident lacks are set. */
  policy: z.enum(['fill', 'replace']).default('replace'),
  /** The incident version the moments were planned from: a newer one is a conflict. */
  version: z.number().int().positive().optional(),
});
export type BulkEvents = z.infer<typeof bulkEventsSchema>;
export type BulkEventsInput = z.input<typeof bulkEventsSchema>;

/** POST /api/incidents/:id/events/bulk: what was added and skipped, which moments were set and which left out. */
export const bulkEventsResultSchema = z.object({
  added: z.array(storedEventSchema),
  /** Events already on the incident (same fingerprint). */
  skipped: count,
  set: z.array(z.enum(momentNames)),
  /** Proposed moments not set because they would put the moments in an impossible order. */
  leftOut: z.array(z.object({ name: z.enum(momentNames), reason: z.string() })),
  /**
   * Per file, the stored events skipped as already there whose times differ from this reading (the file read in
   * another zone before): kept as they are; delete them and send again to store this reading.
   */
  differing: z.array(z.object({ file: z.string(), ids: z.array(z.string()) })),
  incident: incidentSchema,
});
export type BulkEventsResult = z.infer<typeof bulkEventsResultSchema>;

/** POST /api/intake/alertmanager: how many events the alerts added, and how many were already there. */
export const intakeResultSchema = z.object({
  added: count,
  skipped: count,
  /** The incident the alerts landed on (null when open=draft was sent no alerts, so none was opened). */
  incidentId: z.string().nullable(),
  /** Whether this delivery opened it (`open=draft`, the alert group's first delivery). */
  opened: z.boolean(),
});
export type IntakeResult = z.infer<typeof intakeResultSchema>;
