import { z } from 'zod';
import { nearestChoice } from './nearest.js';
import { lineText, proseText, requiredLine } from './text.js';
import { instantSchema } from './time.js';

/** What kind of thing happened. */
export const eventKinds = [
  'alert-fired',
  'alert-resolved',
  'page',
  'acknowledged',
  'deploy',
  'rollback',
  'config-change',
  'flag-change',
  'log-signature',
  'log-spike',
  'error',
  'panic',
  'crash',
  'kubernetes',
  'chat',
  'decision',
  'mitigation',
  'resolution',
  'note',
] as const;
export const eventKindSchema = z.enum(eventKinds, {
  error: (issue) => {
    const near = typeof issue.input === 'string' ? nearestChoice(issue.input, eventKinds) : undefined;
    return `expected one of ${eventKinds.join(', ')}, got ${JSON.stringify(issue.input)}${near ? `; did you mean ${near}?` : ''}`;
  },
});
export type EventKind = z.infer<typeof eventKindSchema>;

/** Kinds whose summary is machine output (log lines, errors, crashes, Kubernetes events), not a person's words. */
export const machineEventKinds: readonly EventKind[] = [
  'log-signature',
  'log-spike',
  'error',
  'panic',
  'crash',
  'kubernetes',
];

export const eventSeverities = ['debug', 'info', 'warning', 'error', 'critical'] as const;
export const eventSeveritySchema = z.enum(eventSeverities, {
  error: (issue) => `expected one of ${eventSeverities.join(', ')}, got ${JSON.stringify(issue.input)}`,
});
export type EventSeverity = z.infer<typeof eventSeveritySchema>;

/** Where an event came from: a file and line, or the person who typed it. */
export const originSchema = z
  .object({
    file: requiredLine(1_000).optional(),
    line: z.number().int().positive().optional(),
    author: requiredLine(200).optional(),
  })
  .refine((origin) => origin.file !== undefined || origin.author !== undefined, {
    error: 'expected an origin with a file or an author',
  })
  .refine((origin) => origin.line === undefined || origin.file !== undefined, {
    error: 'expected a file when a line number is given',
  });
export type Origin = z.infer<typeof originSchema>;

/** The content of a timeline event, as typed by hand or drafted from evidence. */
export const timelineEventFieldsSchema = z.object({
  /** UTC instant; null when the time is unknown (never invented). */
  at: instantSchema.nullable(),
  approximate: z.boolean().default(false),
  kind: eventKindSchema.default('note'),
  severity: eventSeveritySchema.default('info'),
  summary: proseText(10_000).min(1, { error: 'expected a non-empty summary' }),
  source: requiredLine(100).default('manual'),
  service: lineText(100).optional(),
  signature: lineText(2_000).optional(),
  count: z.number().int().positive().default(1),
  origins: z.array(originSchema).max(50).default([]),
});
export type TimelineEventFields = z.infer<typeof timelineEventFieldsSchema>;
export type TimelineEventInput = z.input<typeof timelineEventFieldsSchema>;

/** A timeline event as part of an incident. */
export const timelineEventSchema = timelineEventFieldsSchema.extend({
  id: requiredLine(64),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** Orders events by time (unknown times last), keeping the given order among equals. */
export function sortTimeline<T extends { at: string | null }>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => {
      if (a.event.at === b.event.at) return a.index - b.index;
      if (a.event.at === null) return 1;
      if (b.event.at === null) return -1;
      return a.event.at < b.event.at ? -1 : 1;
    })
    .map(({ event }) => event);
}

/**
 * The note a git importer adds to a commit's line, "(commit 57b305fff1 by Wang)" or "(commit … by Ana <ana@…>,
 * committed by …)"; the author is its first group. Readers and the meeting's agenda leave it out.
 */
export const commitNote = /\s*\(commit [0-9a-f]{7,40}(?: by ([^)]+))?\)/g;
