import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  type Incident,
  type IncidentSummary,
  incidentFieldsSchema,
  incidentPageSize,
  incidentStatusSchema,
  incidentSummary,
  parseWith,
  severitySchema,
} from '../../domain/index.js';
import type { Store, User } from '../../store/index.js';
import { loadIncidentView } from '../../store/index.js';
import { userOf } from '../access.js';
import { commaList } from '../comma-list.js';
import { serializeJson } from '../serialize-json.js';
import type { TtlCache } from '../ttl-cache.js';
import { expectedVersion, patchBody, validatedPatch } from '../versions.js';
import { visibleIncident } from '../visibility.js';

/** The query of GET /api/incidents; lists are comma-separated (`status=draft,in-review`). */
export const incidentQuerySchema = z.object({
  status: commaList.pipe(z.array(incidentStatusSchema)).optional(),
  severity: commaList.pipe(z.array(severitySchema)).optional(),
  service: z.string().trim().min(1).optional(),
  q: z.string().trim().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(incidentPageSize),
  offset: z.coerce.number().int().min(0).default(0),
  /** `summary` (default): the list fields of each incident; `full`: whole records, as the CLI's `--server` reads them. */
  view: z.enum(['summary', 'full']).default('summary'),
});

/** Incident routes: list, create, the whole incident, update and delete. */
export function incidentRoutes(app: FastifyInstance, store: Store, listCache: TtlCache<Buffer>): void {
  app.get('/api/incidents', async function listIncidents(request, reply) {
    const user = userOf(request);
    // Admins all see the same list; everyone else's depends on which restricted incidents they take part in.
    const query = request.url.indexOf('?');
    const key = `${user.role === 'admin' ? '*' : user.id}?${query < 0 ? '' : request.url.slice(query + 1)}`;
    const cached = listCache.get(key);
    if (cached !== undefined) return reply.type('application/json; charset=utf-8').send(cached);
    const generation = listCache.generation;
    const page = await listPage(request, user);
    // Kept as bytes: a cached string would be encoded again (and garbage collected) on every response. Not kept
    // when a write cleared the cache while this page was read.
    const body = Buffer.from(serializeJson(page));
    listCache.set(key, body, generation);
    return reply.type('application/json; charset=utf-8').send(body);
  });

  async function listPage(
    request: FastifyRequest,
    user: User,
  ): Promise<{ incidents: Array<Incident | IncidentSummary>; total: number }> {
    const query = parseWith(incidentQuerySchema, request.query, 'query');
    const view = query.view === 'full' ? (incident: Incident) => incident : incidentSummary;
    const filter = {
      status: query.status,
      severity: query.severity,
      service: query.service,
      search: query.q,
    };
    // Admins see every incident; anyone else the unrestricted ones and the restricted ones they take part in (by
    // username or name, as `canSee` decides for one incident), filtered and paged by the database.
    const visible = user.role === 'admin' ? filter : { ...filter, visibleTo: [user.username, user.name] };
    const [incidents, total] = await Promise.all([
      store.incidents.list({ ...visible, limit: query.limit, offset: query.offset }),
      store.incidents.count(visible),
    ]);
    return { incidents: incidents.map(view), total };
  }

  app.post('/api/incidents', { config: { access: 'editor' } }, async function createIncident(request, reply) {
    const fields = parseWith(incidentFieldsSchema, request.body, 'incident');
    const incident = await store.incidents.create(fields, { actor: userOf(request).username });
    return reply.status(201).send(incident);
  });

  app.get<{ Params: { id: string } }>('/api/incidents/:id', async function getIncident(request) {
    const incident = await visibleIncident(store, userOf(request), request.params.id);
    return loadIncidentView(store, incident);
  });

  app.patch<{ Params: { id: string } }>(
    '/api/incidents/:id',
    { config: { access: 'editor' } },
    async function updateIncident(request) {
      const user = userOf(request);
      const version = expectedVersion(request);
      const current = await visibleIncident(store, user, request.params.id);
      const patch = validatedPatch(incidentFieldsSchema, current, patchBody(request), 'incident');
      return store.incidents.update(current.id, version, patch, { actor: user.username });
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/incidents/:id',
    { config: { access: 'editor' } },
    async function deleteIncident(request, reply) {
      const user = userOf(request);
      const version = expectedVersion(request);
      const current = await visibleIncident(store, user, request.params.id);
      await store.incidents.delete(current.id, version, { actor: user.username });
      return reply.status(204).send();
    },
  );
}
