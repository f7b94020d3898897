import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { alertEvents, alertmanagerPayloadSchema, attachDraft } from '../../app/index.js';
import { parseWith, requiredLine } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { visibleIncident } from '../visibility.js';

const querySchema = z.object({ incident: requiredLine(64) });

/**
 * POST /api/intake/alertmanager?incident=ID: an Alertmanager webhook receiver. Each alert becomes an
 * alert-fired event (and alert-resolved once it ends) on the incident; Alertmanager re-sends the same alerts on
 * every group interval, so events carry a fingerprint and a re-delivery adds nothing.
 */
export function intakeRoutes(app: FastifyInstance, store: Store): void {
  app.post(
    '/api/intake/alertmanager',
    { config: { access: 'editor' } },
    async function alertmanagerIntake(request) {
      const user = userOf(request);
      const { incident: id } = parseWith(querySchema, request.query, 'query');
      const incident = await visibleIncident(store, user, id);
      const payload = parseWith(alertmanagerPayloadSchema, request.body, 'Alertmanager payload');
      const events = alertEvents(payload, `alertmanager via ${user.username}`);
      const { added, skipped } = await attachDraft(store, incident.id, { events }, { actor: user.username });
      return { added: added.length, skipped };
    },
  );
}
