import { z } from 'zod';
import { limits, passwordLimits } from './limits.js';
import { userRoles } from './roles.js';
import { requiredLine } from './text.js';

export const userRoleSchema = z.enum(userRoles, {
  error: (issue) => `expected one of ${userRoles.join(', ')}, got ${JSON.stringify(issue.input)}`,
});

export const usernameSchema = requiredLine(64).regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, {
  error: 'expected letters, digits, dots, dashes or underscores, starting with a letter or digit',
});

export const passwordSchema = z
  .string()
  .min(passwordLimits.min, { error: `expected a password of at least ${passwordLimits.min} characters` })
  .max(passwordLimits.max, { error: `expected a password of at most ${passwordLimits.max} characters` });

/** What it takes to create an account. */
export const newUserSchema = z.object({
  username: usernameSchema,
  name: requiredLine(limits.name),
  password: passwordSchema,
  role: userRoleSchema.default('editor'),
});
export type NewUser = z.infer<typeof newUserSchema>;
export type NewUserInput = z.input<typeof newUserSchema>;

/** An account as everyone but the password check sees it. */
export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: userRoleSchema,
  createdAt: z.string(),
  /** A disabled account cannot sign in, and its sessions and API tokens are refused. */
  disabled: z.boolean(),
  /** Bumped by every role or disabled change; send it back with a change. */
  version: z.number().int().positive(),
});
export type User = z.infer<typeof userSchema>;

/** Who is signed in, as the web app knows them (GET /api/me): no bookkeeping. */
export const sessionUserSchema = userSchema.pick({ id: true, username: true, name: true, role: true });
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** What an admin may change about an account: its role, and whether it is disabled. */
export const userPatchSchema = z.strictObject({
  role: userRoleSchema.optional(),
  disabled: z.boolean({ error: 'expected true or false' }).optional(),
});
export type UserPatch = z.infer<typeof userPatchSchema>;
