import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { alertEvents, alertmanagerPayloadSchema, attachDraft } from '../../app/index.js';
import { intakeResultSchema } from '../../domain/api/index.js';
import { requiredLine } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

const querySchema = z.object({ incident: requiredLine(64) });

const alertmanagerContract = routeContract({
  method: 'POST',
  url: '/api/intake/alertmanager',
  summary: 'Alertmanager webhook: alerts become timeline events; a re-delivery adds nothing',
  tags: ['intake'],
  access: 'editor',
  query: querySchema,
  body: { schema: alertmanagerPayloadSchema, what: 'Alertmanager payload' },
  responses: { 200: { description: 'how many events were added and skipped', schema: intakeResultSchema } },
});

/**
 * POST /api/intake/alertmanager?incident=ID: an Alertmanager webhook receiver. Each alert becomes an
 * alert-fired event (and alert-resolved once it ends) on the incident; Alertmanager re-sends the same alerts on
 * every group interval, so events carry a fingerprint and a re-delivery adds nothing.
 */
export function intakeRoutes(app: FastifyInstance, store: Store): void {
  addRoute(app, alertmanagerContract, async function alertmanagerIntake(request) {
    const user = userOf(request);
    const { incident: id } = alertmanagerContract.parseQuery(request);
    const incident = await visibleIncident(store, user, id);
    const payload = alertmanagerContract.parseBody(request);
    const events = alertEvents(payload, `alertmanager via ${user.username}`);
    const { added, skipped } = await attachDraft(store, incident.id, { events }, { actor: user.username });
    return { added: added.length, skipped };
  });
}
