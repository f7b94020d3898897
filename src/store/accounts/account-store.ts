import type { WriteContext } from '../store.js';
import type { NewUserInput, User } from './user.js';

/** A signed-in browser session; the raw token lives only in the cookie. */
export interface Session {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

/** A session just created: the token for the cookie is only available here. */
export interface NewSession extends Session {
  token: string;
}

/** A personal API token as listed (the secret itself is shown once, at creation). */
export interface ApiTokenInfo {
  id: string;
  name: string;
  userId: string;
  createdAt: string;
}

/**
 * The accounts port: users with password hashes, sessions, personal API tokens and the one-time setup token.
 * Secrets are stored as digests; lookups take the raw secret.
 */
export interface AccountStore {
  countUsers(): Promise<number>;
  /** Creates an account; a taken username (case-insensitive) is a conflict. `ctx` names who, for the audit log. */
  createUser(input: NewUserInput, ctx?: WriteContext): Promise<User>;
  listUsers(): Promise<User[]>;
  /** Replaces a user's password (and signs out their sessions). */
  setPassword(userId: string, password: string, ctx?: WriteContext): Promise<void>;
  findUser(username: string): Promise<User | undefined>;
  /** The user whose username and password match, or undefined (same time spent for unknown names). */
  verifyLogin(username: string, password: string): Promise<User | undefined>;
  createSession(userId: string, ttlMs?: number): Promise<NewSession>;
  /** The live session for a cookie token, or undefined when unknown or expired. */
  findSession(token: string): Promise<Session | undefined>;
  deleteSession(token: string): Promise<void>;
  createApiToken(userId: string, name: string, ctx?: WriteContext): Promise<ApiTokenInfo & { token: string }>;
  findApiTokenUser(token: string): Promise<User | undefined>;
  /** Issues a setup token for creating the first admin; replaces any earlier one. */
  createSetupToken(ttlMs?: number): Promise<string>;
  /** Creates the first admin if the token is valid and no user exists yet; the token is used up. */
  completeSetup(token: string, input: Omit<NewUserInput, 'role'>): Promise<User>;
}
