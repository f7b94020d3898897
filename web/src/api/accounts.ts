import { api } from './client.js';
import type { Role, User } from './types.js';

/** A user as admins manage it: whether it is disabled, and the version to send back with a change. */
export interface ManagedUser extends User {
  disabled: boolean;
  version: number;
  createdAt: string;
}

/** A personal API token as listed: never its secret. */
export interface ApiToken {
  id: string;
  name: string;
  userId: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** GET /api/users (admins). */
export async function listUsers(): Promise<ManagedUser[]> {
  return (await api<{ users: ManagedUser[] }>('GET', '/api/users')).users;
}

/** PATCH /api/users/:id (admins), with the version read; a stale one rejects with a 409 ApiError. */
export function updateUser(
  user: Pick<ManagedUser, 'id' | 'version'>,
  patch: { role?: Role; disabled?: boolean },
): Promise<ManagedUser> {
  return api<ManagedUser>('PATCH', `/api/users/${encodeURIComponent(user.id)}`, {
    ...patch,
    version: user.version,
  });
}

/** GET /api/tokens: the signed-in user's tokens, oldest first. */
export async function listTokens(): Promise<ApiToken[]> {
  return (await api<{ tokens: ApiToken[] }>('GET', '/api/tokens')).tokens;
}

/** GET /api/users/:id/tokens (admins): someone else's tokens, to revoke one. */
export async function listUserTokens(userId: string): Promise<ApiToken[]> {
  return (await api<{ tokens: ApiToken[] }>('GET', `/api/users/${encodeURIComponent(userId)}/tokens`)).tokens;
}

/** POST /api/tokens: a new token; the secret in `token` is shown this once. */
export function createToken(name: string): Promise<ApiToken & { token: string }> {
  return api<ApiToken & { token: string }>('POST', '/api/tokens', { name });
}

/** DELETE /api/tokens/:id: the token stops working. */
export async function revokeToken(id: string): Promise<void> {
  await api<undefined>('DELETE', `/api/tokens/${encodeURIComponent(id)}`);
}
