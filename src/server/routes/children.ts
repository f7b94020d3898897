import type { FastifyInstance } from 'fastify';
import {
  addRecord,
  deleteRecord,
  type RecordKind,
  recordKinds,
  recordSpecs,
  updateRecord,
} from '../../app/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { expectedVersion, patchBody, validatedPatch } from '../versions.js';
import { visibleIncident } from '../visibility.js';

/** POST /api/incidents/:id/{kind}, PATCH and DELETE /api/{kind}/:recordId: one kind of an incident's records. */
function registerKind(app: FastifyInstance, store: Store, kind: RecordKind): void {
  const spec = recordSpecs[kind];
  const repo = spec.repo(store);
  app.post<{ Params: { id: string } }>(
    `/api/incidents/:id/${kind}`,
    { config: { access: 'editor' } },
    async function addChild(request, reply) {
      const user = userOf(request);
      const incident = await visibleIncident(store, user, request.params.id);
      const record = await addRecord(store, kind, incident.id, request.body, { actor: user.username });
      return reply.status(201).send(record);
    },
  );

  app.patch<{ Params: { recordId: string } }>(
    `/api/${kind}/:recordId`,
    { config: { access: 'editor' } },
    async function updateChild(request) {
      const user = userOf(request);
      const version = expectedVersion(request);
      const current = await repo.get(request.params.recordId);
      await visibleIncident(store, user, current.incidentId);
      const patch = validatedPatch(spec.schema, current, patchBody(request), spec.what);
      return updateRecord(store, kind, request.params.recordId, version, patch, { actor: user.username });
    },
  );

  app.delete<{ Params: { recordId: string } }>(
    `/api/${kind}/:recordId`,
    { config: { access: 'editor' } },
    async function deleteChild(request, reply) {
      const user = userOf(request);
      const version = expectedVersion(request);
      const current = await repo.get(request.params.recordId);
      await visibleIncident(store, user, current.incidentId);
      await deleteRecord(store, kind, request.params.recordId, version, { actor: user.username });
      return reply.status(204).send();
    },
  );
}

/** Timeline events, factors, actions and reviews: add to an incident, update and delete by id. */
export function childRoutes(app: FastifyInstance, store: Store): void {
  for (const kind of recordKinds) registerKind(app, store, kind);
}
