import { z } from 'zod';
import { actionSchema } from '../action.js';
import { factorSchema } from '../factor.js';
import { reviewSchema } from '../review.js';
import { timelineEventSchema } from '../timeline.js';

/** Bookkeeping the server adds to every record an incident owns. */
export const recordMetaSchema = z.object({
  incidentId: z.string(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** A stored timeline event; `fingerprint` names the evidence it was drafted from, so a re-import adds nothing. */
export const storedEventSchema = timelineEventSchema.extend({
  ...recordMetaSchema.shape,
  fingerprint: z.string().optional(),
});
export type StoredEvent = z.infer<typeof storedEventSchema>;

export const storedFactorSchema = factorSchema.extend(recordMetaSchema.shape);
export type StoredFactor = z.infer<typeof storedFactorSchema>;

export const storedActionSchema = actionSchema.safeExtend(recordMetaSchema.shape);
export type StoredAction = z.infer<typeof storedActionSchema>;

export const storedReviewSchema = reviewSchema.extend(recordMetaSchema.shape);
export type StoredReview = z.infer<typeof storedReviewSchema>;

/** GET /api/actions: action items across the incidents the caller may see. */
export const actionListSchema = z.object({ actions: z.array(storedActionSchema) });
export type ActionList = z.infer<typeof actionListSchema>;
