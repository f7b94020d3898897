import type { FastifyInstance } from 'fastify';
import { incidentInsights } from '../../app/index.js';
import { hasRole, insightsSchema } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { memberKeysOf, userOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';

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

/** GET /api/insights. */
export function insightRoutes(app: FastifyInstance, store: Store): void {
  addRoute(app, insightsContract, async function insights(request) {
    const user = userOf(request);
    return incidentInsights(store, {
      visibleTo: hasRole(user.role, 'admin') ? undefined : memberKeysOf(user),
    });
  });
}
