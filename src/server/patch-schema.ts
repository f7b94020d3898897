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
  // A field left out keeps its value: no default belongs in a change (a generated client would send them).
  const shape = Object.fromEntries(
    Object.entries(fields.shape).map(([key, field]) => [
      key,
      field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType),
    ]),
  );
  return z
    .object(shape)
    .partial()
    .extend({ version })
    .describe(
      'The fields to change, each replacing its whole value: an object such as `impact` or `moments` is sent whole, with the fields it keeps.',
    );
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
