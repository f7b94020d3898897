import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { parseWith, requiredLine } from '../../domain/index.js';
import type { AccountStore, NewSession } from '../../store/index.js';
import { newUserSchema, passwordSchema, usernameSchema, userPatchSchema } from '../../store/index.js';
import { type IdentityCache, sessionCookie, userOf } from '../access.js';
import { HttpError } from '../http-error.js';
import { expectedVersion, patchBody } from '../versions.js';

export interface AccountRouteOptions {
  accounts: AccountStore;
  identities: IdentityCache;
  secureCookies: boolean;
  /** Login and setup attempts allowed per client address per minute. */
  loginAttemptsPerMinute: number;
}

const loginSchema = z.object({ username: requiredLine(64), password: z.string().min(1).max(1_000) });
const setupSchema = z.object({
  token: requiredLine(200),
  username: usernameSchema,
  name: requiredLine(200),
  password: passwordSchema,
});
const tokenSchema = z.object({ name: requiredLine(100).default('token') });

/** Why an API token caller cannot create tokens, and where to create them instead. */
const tokenNeedsSession =
  'an API token cannot create API tokens: sign in to the web app and create one on its People page (#/users), ' +
  'or run `debrief token create --user NAME --db URL` with access to the database';

/** Setup, login, logout, the current user, users (admins) and personal API tokens. */
export function accountRoutes(app: FastifyInstance, options: AccountRouteOptions): void {
  const { accounts } = options;
  const limited = { max: options.loginAttemptsPerMinute, timeWindow: 60_000 };

  function startSession(reply: FastifyReply, session: NewSession) {
    reply.setCookie(sessionCookie, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      expires: new Date(session.expiresAt),
    });
    return { user: session.user, csrfToken: session.csrfToken };
  }

  app.get('/api/setup/status', { config: { access: 'public' } }, async function setupStatus() {
    return { needsSetup: (await accounts.countUsers()) === 0 };
  });

  app.post(
    '/api/setup',
    { config: { access: 'public', rateLimit: limited } },
    async function completeSetup(request, reply) {
      const { token, ...fields } = parseWith(setupSchema, request.body, 'setup');
      const user = await accounts.completeSetup(token, fields);
      return reply.status(201).send(startSession(reply, await accounts.createSession(user.id)));
    },
  );

  app.post(
    '/api/login',
    { config: { access: 'public', rateLimit: limited } },
    async function login(request, reply) {
      const { username, password } = parseWith(loginSchema, request.body, 'login');
      const user = await accounts.verifyLogin(username, password);
      if (!user) throw new HttpError('unauthorized', 'wrong username or password');
      return startSession(reply, await accounts.createSession(user.id));
    },
  );

  app.post('/api/logout', { config: { access: 'public' } }, async function logout(request, reply) {
    const token = request.cookies[sessionCookie];
    if (token) {
      await accounts.deleteSession(token);
      options.identities.delete(`s:${token}`);
    }
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/me', async function me(request) {
    const { id, username, name, role } = userOf(request);
    return { user: { id, username, name, role }, csrfToken: request.session?.csrfToken ?? null };
  });

  app.get('/api/users', { config: { access: 'admin' } }, async function listUsers() {
    return { users: await accounts.listUsers() };
  });

  app.post('/api/users', { config: { access: 'admin' } }, async function createUser(request, reply) {
    const user = await accounts.createUser(parseWith(newUserSchema, request.body, 'user'), {
      actor: userOf(request).username,
    });
    return reply.status(201).send(user);
  });

  // Only a signed-in session (cookie plus CSRF header) mints tokens: a leaked token must not be able to make
  // fresh ones that outlive its own revocation. Listing and revoking with a token stay allowed.
  app.post('/api/tokens', async function createToken(request, reply) {
    if (!request.session) throw new HttpError('forbidden', tokenNeedsSession);
    const { name } = parseWith(tokenSchema, request.body ?? {}, 'token');
    const user = userOf(request);
    const created = await accounts.createApiToken(user.id, name, { actor: user.username });
    return reply.status(201).send(created);
  });

  app.get('/api/tokens', async function listTokens(request) {
    return { tokens: await accounts.listApiTokens(userOf(request).id) };
  });

  // Role, disabled and revocation changes take effect on this instance at once (the identity cache is
  // emptied); other instances behind the same database cache a caller for at most `cacheMs` (1 s by default).
  app.delete<{ Params: { id: string } }>('/api/tokens/:id', async function revokeToken(request, reply) {
    const user = userOf(request);
    // Admins may revoke anyone's token; everyone else only their own (someone else's is simply not found).
    const ownerId = user.role === 'admin' ? undefined : user.id;
    await accounts.revokeApiToken(request.params.id, { actor: user.username, ownerId });
    options.identities.clear();
    return reply.status(204).send();
  });

  app.get<{ Params: { id: string } }>(
    '/api/users/:id',
    { config: { access: 'admin' } },
    async function getUser(request) {
      return accounts.getUser(request.params.id);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/users/:id/tokens',
    { config: { access: 'admin' } },
    async function listUserTokens(request) {
      const user = await accounts.getUser(request.params.id);
      return { tokens: await accounts.listApiTokens(user.id) };
    },
  );

  app.patch<{ Params: { id: string } }>(
    '/api/users/:id',
    { config: { access: 'admin' } },
    async function updateUser(request) {
      const version = expectedVersion(request);
      const patch = parseWith(userPatchSchema, patchBody(request), 'user');
      const user = await accounts.updateUser(request.params.id, patch, version, {
        actor: userOf(request).username,
      });
      options.identities.clear();
      return user;
    },
  );
}
