import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actionListSchema } from '../../domain/api/index.js';
import { actionStatusSchema, type Incident } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { canSee, userOf } from '../access.js';
import { commaList } from '../comma-list.js';
import { addRoute, routeContract } from '../route-contract.js';

/** The query of GET /api/actions. */
export const actionQuerySchema = z.object({
  status: commaList.pipe(z.array(actionStatusSchema)).optional(),
  owner: z.string().trim().min(1).optional().describe('part of the owner’s name, in any case'),
  overdue: z.enum(['true', 'false']).optional(),
});

/** Today as YYYY-MM-DD in UTC, the day overdue is judged against. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const listContract = routeContract({
  method: 'GET',
  url: '/api/actions',
  summary: 'action items across the incidents you may see',
  description: '`status` is comma-separated; `overdue=true` keeps open actions past their due date (UTC).',
  tags: ['actions'],
  access: 'user',
  query: actionQuerySchema,
  responses: { 200: { description: 'the action items', schema: actionListSchema } },
});

/** GET /api/actions: action items across the incidents the caller may see. */
export function actionRoutes(app: FastifyInstance, store: Store, now: () => Date): void {
  addRoute(app, listContract, async function listActions(request) {
    const user = userOf(request);
    const query = listContract.parseQuery(request);
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
