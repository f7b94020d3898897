import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attachDraft } from '../../app/index.js';
import { lineText, momentsSchema, parseWith, timelineEventFieldsSchema } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { visibleIncident } from '../visibility.js';

/** The accepted part of an evidence draft: events (with fingerprints, so a re-import adds nothing) and moments. */
export const bulkEventsSchema = z.object({
  events: z.array(timelineEventFieldsSchema.extend({ fingerprint: lineText(200).optional() })).max(50_000),
  // The domain's moments without their order check: that runs once they are merged with the stored ones.
  moments: z.object(momentsSchema.shape).optional(),
  /** `replace` (default): each moment was chosen by a person; `fill`: only moments the incident lacks are set. */
  policy: z.enum(['fill', 'replace']).default('replace'),
  /** The incident version the moments were planned from: a newer one is a conflict. */
  version: z.number().int().positive().optional(),
});

/**
 * POST /api/incidents/:id/events/bulk: saves the accepted draft events and moments in one transaction. By
 * default the moments were each chosen by a person reviewing the draft, so they replace the stored ones; one that
 * would break the moments' order is left out and listed in `leftOut`.
 */
export function bulkEventRoutes(app: FastifyInstance, store: Store): void {
  app.post<{ Params: { id: string } }>(
    '/api/incidents/:id/events/bulk',
    { config: { access: 'editor' } },
    async function addEvents(request) {
      const user = userOf(request);
      const incident = await visibleIncident(store, user, request.params.id);
      const body = parseWith(bulkEventsSchema, request.body, 'events');
      const {
        added,
        skipped,
        set,
        leftOut,
        incident: updated,
      } = await attachDraft(
        store,
        incident.id,
        { events: body.events, moments: body.moments },
        { actor: user.username },
        { policy: body.policy, version: body.version },
      );
      return { added, skipped, set, leftOut, incident: updated };
    },
  );
}
