import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { AccountStore, Change, ChangeFeed, Store } from '../../store/index.js';
import { canSee, currentCaller, userOf } from '../access.js';
import { HttpError } from '../http-error.js';
import { siteHosts } from '../public-url.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

/** How often an idle live socket is pinged; one that has not answered the previous ping by then is dropped. */
export const livePingMs = 25_000;
// A reader this far behind (bytes queued) is dropped; it reconnects and reloads instead of piling up memory.
const maxQueuedBytes = 1024 * 1024;

/** A message on the live socket: `ready` once changes are being listened for, then one `changed` per change. */
export type LiveMessage = { type: 'ready' } | ({ type: 'changed' } & Change);

/**
 * Refuses an upgrade whose Origin is another site's. Browsers send cookies with a WebSocket upgrade from any page
 * and the same-origin policy does not apply to it, so without this a foreign page could read the live feed as the
 * signed-in user. Clients that are not browsers send no Origin and authenticate with a token.
 */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined;
  }
  if (host === undefined || !siteHosts(request).includes(host.toLowerCase())) {
    throw new HttpError('forbidden', `live updates are only served to pages of this site, not ${origin}`);
  }
}

const liveContract = routeContract({
  method: 'GET',
  url: '/api/incidents/:id/live',
  summary: 'a WebSocket that announces every committed change to the incident',
  description:
    'Connect with an Upgrade: websocket request (same-site pages only). Messages: `{"type":"ready"}` once changes are being listened for, then `{"type":"changed", incidentId, entity, entityId, action, actor, at}` per change. Close codes: 4401 signed out, 4403 no longer visible, 1012 changes may have been missed (reload).',
  tags: ['incidents'],
  access: 'user',
  responses: {
    101: { description: 'switching to the WebSocket protocol' },
    400: { description: 'not an Upgrade: websocket request' },
    403: { description: 'a page of another site (Origin)' },
  },
});

/** GET /api/incidents/:id/live: a WebSocket that announces every committed change to the incident. */
export function liveRoutes(
  app: FastifyInstance,
  store: Store,
  changes: ChangeFeed,
  accounts: AccountStore,
  pingMs = livePingMs,
): void {
  addRoute(
    app,
    liveContract,
    async function notUpgraded() {
      throw new HttpError(
        'invalid_input',
        'this address serves live updates over a WebSocket; connect with an Upgrade: websocket request',
      );
    },
    {
      // Runs before the upgrade, so a refusal is an ordinary HTTP error response.
      preValidation: async function mayListen(request) {
        checkOrigin(request);
        await visibleIncident(store, userOf(request), request.params.id);
      },
      wsHandler: function live(socket, request) {
        const incidentId = request.params.id;
        const send = (message: LiveMessage) => {
          if (socket.bufferedAmount > maxQueuedBytes) socket.terminate();
          else socket.send(JSON.stringify(message));
        };
        // A socket outlives the request that opened it: with every ping, and when the incident changes (someone taken
        // off a restricted one), check that its token or session still holds (not revoked, signed out or disabled)
        // and that the incident is still visible to that user.
        const stillAllowed = () => {
          Promise.all([currentCaller(request, accounts), store.incidents.find(incidentId)]).then(
            ([caller, incident]) => {
              if (!caller) socket.close(4401, 'signed out');
              else if (incident && !canSee(caller, incident)) socket.close(4403, 'no longer visible');
            },
            () => undefined,
          );
        };
        const stop = changes.subscribe(function relay(change) {
          if (change.incidentId !== incidentId || socket.readyState !== socket.OPEN) return;
          send({ type: 'changed', ...change });
          if (change.entity === 'incident' && change.action === 'update') stillAllowed();
        });
        changes.ready().then(
          () => {
            if (socket.readyState === socket.OPEN) send({ type: 'ready' });
          },
          () => socket.close(1011, 'live updates are unavailable'),
        );
        const heartbeat = keepAlive(socket, pingMs, stillAllowed);
        // Changes may have gone unheard (PostgreSQL's LISTEN connection dropped): the page reconnects and reads
        // the incident again, rather than showing a stale one as live. 1012: service restart.
        const stopMissed = changes.onMissed(() => socket.close(1012, 'changes may have been missed'));
        socket.on('close', () => {
          stopMissed();
          stop();
          clearInterval(heartbeat);
        });
      },
    },
  );
}

/**
 * Pings the socket every `ms` and runs `check`; a peer that did not answer the last ping is gone and is dropped.
 */
function keepAlive(socket: WebSocket, ms: number, check: () => void): NodeJS.Timeout {
  let answered = true;
  socket.on('pong', () => {
    answered = true;
  });
  const timer = setInterval(() => {
    if (!answered) {
      socket.terminate();
      return;
    }
    answered = false;
    socket.ping();
    check();
  }, ms);
  timer.unref();
  return timer;
}
