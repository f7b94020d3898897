import { z } from 'zod';
import { limits } from '../limits.js';
import { requiredLine } from '../text.js';

/** A personal API token as listed: never its secret. */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  userId: z.string(),
  createdAt: z.string(),
  /** When the token last authenticated a request, to the minute; null if never. */
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** A token just created: its secret is in `token`, shown only this once. */
export const newApiTokenSchema = apiTokenSchema.extend({ token: z.string() });
export type NewApiToken = z.infer<typeof newApiTokenSchema>;

/** GET /api/tokens and GET /api/users/:id/tokens, oldest first. */
export const apiTokenListSchema = z.object({ tokens: z.array(apiTokenSchema) });

/** POST /api/tokens. */
export const tokenRequestSchema = z.object({ name: requiredLine(limits.tokenName).default('token') });
