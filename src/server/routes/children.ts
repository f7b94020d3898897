import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  actionFieldsSchema,
  factorFieldsSchema,
  invalidInput,
  parseWith,
  reviewFieldsSchema,
  timelineEventFieldsSchema,
} from '../../domain/index.js';
import type { ChildRepository, Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { expectedVersion, patchBody, validatedPatch } from '../versions.js';
import { visibleIncident } from '../visibility.js';

interface ChildKind<Stored extends { incidentId: string }, Input> {
  /** The URL segment: events, factors, actions, reviews. */
  segment: string;
  what: string;
  schema: z.ZodType;
  repo: ChildRepository<Stored, Input>;
}

async function checkFactor(store: Store, incidentId: string, fields: { factorId?: unknown }): Promise<void> {
  if (typeof fields.factorId !== 'string' || fields.factorId === '') return;
  const factors = await store.factors.list(incidentId);
  if (!factors.some((factor) => factor.id === fields.factorId)) {
    throw invalidInput(
      `factorId: ${JSON.stringify(fields.factorId)} names no contributing factor of incident ${incidentId}`,
    );
  }
}

function registerKind<Stored extends { incidentId: string }, Input>(
  app: FastifyInstance,
  store: Store,
  kind: ChildKind<Stored, Input>,
): void {
  const { repo } = kind;
  app.post<{ Params: { id: string } }>(
    `/api/incidents/:id/${kind.segment}`,
    { config: { access: 'editor' } },
    async function addChild(request, reply) {
      const user = userOf(request);
      const incident = await visibleIncident(store, user, request.params.id);
      const fields = parseWith(kind.schema, request.body, kind.what) as Input & { factorId?: unknown };
      await checkFactor(store, incident.id, fields);
      const record = await repo.add(incident.id, fields, { actor: user.username });
      return reply.status(201).send(record);
    },
  );

  app.patch<{ Params: { recordId: string } }>(
    `/api/${kind.segment}/:recordId`,
    { config: { access: 'editor' } },
    async function updateChild(request) {
      const user = userOf(request);
      const version = expectedVersion(request);
      const current = await repo.get(request.params.recordId);
      await visibleIncident(store, user, current.incidentId);
      const patch = validatedPatch(kind.schema, current, patchBody(request), kind.what) as Partial<Input> & {
        factorId?: unknown;
      };
      await checkFactor(store, current.incidentId, patch);
      return repo.update(request.params.recordId, version, patch, { actor: user.username });
    },
  );

  app.delete<{ Params: { recordId: string } }>(
    `/api/${kind.segment}/:recordId`,
    { config: { access: 'editor' } },
    async function deleteChild(request, reply) {
      const user = userOf(request);
      const version = expectedVersion(request);
      const current = await repo.get(request.params.recordId);
      await visibleIncident(store, user, current.incidentId);
      await repo.delete(request.params.recordId, version, { actor: user.username });
      return reply.status(204).send();
    },
  );
}

/** Timeline events, factors, actions and reviews: add to an incident, update and delete by id. */
export function childRoutes(app: FastifyInstance, store: Store): void {
  registerKind(app, store, {
    segment: 'events',
    what: 'timeline event',
    schema: timelineEventFieldsSchema,
    repo: store.timeline,
  });
  registerKind(app, store, {
    segment: 'factors',
    what: 'factor',
    schema: factorFieldsSchema,
    repo: store.factors,
  });
  registerKind(app, store, {
    segment: 'actions',
    what: 'action',
    schema: actionFieldsSchema,
    repo: store.actions,
  });
  registerKind(app, store, {
    segment: 'reviews',
    what: 'review',
    schema: reviewFieldsSchema,
    repo: store.reviews,
  });
}
