import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  incidentFieldsSchema,
  lineText,
  momentsSchema,
  parseWith,
  timelineEventFieldsSchema,
} from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { validatedPatch } from '../versions.js';
import { visibleIncident } from '../visibility.js';

/** The accepted part of an evidence draft: events (with fingerprints, so a re-import adds nothing) and moments. */
export const bulkEventsSchema = z.object({
  events: z.array(timelineEventFieldsSchema.extend({ fingerprint: lineText(200).optional() })).max(50_000),
  // The domain's moments without their order check: that runs once they are merged with the stored ones.
  moments: z.object(momentsSchema.shape).optional(),
});

/** POST /api/incidents/:id/events/bulk: saves the accepted draft events and moments in one call. */
export function bulkEventRoutes(app: FastifyInstance, store: Store): void {
  app.post<{ Params: { id: string } }>(
    '/api/incidents/:id/events/bulk',
    { config: { access: 'editor' } },
    async function addEvents(request) {
      const user = userOf(request);
      const ctx = { actor: user.username };
      let incident = await visibleIncident(store, user, request.params.id);
      const body = parseWith(bulkEventsSchema, request.body, 'events');
      // Moments first: if they break the incident's rules, nothing is saved.
      const moments = body.moments ? { ...incident.moments, ...body.moments } : undefined;
      const patch = moments
        ? validatedPatch(incidentFieldsSchema, incident, { moments }, 'moments')
        : undefined;
      const { added, skipped } = await store.timeline.addMany(incident.id, body.events, ctx);
      // Adding events bumps the incident's version; the moments apply to the incident as it is now.
      incident = await store.incidents.get(incident.id);
      if (patch) incident = await store.incidents.update(incident.id, incident.version, patch, ctx);
      return { added, skipped, incident };
    },
  );
}
