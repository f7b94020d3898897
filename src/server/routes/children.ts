import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  addRecord,
  deleteRecord,
  type RecordKind,
  recordKinds,
  recordSpecs,
  updateRecord,
} from '../../app/index.js';
import {
  storedActionSchema,
  storedEventSchema,
  storedFactorSchema,
  storedReviewSchema,
} from '../../domain/api/index.js';
import { momentNames } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { recordPatchSchemas } from '../patch-schema.js';
import { addRoute, routeContract } from '../route-contract.js';
import { expectedVersion, patchBody, validatedPatch, versionQuerySchema } from '../versions.js';
import { visibleIncident, visibleRecordIncident } from '../visibility.js';
import { deleted, versionConflict } from './shared-responses.js';

/** The stored record of each kind, as the API answers it. */
export const storedRecordSchemas = {
  events: storedEventSchema,
  factors: storedFactorSchema,
  actions: storedActionSchema,
  reviews: storedReviewSchema,
} as const;

const eventDeleted = {
  description: 'deleted; `clearedMoments` names the key moments it founded, now unset (no event backs them)',
  schema: z.object({ clearedMoments: z.array(z.enum(momentNames)) }),
};

/** The contracts of one kind's routes: add to an incident, read, change and delete by id. */
export function recordContracts(kind: RecordKind) {
  const { what, schema } = recordSpecs[kind];
  const stored = {
    description: `the ${what} as stored, with its version`,
    schema: storedRecordSchemas[kind],
  };
  const tags = ['records'];
  return {
    add: routeContract({
      method: 'POST',
      url: `/api/incidents/:id/${kind}`,
      summary: `add ${article(what)} ${what} to an incident`,
      tags,
      access: 'editor',
      body: { schema, what },
      responses: { 201: stored },
    }),
    get: routeContract({
      method: 'GET',
      url: `/api/${kind}/:recordId`,
      summary: `one ${what}, with its version (to read before a change)`,
      tags,
      access: 'user',
      responses: { 200: stored },
    }),
    update: routeContract({
      method: 'PATCH',
      url: `/api/${kind}/:recordId`,
      summary: `change fields of a ${what}, with the version you read (or If-Match)`,
      tags,
      access: 'editor',
      body: { schema: recordPatchSchemas[kind], what },
      responses: { 200: stored, 409: versionConflict },
    }),
    delete: routeContract({
      method: 'DELETE',
      url: `/api/${kind}/:recordId`,
      summary: `delete ${article(what)} ${what}, with the version you read (?version= or If-Match)`,
      tags,
      access: 'editor',
      query: versionQuerySchema,
      // An event's delete says which key moments it unset (those founded on it); other records answer 204.
      responses:
        kind === 'events'
          ? { 200: eventDeleted, 409: versionConflict }
          : { 204: deleted, 409: versionConflict },
    }),
  };
}

/** POST /api/incidents/:id/{kind}, PATCH and DELETE /api/{kind}/:recordId: one kind of an incident's records. */
function registerKind(app: FastifyInstance, store: Store, kind: RecordKind): void {
  const spec = recordSpecs[kind];
  const repo = spec.repo(store);
  const contracts = recordContracts(kind);
  addRoute(app, contracts.add, async function addChild(request, reply) {
    const user = userOf(request);
    const incident = await visibleIncident(store, user, request.params.id);
    const record = await addRecord(store, kind, incident.id, request.body, { actor: user.username });
    return reply.status(201).send(record);
  });

  addRoute(app, contracts.update, async function updateChild(request) {
    const user = userOf(request);
    const version = expectedVersion(request);
    const current = await repo.get(request.params.recordId);
    await visibleRecordIncident(store, user, current.incidentId, {
      what: spec.what,
      id: request.params.recordId,
    });
    const patch = validatedPatch(spec.schema, current, patchBody(request), spec.what);
    return updateRecord(store, kind, request.params.recordId, version, patch, { actor: user.username });
  });

  addRoute(app, contracts.delete, async function deleteChild(request, reply) {
    const user = userOf(request);
    const version = expectedVersion(request);
    const current = await repo.get(request.params.recordId);
    await visibleRecordIncident(store, user, current.incidentId, {
      what: spec.what,
      id: request.params.recordId,
    });
    const { clearedMoments } = await deleteRecord(store, kind, request.params.recordId, version, {
      actor: user.username,
    });
    if (kind === 'events') return reply.status(200).send({ clearedMoments });
    return reply.status(204).send();
  });
}

/** Timeline events, factors, actions and reviews: add to an incident, update and delete by id. */
export function childRoutes(app: FastifyInstance, store: Store): void {
  for (const kind of recordKinds) registerKind(app, store, kind);
}

/** "a" or "an" before a word, by its first letter (enough for the record kinds' names). */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
