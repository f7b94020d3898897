import { z } from 'zod';
import { type ApiErrorCode, apiErrorStatus } from '../api-error-status.js';

const codes = Object.keys(apiErrorStatus) as [ApiErrorCode, ...ApiErrorCode[]];

/** The one error shape every API response uses; a 409 carries the record as stored now in `current`. */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(codes),
    message: z.string(),
    /** Every problem found (invalid input), or the findings that held a report back (blame_found). */
    details: z.unknown().optional(),
  }),
  current: z.unknown().optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
