import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { Registry } from 'prom-client';
import { type PdfPrinter, pdfPrinter } from '../app/index.js';
import { type Severity, transferLimits } from '../domain/index.js';
import type { ConfiguredPeople } from '../report/index.js';
import type {
  AccountStore,
  AuditLog,
  ChangeFeed,
  IntakeGroups,
  MeetingCards,
  MeetingNotes,
  MeetingRooms,
  Store,
} from '../store/index.js';
import { installAccess, requestPath } from './access.js';
import { installErrorHandler, sendError } from './error-handler.js';
import { installPdfLimit } from './pdf-limit.js';
import { installPublicUrl, isHttps, parsePublicUrl } from './public-url.js';
import { clientError, installRequestBody } from './request-body.js';
import { RequestMetrics } from './request-metrics.js';
import { installRouteRegistry } from './route-registry.js';
import { accountRoutes } from './routes/accounts.js';
import { actionRoutes } from './routes/actions.js';
import { bulkEventRoutes } from './routes/bulk-events.js';
import { childRoutes } from './routes/children.js';
import { documentRoutes } from './routes/documents.js';
import { evidenceRoutes } from './routes/evidence.js';
import { incidentRoutes } from './routes/incidents.js';
import { insightRoutes } from './routes/insights.js';
import { intakeRoutes } from './routes/intake.js';
import { lintRoutes } from './routes/lint.js';
import { liveRoutes } from './routes/live.js';
import { meetingCardRoutes } from './routes/meeting-cards.js';
import { meetingNotesRoutes } from './routes/meeting-notes.js';
import { meetingRoomRoutes } from './routes/meeting-room.js';
import { openApiRoute } from './routes/openapi-route.js';
import { operationRoutes } from './routes/operations.js';
import { recordRoutes } from './routes/records.js';
import { reportRoutes } from './routes/report.js';
import { reviewDecisionRoutes } from './routes/review-decisions.js';
import { searchRoutes } from './routes/search.js';
import { helmetHeaders, helmetOptions, installSecurityHeaders } from './security-headers.js';
import { serializeJson } from './serialize-json.js';
import { registerStoreMetrics } from './store-metrics.js';
import { TtlCache } from './ttl-cache.js';
import { serveWebApp } from './web-assets.js';

const packageRoot = resolve(import.meta.dirname, '../..');

export interface ServerOptions {
  store: Store;
  /** Where a report published over the language check's findings is recorded. */
  audit: Pick<AuditLog, 'record'>;
  /** The committed changes live sockets relay. */
  changes: ChangeFeed;
  accounts: AccountStore;
  /**
   * The shared review meetings (`SqlStore.meetingRooms`); without it the meeting routes are not served (servers
   * built for tests that need no meeting). `debrief serve` always passes it.
   */
  meetingRooms?: MeetingRooms | undefined;
  /** The meetings' anonymous cards and raised points (`SqlStore.meetingCards`); served when given. */
  meetingCards?: MeetingCards | undefined;
  /** The reviews' live notes, typed together (`SqlStore.meetingNotes`); served when given. */
  meetingNotes?: MeetingNotes | undefined;
  /** Which incident each alert group lands on (`SqlStore.intakeGroups`): the Alertmanager intake's open=draft. */
  intakeGroups?: IntakeGroups | undefined;
  /** The built web app (index.html and assets); default `web/dist` of the package, served when it exists. */
  webRoot?: string | undefined;
  jsonBodyLimit?: number | undefined;
  uploadLimit?: number | undefined;
  /** Login and setup attempts per client address per minute. */
  loginAttemptsPerMinute?: number | undefined;
  /**
   * Where people reach this server (`https://debrief.example.com`), used for links in reports instead of the
   * request's Host header. An https URL turns on Secure cookies and HSTS unless `secureCookies` says otherwise.
   */
  publicUrl?: string | undefined;
  /** Mark cookies Secure and send HSTS (behind HTTPS); default: whether `publicUrl` is https. */
  secureCookies?: boolean | undefined;
  /**
   * Trust X-Forwarded-For and -Proto from a reverse proxy, so rate limits count each client address: `true` for
   * any proxy, or the proxies' addresses (comma-separated, CIDR allowed).
   */
  trustProxy?: boolean | string | undefined;
  logger?: FastifyServerOptions['logger'];
  now?: (() => Date) | undefined;
  /**
   * How long (ms) this process reuses an API token or session lookup and a page of the incident list. Writes
   * through this server clear the list at once; writes elsewhere (another instance, the CLI) show within this
   * time. 0 turns caching off. Default 1000.
   */
  cacheMs?: number | undefined;
  /** How often live-update sockets are pinged (ms); default 25 s, under common proxies' idle timeouts. */
  livePingMs?: number | undefined;
  /** Prints PDF reports; default one shared Chromium (tests pass their own). */
  pdf?: PdfPrinter | undefined;
  /** The project's configured people and teams, redacted or anonymised in reports like the incident's own. */
  people?: ConfiguredPeople | undefined;
  /** Days each severity's actions may take to close (the project's configuration); default SEV1 30, SEV2 60, SEV3 90. */
  closureTargets?: Readonly<Partial<Record<Severity, number>>> | undefined;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0';
  }
}

/** Builds the debrief HTTP server (not listening yet), so tests can `inject` requests. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const publicUrl = options.publicUrl === undefined ? undefined : parsePublicUrl(options.publicUrl);
  const secureCookies = options.secureCookies ?? isHttps(publicUrl);
  const securityHeaders = helmetHeaders(helmetOptions(secureCookies));
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.jsonBodyLimit ?? transferLimits.jsonBody,
    trustProxy: options.trustProxy ?? false,
    clientErrorHandler: clientError,
    // Requests Fastify refuses before routing (a malformed URL) skip the hooks: answer them in the same shape.
    frameworkErrors(error, _request, reply) {
      reply.headers(securityHeaders);
      const message = error.code === 'FST_ERR_BAD_URL' ? 'the address is not a valid URL' : error.message;
      sendError(reply, 'invalid_input', message);
    },
  });
  // A registry per server, not prom-client's global one: tests start many servers in one process.
  const metrics = new Registry();
  const requests = new RequestMetrics(metrics);
  registerStoreMetrics(metrics, options.store, now);
  app.setReplySerializer(serializeJson);
  app.addHook('onResponse', function recordDuration(request, reply, done) {
    requests.observe(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
  installErrorHandler(app, options.store);
  installRequestBody(app);
  installPublicUrl(app, publicUrl);
  // First, so it sees every route registered after it, in every scope.
  installRouteRegistry(app);

  await app.register(cookie);
  installSecurityHeaders(app, securityHeaders);
  await app.register(rateLimit, { global: false });
  // Before the routes, so it sees every upgrade request. Clients send nothing but control frames.
  await app.register(websocket, { options: { maxPayload: 4 * 1024 } });
  const uploadLimit = options.uploadLimit ?? transferLimits.upload;
  const cacheMs = options.cacheMs ?? 1_000;
  const listCache = new TtlCache<Buffer>(cacheMs, 500);
  app.addHook('onSend', function forgetStaleLists(request, reply, payload, done) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) listCache.clear();
    done(null, payload);
  });
  const identities = installAccess(app, options.accounts, cacheMs);

  openApiRoute(app, packageVersion());
  operationRoutes(app, options.store, metrics);
  accountRoutes(app, {
    accounts: options.accounts,
    identities,
    secureCookies,
    loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 10,
  });
  incidentRoutes(app, options.store, listCache);
  searchRoutes(app, options.store);
  insightRoutes(app, options.store);
  childRoutes(app, options.store);
  reviewDecisionRoutes(app, options.store);
  bulkEventRoutes(app, options.store);
  actionRoutes(app, options.store, now, options.closureTargets);
  // Multipart parsing (and its per-request hooks) only where uploads are accepted.
  await app.register(async function uploads(scope) {
    await scope.register(multipart, {
      limits: { fileSize: uploadLimit, files: transferLimits.uploadFiles, fields: 20 },
    });
    evidenceRoutes(scope, options.store, uploadLimit);
  });
  lintRoutes(app);
  // One shared browser for every PDF this server prints, closed with the server.
  const pdf = options.pdf ?? pdfPrinter();
  installPdfLimit(app);
  app.addHook('onClose', async function closePrinter() {
    await pdf.close();
  });
  reportRoutes(app, options.store, options.audit, pdf, options.people);
  documentRoutes(app, options.store);
  liveRoutes(app, options.store, options.changes, options.accounts, options.livePingMs);
  if (options.meetingRooms) meetingRoomRoutes(app, options.store, options.meetingRooms);
  if (options.meetingCards) meetingCardRoutes(app, options.store, options.meetingCards);
  if (options.meetingNotes) meetingNotesRoutes(app, options.store, options.meetingNotes);
  recordRoutes(app, options.store);
  intakeRoutes(app, options.store, options.intakeGroups);

  const webRoot = options.webRoot ?? join(packageRoot, 'web', 'dist');
  const hasApp = existsSync(join(webRoot, 'index.html'));
  if (hasApp) await serveWebApp(app, webRoot);
  app.setNotFoundHandler(async function notFound(request, reply) {
    const { path, isApi } = requestPath(request.url);
    // A script or style sheet of an older build (a tab open across a deploy) is missing, not the app's page: HTML
    // in its place would fail as a module with a MIME error instead of a plain 404.
    const isAsset = path.startsWith('/assets/');
    if (!isApi && !isAsset && (request.method === 'GET' || request.method === 'HEAD')) {
      if (hasApp) return reply.type('text/html; charset=utf-8').sendFile('index.html');
      return reply
        .type('text/plain; charset=utf-8')
        .send(
          'debrief is running; the web app is not built (web/dist is missing). The API is under /api/.\n',
        );
    }
    return sendError(reply, 'not_found', `no route ${request.method} ${path}`);
  });
  return app;
}
