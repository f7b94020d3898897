import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { incidentListItems } from '../../app/index.js';
import { type IncidentPage, incidentPageSchema, incidentViewSchema } from '../../domain/api/index.js';
import {
  hasRole,
  incidentFieldsSchema,
  incidentPageSize,
  incidentSchema,
  incidentStatusSchema,
  maxIncidentPageSize,
  requiredLine,
  severityInputSchema,
} from '../../domain/index.js';
import type { User } from '../../domain/user.js';
import type { Store } from '../../store/index.js';
import { loadIncidentView } from '../../store/index.js';
import { userOf, visibleToOf } from '../access.js';
import { commaList } from '../comma-list.js';
import { incidentPatchSchema } from '../patch-schema.js';
import { addRoute, routeContract } from '../route-contract.js';
import { serializeJson } from '../serialize-json.js';
import type { TtlCache } from '../ttl-cache.js';
import { expectedVersion, patchBody, validatedPatch, versionQuerySchema } from '../versions.js';
import { visibleIncident } from '../visibility.js';
import { deleted, versionConflict } from './shared-responses.js';

/** The query of GET /api/incidents; lists are comma-separated (`status=draft,in-review`). */
export const incidentQuerySchema = z.object({
  status: commaList.pipe(z.array(incidentStatusSchema)).optional(),
  severity: commaList.pipe(z.array(severityInputSchema)).optional(),
  service: requiredLine(100).optional(),
  /** Words that must all appear; at most 500 characters (each word is one LIKE, and SQLite bounds them). */
  q: requiredLine(500).optional(),
  limit: z.coerce.number().int().min(1).max(maxIncidentPageSize).default(incidentPageSize),
  offset: z.coerce.number().int().min(0).default(0),
  /** `summary` (default): the list fields of each incident, with when it began, its owner, next review and open actions; `full`: whole records, as the CLI's `--server` reads them. */
  view: z.enum(['summary', 'full']).default('summary'),
});

const listContract = routeContract({
  method: 'GET',
  url: '/api/incidents',
  summary: 'list incidents, newest first',
  description:
    'Lists are comma-separated (`status=draft,in-review`); `view=full` answers whole incident records instead of summaries.',
  tags: ['incidents'],
  access: 'user',
  query: incidentQuerySchema,
  responses: { 200: { description: 'a page of incidents', schema: incidentPageSchema } },
});

const createContract = routeContract({
  method: 'POST',
  url: '/api/incidents',
  summary: 'create an incident',
  tags: ['incidents'],
  access: 'editor',
  body: { schema: incidentFieldsSchema, what: 'incident' },
  responses: { 201: { description: 'the new incident', schema: incidentSchema } },
});

const getContract = routeContract({
  method: 'GET',
  url: '/api/incidents/:id',
  summary: 'the whole incident: fields, timeline, factors, actions, reviews and metrics',
  tags: ['incidents'],
  access: 'user',
  responses: { 200: { description: 'the incident and its records', schema: incidentViewSchema } },
});

const updateContract = routeContract({
  method: 'PATCH',
  url: '/api/incidents/:id',
  summary: 'change incident fields, with the version you read (or If-Match)',
  tags: ['incidents'],
  access: 'editor',
  body: { schema: incidentPatchSchema, what: 'incident' },
  responses: { 200: { description: 'the incident', schema: incidentSchema }, 409: versionConflict },
});

const deleteContract = routeContract({
  method: 'DELETE',
  url: '/api/incidents/:id',
  summary: 'delete an incident and everything in it',
  tags: ['incidents'],
  access: 'editor',
  query: versionQuerySchema,
  responses: { 204: deleted, 409: versionConflict },
});

/** Sends a JSON body serialized already (a cached page of the list). */
function sendSerialized(reply: FastifyReply, json: Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}

/** Incident routes: list, create, the whole incident, update and delete. */
export function incidentRoutes(app: FastifyInstance, store: Store, listCache: TtlCache<Buffer>): void {
  addRoute(app, listContract, async function listIncidents(request, reply) {
    const user = userOf(request);
    // Admins all see the same list; everyone else's depends on which restricted incidents they take part in.
    const query = request.url.indexOf('?');
    const key = `${hasRole(user.role, 'admin') ? '*' : user.id}?${query < 0 ? '' : request.url.slice(query + 1)}`;
    const cached = listCache.get(key);
    if (cached !== undefined) return sendSerialized(reply, cached);
    const generation = listCache.generation;
    const page = await listPage(request, user);
    // Kept as bytes: a cached string would be encoded again (and garbage collected) on every response. Not kept
    // when a write cleared the cache while this page was read.
    const body = Buffer.from(serializeJson(page));
    listCache.set(key, body, generation);
    return sendSerialized(reply, body);
  });

  async function listPage(request: FastifyRequest, user: User): Promise<IncidentPage> {
    const query = listContract.parseQuery(request);
    const filter = {
      status: query.status,
      severity: query.severity,
      service: query.service,
      search: query.q,
    };
    // Admins see every incident; anyone else the unrestricted ones and the restricted ones they take part in (by
    // username or user id, as `canSee` decides for one incident), filtered and paged by the database.
    const visible = { ...filter, visibleTo: visibleToOf(user) };
    const [incidents, total] = await Promise.all([
      store.incidents.list({ ...visible, limit: query.limit, offset: query.offset }),
      store.incidents.count(visible),
    ]);
    return {
      incidents: query.view === 'full' ? incidents : await incidentListItems(store, incidents),
      total,
    };
  }

  addRoute(app, createContract, async function createIncident(request, reply) {
    const fields = createContract.parseBody(request);
    const incident = await store.incidents.create(fields, { actor: userOf(request).username });
    return reply.status(201).send(incident);
  });

  addRoute(app, getContract, async function getIncident(request) {
    const incident = await visibleIncident(store, userOf(request), request.params.id);
    return loadIncidentView(store, incident);
  });

  addRoute(app, updateContract, async function updateIncident(request) {
    const user = userOf(request);
    const version = expectedVersion(request);
    const current = await visibleIncident(store, user, request.params.id);
    const patch = validatedPatch(incidentFieldsSchema, current, patchBody(request), 'incident');
    return store.incidents.update(current.id, version, patch, { actor: user.username });
  });

  addRoute(app, deleteContract, async function deleteIncident(request, reply) {
    const user = userOf(request);
    const version = expectedVersion(request);
    const current = await visibleIncident(store, user, request.params.id);
    await store.incidents.delete(current.id, version, { actor: user.username });
    return reply.status(204).send();
  });
}
