import type { FastifyInstance } from 'fastify';
import { invalidInput } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { expectedVersion } from '../versions.js';
import { visibleIncident } from '../visibility.js';

/**
 * The whole incident document (fields, timeline, factors, actions, reviews): GET reads it as export and reports
 * see it; PUT creates the incident under that id or replaces it, as `debrief import` does, in one transaction.
 */
export function documentRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Params: { id: string } }>('/api/incidents/:id/document', async function loadDocument(request) {
    const incident = await visibleIncident(store, userOf(request), request.params.id);
    return store.documents.load(incident.id);
  });

  app.put<{ Params: { id: string } }>(
    '/api/incidents/:id/document',
    { config: { access: 'editor' } },
    async function saveDocument(request, reply) {
      const user = userOf(request);
      const body = request.body;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw invalidInput('expected the incident document as a JSON object');
      }
      const id = (body as { id?: unknown }).id ?? request.params.id;
      if (id !== request.params.id) {
        throw invalidInput(`id: the document's id ${JSON.stringify(id)} differs from the URL's`);
      }
      // Replacing a restricted incident needs the same visibility as reading it.
      if (await store.incidents.find(request.params.id))
        await visibleIncident(store, user, request.params.id);
      const expected = request.headers['if-match'] === undefined ? undefined : expectedVersion(request);
      const result = await store.documents.save(
        { ...(body as object), id } as Parameters<Store['documents']['save']>[0],
        { actor: user.username },
        { expectedVersion: expected },
      );
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );
}
