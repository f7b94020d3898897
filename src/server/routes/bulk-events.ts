import type { FastifyInstance } from 'fastify';
import { attachDraft } from '../../app/index.js';
import { bulkEventsResultSchema, bulkEventsSchema } from '../../domain/api/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

const bulkContract = routeContract({
  method: 'POST',
  url: '/api/incidents/:id/events/bulk',
  summary: 'save accepted draft events and moments in one transaction',
  description:
    'By default each moment was chosen by a person reviewing the draft, so it replaces the stored one; one that would break the order of the moments is left out and listed in `leftOut`. An event whose fingerprint the incident already has is skipped; `differing` lists, per file, skipped stored events whose time differs from the one sent.',
  tags: ['evidence'],
  access: 'editor',
  body: { schema: bulkEventsSchema, what: 'events' },
  responses: {
    200: { description: 'what was added and skipped, and the incident', schema: bulkEventsResultSchema },
    409: { description: 'the incident moved on from `version`; `current` holds it' },
  },
});

/** POST /api/incidents/:id/events/bulk: saves the accepted draft events and moments in one transaction. */
export function bulkEventRoutes(app: FastifyInstance, store: Store): void {
  addRoute(app, bulkContract, async function addEvents(request) {
    const user = userOf(request);
    const incident = await visibleIncident(store, user, request.params.id);
    const body = bulkContract.parseBody(request);
    const {
      added,
      skipped,
      set,
      leftOut,
      differing,
      incident: updated,
    } = await attachDraft(
      store,
      incident.id,
      { events: body.events, moments: body.moments },
      { actor: user.username },
      { policy: body.policy, version: body.version },
    );
    return { added, skipped, set, leftOut, differing, incident: updated };
  });
}
