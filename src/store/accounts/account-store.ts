import type { WriteContext } from '../store.js';
import type { NewUserInput, User, UserPatch } from './user.js';

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
  /** When the token last authenticated a request, to the minute; null if never. */
  lastUsedAt: string | null;
}

/** Who revokes a token: with `ownerId`, only that user's tokens can be revoked (admins leave it out). */
export interface RevokeContext extends WriteContext {
  ownerId?: string | undefined;
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
  /** A user by id, or not_found. */
  getUser(id: string): Promise<User>;
  /**
   * Changes a user's role or disabled flag, given the version read (a stale one is a conflict carrying the
   * current user). Demoting or disabling the last enabled admin is refused; disabling ends the user's sessions.
   */
  updateUser(id: string, patch: UserPatch, expectedVersion: number, ctx?: WriteContext): Promise<User>;
  /** Replaces a user's password (and signs out their sessions). */
  setPassword(userId: string, password: string, ctx?: WriteContext): Promise<void>;
  findUser(username: string): Promise<User | undefined>;
  /**
   * The user whose username and password match, or undefined (same time spent for unknown names). A disabled
   * account with the right password is a forbidden error, so its owner learns why they cannot sign in.
   */
  verifyLogin(username: string, password: string): Promise<User | undefined>;
  createSession(userId: string, ttlMs?: number): Promise<NewSession>;
  /** The live session for a cookie token, or undefined when unknown, expired or its user is disabled. */
  findSession(token: string): Promise<Session | undefined>;
  deleteSession(token: string): Promise<void>;
  createApiToken(userId: string, name: string, ctx?: WriteContext): Promise<ApiTokenInfo & { token: string }>;
  /** The enabled user a raw API token belongs to, or undefined; records when the token was last used. */
  findApiTokenUser(token: string): Promise<User | undefined>;
  /** A user's API tokens (everyone's without `userId`), oldest first; never the secret or its digest. */
  listApiTokens(userId?: string): Promise<ApiTokenInfo[]>;
  /** Deletes a token so it stops working; unknown (or someone else's, with `ownerId`) is not_found. */
  revokeApiToken(id: string, ctx: RevokeContext): Promise<ApiTokenInfo>;
  /** Issues a setup token for creating the first admin; replaces any earlier one. */
  createSetupToken(ttlMs?: number): Promise<string>;
  /** Creates the first admin if the token is valid and no user exists yet; the token is used up. */
  completeSetup(token: string, input: Omit<NewUserInput, 'role'>): Promise<User>;
}
