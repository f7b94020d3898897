import type { FastifyInstance } from 'fastify';
import { importDocument } from '../../app/index.js';
import { documentSavedSchema } from '../../domain/api/index.js';
import { incidentDocumentSchema, invalidInput } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';
import { expectedVersion } from '../versions.js';
import { visibleIncident } from '../visibility.js';
import { versionConflict } from './shared-responses.js';

/** The ids a new incident may take: what debrief makes (INC-7K3M9QX2) and what teams already use (INC-2026-014). */
const safeId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const loadContract = routeContract({
  method: 'GET',
  url: '/api/incidents/:id/document',
  summary: 'the whole incident document, as export and import carry it',
  tags: ['incidents'],
  access: 'user',
  responses: { 200: { description: 'the document', schema: incidentDocumentSchema } },
});

const saveContract = routeContract({
  method: 'PUT',
  url: '/api/incidents/:id/document',
  summary: 'create the incident under this id, or replace it (If-Match: the version you read)',
  tags: ['incidents'],
  access: 'editor',
  body: { schema: incidentDocumentSchema, what: 'incident document' },
  responses: {
    200: { description: 'replaced (`created: false`)', schema: documentSavedSchema },
    201: { description: 'created (`created: true`)', schema: documentSavedSchema },
    409: versionConflict,
  },
});

/**
 * The whole incident document (fields, timeline, factors, actions, reviews): GET reads it as export and reports
 * see it; PUT creates the incident under that id or replaces it, as `debrief import` does, in one transaction.
 */
export function documentRoutes(app: FastifyInstance, store: Store): void {
  addRoute(app, loadContract, async function loadDocument(request) {
    const incident = await visibleIncident(store, userOf(request), request.params.id);
    return store.documents.load(incident.id);
  });

  // The store parses the document (its cross-record rules included), as it does for `debrief import`.
  addRoute(app, saveContract, async function saveDocument(request, reply) {
    const user = userOf(request);
    const body = request.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw invalidInput('expected the incident document as a JSON object');
    }
    const id = (body as { id?: unknown }).id ?? request.params.id;
    if (id !== request.params.id) {
      throw invalidInput(`id: the document's id ${JSON.stringify(id)} differs from the URL's`);
    }
    // Replacing a restricted incident needs the same visibility as reading it. A new one gets an id that is safe
    // in a file name, a header, a URL and a chat message (`<!channel>` would page a whole Slack channel).
    const ifMatch = request.headers['if-match']?.trim();
    if (await store.incidents.find(request.params.id)) {
      await visibleIncident(store, user, request.params.id);
      // Replacing without the version read would silently drop whatever others changed since; `*` says so on
      // purpose (`debrief import`, which replaces what is there).
      if (ifMatch === undefined) {
        throw invalidInput(
          `If-Match: incident ${request.params.id} exists; send the version you read (If-Match: "<version>"), or If-Match: * to replace it whatever changed since`,
        );
      }
    } else if (!safeId.test(request.params.id)) {
      throw invalidInput(
        `id: ${JSON.stringify(request.params.id)} is not a usable incident id; expected letters, digits, dots, dashes or underscores (at most 64, starting with a letter or digit), such as INC-2026-014`,
      );
    }
    const expected = ifMatch === undefined || ifMatch === '*' ? undefined : expectedVersion(request);
    // Without a version it is an import (`debrief import`): moments the document leaves unset come from its
    // timeline. With one, a document read and edited is saved as it stands.
    const doc = { ...(body as object), id } as Parameters<Store['documents']['save']>[0];
    const ctx = { actor: user.username };
    const result =
      expected === undefined
        ? await importDocument(store, doc, ctx)
        : await store.documents.save(doc, ctx, { expectedVersion: expected });
    return reply.status(result.created ? 201 : 200).send(result);
  });
}
