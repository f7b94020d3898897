import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { incidentInsights, seenElsewhere } from '../../app/index.js';
import { insightsSchema, seenElsewhereSchema } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { userOf, visibleToOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

const insightsContract = routeContract({
  method: 'GET',
  url: '/api/insights',
  summary: 'insights across the incidents you may see',
  description:
    'Incidents per month by severity and service, MTTD/MTTA/MTTM/MTTR medians and p90, contributing-factor categories per month, and the services, log signatures and alerts seen in more than one incident.',
  tags: ['insights'],
  access: 'user',
  responses: { 200: { description: 'the insights', schema: insightsSchema } },
});

const seenContract = routeContract({
  method: 'GET',
  url: '/api/incidents/:id/seen-elsewhere',
  summary:
    'the services, log signatures and alerts of this incident that other incidents you may see also had',
  tags: ['insights'],
  access: 'user',
  params: z.object({ id: z.string() }),
  responses: { 200: { description: 'each with the other incidents', schema: seenElsewhereSchema } },
});

/** GET /api/insights and GET /api/incidents/:id/seen-elsewhere. */
export function insightRoutes(app: FastifyInstance, store: Store): void {
  addRoute(app, insightsContract, async function insights(request) {
    return incidentInsights(store, { visibleTo: visibleToOf(userOf(request)) });
  });
  addRoute(app, seenContract, async function seen(request) {
    const user = userOf(request);
    const incident = await visibleIncident(store, user, seenContract.parseParams(request).id);
    return seenElsewhere(store, incident.id, { visibleTo: visibleToOf(user) });
  });
}
