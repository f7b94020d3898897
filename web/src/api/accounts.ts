import { api } from './client.js';
import type { ApiToken, NewApiToken, User, UserPatch } from './types.js';

/** GET /api/users (admins). */
export async function listUsers(): Promise<User[]> {
  return (await api<{ users: User[] }>('GET', '/api/users')).users;
}

/** PATCH /api/users/:id (admins), with the version read; a stale one rejects with a 409 ApiError. */
export function updateUser(user: Pick<User, 'id' | 'version'>, patch: UserPatch): Promise<User> {
  return api<User>('PATCH', `/api/users/${encodeURIComponent(user.id)}`, {
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
export function createToken(name: string): Promise<NewApiToken> {
  return api<NewApiToken>('POST', '/api/tokens', { name });
}

/** DELETE /api/tokens/:id: the token stops working. */
export async function revokeToken(id: string): Promise<void> {
  await api<undefined>('DELETE', `/api/tokens/${encodeURIComponent(id)}`);
}
