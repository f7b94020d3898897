import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  apiTokenListSchema,
  loginSchema,
  meSchema,
  newApiTokenSchema,
  peopleListSchema,
  setupSchema,
  setupStatusSchema,
  signedInSchema,
  tokenRequestSchema,
  userListSchema,
} from '../../domain/api/index.js';
import { hasRole, parseWith } from '../../domain/index.js';
import { newUserSchema, userPatchSchema, userSchema } from '../../domain/user.js';
import type { AccountStore, NewSession } from '../../store/index.js';
import { type IdentityCache, sessionCookie, userOf } from '../access.js';
import { HttpError } from '../http-error.js';
import { checkPassword } from '../password-policy.js';
import { userUpdateSchema } from '../patch-schema.js';
import { addRoute, routeContract } from '../route-contract.js';
import { expectedVersion, patchBody } from '../versions.js';
import { versionConflict } from './shared-responses.js';

export interface AccountRouteOptions {
  accounts: AccountStore;
  identities: IdentityCache;
  secureCookies: boolean;
  /** Login and setup attempts allowed per client address per minute. */
  loginAttemptsPerMinute: number;
}

/** Why an API token caller cannot create tokens, and where to create them instead. */
const tokenNeedsSession =
  'an API token cannot create API tokens: sign in to the web app and create one on its People page (#/users), ' +
  'or run `debrief token create --user NAME --db URL` with access to the database';

const sessionTags = ['session'];
const userTags = ['users'];
const tokenTags = ['tokens'];
const signedIn = { description: 'signed in; the session cookie is set', schema: signedInSchema };
const tooMany = { description: 'too many attempts from this address; wait a minute' };

const contracts = {
  setupStatus: routeContract({
    method: 'GET',
    url: '/api/setup/status',
    summary: 'whether the first admin is still to be created',
    tags: sessionTags,
    access: 'public',
    responses: { 200: { description: 'whether setup is needed', schema: setupStatusSchema } },
  }),
  setup: routeContract({
    method: 'POST',
    url: '/api/setup',
    summary: 'create the first admin with the setup token, and sign in',
    tags: sessionTags,
    access: 'public',
    body: { schema: setupSchema, what: 'setup' },
    responses: { 201: signedIn, 403: { description: 'a wrong or used setup token' }, 429: tooMany },
  }),
  login: routeContract({
    method: 'POST',
    url: '/api/login',
    summary: 'sign in; sets the debrief_session cookie',
    tags: sessionTags,
    access: 'public',
    body: { schema: loginSchema, what: 'login' },
    responses: {
      200: signedIn,
      401: { description: 'wrong username or password' },
      403: { description: 'the account is disabled' },
      429: tooMany,
    },
  }),
  logout: routeContract({
    method: 'POST',
    url: '/api/logout',
    summary: 'sign out',
    tags: sessionTags,
    access: 'public',
    responses: { 204: { description: 'signed out; the cookie is cleared' } },
  }),
  me: routeContract({
    method: 'GET',
    url: '/api/me',
    summary: 'the current user, and the CSRF token for writes',
    tags: sessionTags,
    access: 'user',
    responses: { 200: { description: 'who calls', schema: meSchema } },
  }),
  listUsers: routeContract({
    method: 'GET',
    url: '/api/users',
    summary: 'list users (admins)',
    tags: userTags,
    access: 'admin',
    responses: { 200: { description: 'every account', schema: userListSchema } },
  }),
  listPeople: routeContract({
    method: 'GET',
    url: '/api/people',
    summary: 'the names of everyone who can sign in, to choose an owner from',
    tags: userTags,
    access: 'user',
    responses: { 200: { description: 'enabled accounts by name', schema: peopleListSchema } },
  }),
  createUser: routeContract({
    method: 'POST',
    url: '/api/users',
    summary: 'create a user (admins)',
    tags: userTags,
    access: 'admin',
    body: { schema: newUserSchema, what: 'user' },
    responses: {
      201: { description: 'the new account', schema: userSchema },
      409: { description: 'the username is taken' },
    },
  }),
  createToken: routeContract({
    method: 'POST',
    url: '/api/tokens',
    summary:
      'create a personal API token, shown once; needs a signed-in session (cookie and x-csrf-token), not an API token',
    tags: tokenTags,
    // A leaked token must not mint tokens that outlive its revocation: only a session may create them.
    access: 'user',
    credentials: 'session',
    body: { schema: tokenRequestSchema, what: 'token', optional: true },
    responses: {
      201: { description: 'the token; its secret is in `token`, shown only here', schema: newApiTokenSchema },
      403: {
        description:
          'called with an API token (create tokens on the web app’s People page or with `debrief token create --db`), or a missing CSRF header',
      },
    },
  }),
  listTokens: routeContract({
    method: 'GET',
    url: '/api/tokens',
    summary: 'your personal API tokens, oldest first (never their secrets)',
    tags: tokenTags,
    access: 'user',
    responses: { 200: { description: 'your tokens', schema: apiTokenListSchema } },
  }),
  revokeToken: routeContract({
    method: 'DELETE',
    url: '/api/tokens/:id',
    summary: 'revoke a personal API token: yours, or anyone’s for admins; it stops working at once',
    tags: tokenTags,
    access: 'user',
    responses: { 204: { description: 'revoked' } },
  }),
  getUser: routeContract({
    method: 'GET',
    url: '/api/users/:id',
    summary: 'one user with its version (admins)',
    tags: userTags,
    access: 'admin',
    responses: { 200: { description: 'the user', schema: userSchema } },
  }),
  listUserTokens: routeContract({
    method: 'GET',
    url: '/api/users/:id/tokens',
    summary: 'a user’s personal API tokens, without secrets (admins), to find one to revoke',
    tags: tokenTags,
    access: 'admin',
    responses: { 200: { description: 'the tokens', schema: apiTokenListSchema } },
  }),
  updateUser: routeContract({
    method: 'PATCH',
    url: '/api/users/:id',
    summary: 'change a role or disable/enable a user (admins), with the version you read',
    description: 'The last enabled admin cannot be demoted or disabled (409 without `current`).',
    tags: userTags,
    access: 'admin',
    body: { schema: userUpdateSchema, what: 'user' },
    responses: { 200: { description: 'the user', schema: userSchema }, 409: versionConflict },
  }),
};

/** Setup, login, logout, the current user, users (admins) and personal API tokens. */
export function accountRoutes(app: FastifyInstance, options: AccountRouteOptions): void {
  const { accounts } = options;
  const limited = { config: { rateLimit: { max: options.loginAttemptsPerMinute, timeWindow: 60_000 } } };

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

  addRoute(app, contracts.setupStatus, async function setupStatus() {
    return { needsSetup: (await accounts.countUsers()) === 0 };
  });

  addRoute(
    app,
    contracts.setup,
    async function completeSetup(request, reply) {
      const { token, ...fields } = contracts.setup.parseBody(request);
      await checkPassword(fields.password, fields.username);
      const user = await accounts.completeSetup(token, fields);
      return reply.status(201).send(startSession(reply, await accounts.createSession(user.id)));
    },
    limited,
  );

  addRoute(
    app,
    contracts.login,
    async function login(request, reply) {
      const { username, password } = contracts.login.parseBody(request);
      const user = await accounts.verifyLogin(username, password);
      if (!user) throw new HttpError('unauthorized', 'wrong username or password');
      return startSession(reply, await accounts.createSession(user.id));
    },
    limited,
  );

  addRoute(app, contracts.logout, async function logout(request, reply) {
    const token = request.cookies[sessionCookie];
    if (token) {
      await accounts.deleteSession(token);
      options.identities.delete(`s:${token}`);
    }
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.status(204).send();
  });

  addRoute(app, contracts.me, async function me(request) {
    const { id, username, name, role } = userOf(request);
    return { user: { id, username, name, role }, csrfToken: request.session?.csrfToken ?? null };
  });

  addRoute(app, contracts.listUsers, async function listUsers() {
    return { users: await accounts.listUsers() };
  });

  // Any signed-in user may see who else can sign in (names only): owners are chosen from them.
  addRoute(app, contracts.listPeople, async function listPeople() {
    const users = await accounts.listUsers();
    const people = users
      .filter((user) => !user.disabled)
      .map(({ username, name }) => ({ username, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { people };
  });

  addRoute(app, contracts.createUser, async function createUser(request, reply) {
    const fields = contracts.createUser.parseBody(request);
    await checkPassword(fields.password, fields.username);
    const user = await accounts.createUser(fields, { actor: userOf(request).username });
    return reply.status(201).send(user);
  });

  // Only a signed-in session (cookie plus CSRF header) mints tokens: a leaked token must not be able to make
  // fresh ones that outlive its own revocation. Listing and revoking with a token stay allowed.
  addRoute(app, contracts.createToken, async function createToken(request, reply) {
    if (!request.session) throw new HttpError('forbidden', tokenNeedsSession);
    const { name } = contracts.createToken.parseBody(request);
    const user = userOf(request);
    const created = await accounts.createApiToken(user.id, name, { actor: user.username });
    return reply.status(201).send(created);
  });

  addRoute(app, contracts.listTokens, async function listTokens(request) {
    return { tokens: await accounts.listApiTokens(userOf(request).id) };
  });

  // Role, disabled and revocation changes take effect on this instance at once (the identity cache is
  // emptied); other instances behind the same database cache a caller for at most `cacheMs` (1 s by default).
  addRoute(app, contracts.revokeToken, async function revokeToken(request, reply) {
    const user = userOf(request);
    // Admins may revoke anyone's token; everyone else only their own (someone else's is simply not found).
    const ownerId = hasRole(user.role, 'admin') ? undefined : user.id;
    await accounts.revokeApiToken(request.params.id, { actor: user.username, ownerId });
    options.identities.clear();
    return reply.status(204).send();
  });

  addRoute(app, contracts.getUser, async function getUser(request) {
    return accounts.getUser(request.params.id);
  });

  addRoute(app, contracts.listUserTokens, async function listUserTokens(request) {
    const user = await accounts.getUser(request.params.id);
    return { tokens: await accounts.listApiTokens(user.id) };
  });

  addRoute(app, contracts.updateUser, async function updateUser(request) {
    const version = expectedVersion(request);
    // Strict: a field other than role and disabled (a typo) is refused rather than ignored.
    const patch = parseWith(userPatchSchema, patchBody(request), 'user');
    const user = await accounts.updateUser(request.params.id, patch, version, {
      actor: userOf(request).username,
    });
    options.identities.clear();
    return user;
  });
}
