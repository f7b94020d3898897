import { z } from 'zod';
import { incidentSchema } from '../incident.js';
import { incidentListItemSchema } from '../incident-list.js';
import { incidentMetricsSchema, momentNames } from '../moments.js';
import {
  storedActionSchema,
  storedEventSchema,
  storedFactorSchema,
  storedReviewSchema,
} from './stored-records.js';

/** GET /api/incidents: a page of incidents, newest first (summaries, or whole records with `view=full`). */
export const incidentPageSchema = z.object({
  incidents: z.array(z.union([incidentListItemSchema, incidentSchema])),
  /** How many incidents match the filter, on every page. */
  total: z.number().int().nonnegative(),
});
export type IncidentPage = z.infer<typeof incidentPageSchema>;

/** GET /api/incidents/:id: the incident with all its records and its metrics. */
export const incidentViewSchema = z.object({
  incident: incidentSchema,
  timeline: z.array(storedEventSchema),
  factors: z.array(storedFactorSchema),
  actions: z.array(storedActionSchema),
  reviews: z.array(storedReviewSchema),
  metrics: incidentMetricsSchema,
});
export type IncidentView = z.infer<typeof incidentViewSchema>;

/**
 * PUT /api/incidents/:id/document: whether the incident was created, the incident as stored, and, for an import
 * (no version given), the key moments taken from the document's timeline because it left them unset.
 */
export const documentSavedSchema = z.object({
  created: z.boolean(),
  incident: incidentSchema,
  momentsFromTimeline: z.array(z.enum(momentNames)).optional(),
  /** Moments the timeline gives that the import left unset, as they would break the order with `against`. */
  momentsLeftOut: z
    .array(
      z.object({
        name: z.enum(momentNames),
        at: z.string(),
        reason: z.string(),
        against: z.object({ name: z.enum(momentNames), at: z.string() }),
      }),
    )
    .optional(),
  /** Fields of the document debrief does not know, left out of the import, each with the field it likely means. */
  unknownFields: z.array(z.string()).optional(),
});
export type DocumentSaved = z.infer<typeof documentSavedSchema>;
