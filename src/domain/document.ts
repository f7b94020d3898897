import { z } from 'zod';
import { type Action, actionSchema, closingProblem } from './action.js';
import { type Factor, factorSchema } from './factor.js';
import { incidentFieldsSchema } from './incident.js';
import type { Moments } from './moments.js';
import { type Review, reviewSchema } from './review.js';
import { requiredLine } from './text.js';
import { sortTimeline, timelineEventSchema } from './timeline.js';

/** The first known moment of an incident: where due dates may start. */
export function incidentStart(moments: Moments): string | undefined {
  return moments.impactStart?.at ?? moments.detected?.at;
}

/** Whether an action's due date comes before the incident began (the day of its first known moment). */
export function dueBeforeStart(dueDate: string | undefined, moments: Moments): boolean {
  const start = incidentStart(moments);
  return start !== undefined && dueDate !== undefined && dueDate < start.slice(0, 10);
}

const documentShape = incidentFieldsSchema.extend({
  id: requiredLine(64),
  timeline: z.array(timelineEventSchema).max(1_000_000).default([]),
  factors: z.array(factorSchema).max(500).default([]),
  actions: z.array(actionSchema).max(1_000).default([]),
  reviews: z.array(reviewSchema).max(100).default([]),
});

/**
 * A whole incident with its timeline, factors, actions and reviews: what Markdown, JSON export, backup and
 * reports carry. Cross-record rules are checked here.
 */
export const incidentDocumentSchema = documentShape.superRefine((doc, ctx) => {
  const closing = doc.status === 'closed' ? closingProblem(doc.actions) : undefined;
  if (closing) ctx.addIssue({ code: 'custom', path: ['status'], message: closing });
  const start = incidentStart(doc.moments);
  const factorIds = new Set(doc.factors.map((factor) => factor.id));
  doc.actions.forEach((action, index) => {
    if (dueBeforeStart(action.dueDate, doc.moments)) {
      ctx.addIssue({
        code: 'custom',
        path: ['actions', index, 'dueDate'],
        message: `dueDate (${action.dueDate}) is before the incident's start (${start}); an action cannot be due before the incident began`,
      });
    }
    if (action.factorId && !factorIds.has(action.factorId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['actions', index, 'factorId'],
        message: `factorId ${JSON.stringify(action.factorId)} names no contributing factor of this incident`,
      });
    }
  });
  for (const [label, records] of [
    ['timeline', doc.timeline],
    ['factors', doc.factors],
    ['actions', doc.actions],
    ['reviews', doc.reviews],
  ] as const) {
    const seen = new Set<string>();
    records.forEach((record, index) => {
      if (seen.has(record.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [label, index, 'id'],
          message: `id ${JSON.stringify(record.id)} appears twice in ${label}`,
        });
      }
      seen.add(record.id);
    });
  }
});
export type IncidentDocument = z.infer<typeof incidentDocumentSchema>;
export type IncidentDocumentInput = z.input<typeof incidentDocumentSchema>;

/** Puts a document in canonical order: the timeline sorted by time, everything else as given. */
export function canonicalDocument(doc: IncidentDocument): IncidentDocument {
  return { ...doc, timeline: sortTimeline(doc.timeline) };
}

export type { Action, Factor, Review };
