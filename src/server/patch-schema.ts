import { z } from 'zod';
import type { RecordKind } from '../app/index.js';
import {
  actionFieldsSchema,
  factorFieldsSchema,
  incidentFieldsSchema,
  reviewFieldsSchema,
  timelineEventFieldsSchema,
} from '../domain/index.js';
import { userPatchSchema } from '../domain/user.js';

/** The version a change is based on; an If-Match header may carry it instead. */
const version = z.number().int().positive().optional();

/**
 * A change to some fields of a record, with the version you read: what a PATCH body documents. The handler checks
 * the fields against the whole record they produce, so cross-field rules hold.
 */
export function patchSchema(fields: z.ZodObject): z.ZodObject {
  return z.object(fields.shape).partial().extend({ version });
}

/** PATCH /api/incidents/:id. */
export const incidentPatchSchema = patchSchema(incidentFieldsSchema);

/** PATCH /api/{kind}/:recordId, by kind. */
export const recordPatchSchemas: Readonly<Record<RecordKind, z.ZodObject>> = {
  events: patchSchema(timelineEventFieldsSchema),
  factors: patchSchema(factorFieldsSchema),
  actions: patchSchema(actionFieldsSchema),
  reviews: patchSchema(reviewFieldsSchema),
};

/** PATCH /api/users/:id: the role or disabled flag, with `version` (or an If-Match header) from the user you read. */
export const userUpdateSchema = userPatchSchema.extend({ version });
