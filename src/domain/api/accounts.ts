import { z } from 'zod';
import { limits, passwordLimits } from '../limits.js';
import { requiredLine } from '../text.js';
import { passwordSchema, sessionUserSchema, usernameSchema, userSchema } from '../user.js';

/** POST /api/login. */
export const loginSchema = z.object({
  username: requiredLine(64),
  password: z.string().min(1).max(passwordLimits.max),
});
export type Login = z.infer<typeof loginSchema>;

/** POST /api/setup: the first admin, with the one-time setup token. */
export const setupSchema = z.object({
  token: requiredLine(200),
  username: usernameSchema,
  name: requiredLine(limits.name),
  password: passwordSchema,
});
export type Setup = z.infer<typeof setupSchema>;

/** What login and setup answer: the account, and the CSRF token cookie-authenticated writes send back. */
export const signedInSchema = z.object({ user: userSchema, csrfToken: z.string() });
export type SignedIn = z.infer<typeof signedInSchema>;

/** GET /api/me: who calls; the CSRF token is null for an API token, which needs none. */
export const meSchema = z.object({ user: sessionUserSchema, csrfToken: z.string().nullable() });
export type Me = z.infer<typeof meSchema>;

/** GET /api/setup/status. */
export const setupStatusSchema = z.object({ needsSetup: z.boolean() });
export type SetupStatus = z.infer<typeof setupStatusSchema>;

/** GET /api/users (admins). */
export const userListSchema = z.object({ users: z.array(userSchema) });

/** GET /api/people: the people who can sign in, by name, to offer as action owners and attendees (no roles). */
export const peopleListSchema = z.object({
  people: z.array(z.object({ username: z.string(), name: z.string() })),
});
export type PeopleList = z.infer<typeof peopleListSchema>;
