import { z } from 'zod';
import { passwordLimits, requiredLine } from '../../domain/index.js';

export { passwordLimits };

/** admin: everything, including users; editor: reads and writes incidents; viewer: reads only. */
export const userRoles = ['admin', 'editor', 'viewer'] as const;
export const userRoleSchema = z.enum(userRoles, {
  error: (issue) => `expected one of ${userRoles.join(', ')}, got ${JSON.stringify(issue.input)}`,
});
export type UserRole = z.infer<typeof userRoleSchema>;

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
  name: requiredLine(200),
  password: passwordSchema,
  role: userRoleSchema.default('editor'),
});
export type NewUser = z.infer<typeof newUserSchema>;
export type NewUserInput = z.input<typeof newUserSchema>;

/** An account as everyone but the password check sees it. */
export interface User {
  id: string;
  username: string;
  name: string;
  role: UserRole;
  createdAt: string;
  /** A disabled account cannot sign in, and its sessions and API tokens are refused. */
  disabled: boolean;
  /** Bumped by every role or disabled change; send it back with a change. */
  version: number;
}

/** What an admin may change about an account: its role, and whether it is disabled. */
export const userPatchSchema = z.strictObject({
  role: userRoleSchema.optional(),
  disabled: z.boolean({ error: 'expected true or false' }).optional(),
});
export type UserPatch = z.infer<typeof userPatchSchema>;
