import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasRole, type Incident, type UserRole } from '../domain/index.js';
import type { User } from '../domain/user.js';
import type { AccountStore, Session } from '../store/index.js';
import { HttpError } from './http-error.js';
import { TtlCache } from './ttl-cache.js';

/** Who may call a route: anyone, any signed-in user, editors and admins, or admins only. */
export type Access = 'public' | 'user' | Exclude<UserRole, 'viewer'>;

/** What a route's body must be. */
export type BodyKind = 'json' | 'multipart';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | undefined;
    session: Session | undefined;
  }
  interface FastifyContextConfig {
    access?: Access;
    body?: BodyKind;
  }
}

export const sessionCookie = 'debrief_session';
export const csrfHeader = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A request's path without its query, and whether it is the API's (which needs a user) rather than the app's. */
export function requestPath(url: string): { path: string; isApi: boolean } {
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  return { path, isApi: path.startsWith('/api/') || path === '/metrics' };
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function checkContentType(request: FastifyRequest, kind: BodyKind): void {
  const header = request.headers['content-type'] ?? '';
  // One media type: a list ("application/json; charset=utf-8, text/plain") is read differently by each reader.
  if (header.replace(/"[^"]*"/g, '').includes(',')) {
    throw new HttpError(
      'unsupported_media_type',
      `expected one media type, got a list: ${JSON.stringify(header)}`,
    );
  }
  const [head = '', ...params] = header.split(';');
  const type = head.trim().toLowerCase();
  const ok = kind === 'json' ? type === 'application/json' : type === 'multipart/form-data';
  if (!ok) {
    const wanted = kind === 'json' ? 'application/json' : 'multipart/form-data';
    throw new HttpError(
      'unsupported_media_type',
      `expected ${kind === 'json' ? 'an' : 'a'} ${wanted} body, got ${JSON.stringify(type || 'none')}`,
    );
  }
  // JSON is read as UTF-8: a body that says it is in another character set would be read wrongly, so it is refused;
  // so is one that names several (which one a reader would take differs from reader to reader).
  const charsets = params.flatMap((param) => {
    const match = /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(param);
    return match ? [match[1]?.toLowerCase() ?? ''] : [];
  });
  const charset = charsets.find((value) => value !== 'utf-8' && value !== 'utf8');
  if (kind === 'json' && charset !== undefined) {
    throw new HttpError(
      'unsupported_media_type',
      `expected a JSON body in UTF-8 (charset=utf-8), got charset=${charset}; send the text encoded as UTF-8`,
    );
  }
}

/**
 * Recently resolved callers, by `t:<api token>` or `s:<session token>`; only successful lookups are kept, each for
 * `cacheMs` from its lookup. That bounds how long a revoked token, a disabled user or an old role is still honoured
 * by a server that did not make the change (the one that did empties its cache at once).
 */
export type IdentityCache = TtlCache<{ user: User; session?: Session | undefined }>;

/**
 * The API token of a request with an Authorization header ('' when the header is not `Bearer <token>`), or
 * undefined without one: then the session cookie decides.
 */
function apiToken(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization === undefined) return undefined;
  return /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? '';
}

const unknownToken = () => new HttpError('unauthorized', 'the API token is unknown or revoked');

/**
 * Finds who calls, from an API token or a session cookie. A caller found in the cache is set at once (no promise,
 * so the common request stays synchronous); otherwise the returned promise settles after the database lookup.
 */
function identify(
  request: FastifyRequest,
  accounts: AccountStore,
  cache: IdentityCache,
): Promise<void> | undefined {
  const token = apiToken(request);
  if (token !== undefined) {
    if (!token) throw unknownToken();
    const key = `t:${token}`;
    const cached = cache.get(key)?.user;
    if (cached) {
      request.user = cached;
      return undefined;
    }
    const generation = cache.generation;
    return accounts.findApiTokenUser(token).then((user) => {
      if (!user) throw unknownToken();
      // Set only after a lookup, never on a hit: a sliding expiry would keep a busy revoked token alive. Not set
      // when a revocation cleared the cache during the lookup.
      cache.set(key, { user }, generation);
      request.user = user;
    });
  }
  const sessionToken = request.cookies[sessionCookie];
  if (!sessionToken) return undefined;
  const key = `s:${sessionToken}`;
  const cached = cache.get(key)?.session;
  if (cached) {
    request.user = cached.user;
    request.session = cached;
    return undefined;
  }
  const generation = cache.generation;
  return accounts.findSession(sessionToken).then((session) => {
    if (!session) return;
    cache.set(key, { user: session.user, session }, generation);
    request.user = session.user;
    request.session = session;
  });
}

/**
 * Who a request's credentials belong to now, looked up again without the cache (undefined when the token was
 * revoked, the session ended or the user was disabled): for connections that outlive their request.
 */
export async function currentCaller(
  request: FastifyRequest,
  accounts: AccountStore,
): Promise<User | undefined> {
  const token = apiToken(request);
  if (token !== undefined) return token ? accounts.findApiTokenUser(token) : undefined;
  const sessionToken = request.cookies[sessionCookie];
  return sessionToken ? (await accounts.findSession(sessionToken))?.user : undefined;
}

/** Enforces the route's access level, CSRF on cookie-authenticated writes, and the body's content type. */
function authorize(request: FastifyRequest, isApi: boolean): void {
  const config = request.routeOptions.config;
  // API routes need a user unless they say otherwise; the app shell, its assets and unknown paths are public.
  const access: Access = request.is404 || !isApi ? (config.access ?? 'public') : (config.access ?? 'user');
  if (access !== 'public') {
    const user = request.user;
    if (!user) throw new HttpError('unauthorized', 'sign in or send an API token (Authorization: Bearer …)');
    if (access === 'editor' && !hasRole(user.role, 'editor')) {
      throw new HttpError(
        'forbidden',
        'viewers can read but not change anything; ask an admin for the editor role',
      );
    }
    if (access === 'admin' && !hasRole(user.role, 'admin'))
      throw new HttpError('forbidden', 'only admins may do this');
    if (!safeMethods.has(request.method) && request.session) {
      const sent = request.headers[csrfHeader];
      if (sent !== request.session.csrfToken) {
        throw new HttpError('forbidden', `a missing or wrong ${csrfHeader} header; read it from GET /api/me`);
      }
    }
  }
  if (!safeMethods.has(request.method) && hasBody(request)) checkContentType(request, config.body ?? 'json');
}

/**
 * Identifies the caller (personal API token or session cookie) on every request, then enforces the route's
 * access level, CSRF on cookie-authenticated writes, and the body's content type.
 */
export function installAccess(app: FastifyInstance, accounts: AccountStore, cacheMs: number): IdentityCache {
  const cache: IdentityCache = new TtlCache(cacheMs, 10_000);
  app.decorateRequest('user', undefined);
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', function enforceAccess(request, _reply, done) {
    const { isApi } = requestPath(request.url);
    try {
      // The app shell and its assets never need to know who asks; skipping the lookup keeps them cheap.
      const lookup = isApi ? identify(request, accounts, cache) : undefined;
      if (lookup) {
        lookup.then(() => authorize(request, isApi)).then(() => done(), done);
        return;
      }
      authorize(request, isApi);
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  });
  return cache;
}

/** The signed-in user of a route that requires one. */
export function userOf(request: FastifyRequest): User {
  if (!request.user) throw new HttpError('unauthorized', 'sign in or send an API token');
  return request.user;
}

/**
 * Whether a user may see an incident: admins, and for a restricted one its participants named by username or user
 * id (in any case). Display names are not unique, so a participant called "Ana Silva" admits no account.
 */
export function canSee(user: User, incident: Pick<Incident, 'restricted' | 'participants'>): boolean {
  if (!incident.restricted || hasRole(user.role, 'admin')) return true;
  const keys = memberKeysOf(user);
  return incident.participants.some((person) => keys.includes(person.name.toLowerCase()));
}

/**
 * The people whose restricted incidents a user may see, as the store's `visibleTo` filters take them: every
 * incident for an admin (undefined), else those listing the user as a participant. The list filter of `canSee`.
 */
export function visibleToOf(user: User): string[] | undefined {
  return hasRole(user.role, 'admin') ? undefined : memberKeysOf(user);
}

/** What a participant's name must be (lower-cased) for an account to count as that participant. */
export function memberKeysOf(user: Pick<User, 'id' | 'username'>): string[] {
  return [user.username.toLowerCase(), user.id.toLowerCase()];
}
