import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actionStatusSchema, type Incident, parseWith } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { canSee, userOf } from '../access.js';
import { commaList } from '../comma-list.js';

/** The query of GET /api/actions. */
export const actionQuerySchema = z.object({
  status: commaList.pipe(z.array(actionStatusSchema)).optional(),
  owner: z.string().trim().min(1).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

/** Today as YYYY-MM-DD in UTC, the day overdue is judged against. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** GET /api/actions: action items across the incidents the caller may see. */
export function actionRoutes(app: FastifyInstance, store: Store, now: () => Date): void {
  app.get('/api/actions', async function listActions(request) {
    const user = userOf(request);
    const query = parseWith(actionQuerySchema, request.query, 'query');
    const actions = await store.actions.search({
      status: query.status,
      owner: query.owner,
      overdueOn: query.overdue === 'true' ? utcDay(now()) : undefined,
    });
    const incidents = new Map<string, Incident | undefined>();
    const visible = [];
    for (const action of actions) {
      if (!incidents.has(action.incidentId)) {
        incidents.set(action.incidentId, await store.incidents.find(action.incidentId));
      }
      const incident = incidents.get(action.incidentId);
      if (incident && canSee(user, incident)) visible.push(action);
    }
    return { actions: visible };
  });
}
