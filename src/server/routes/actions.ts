import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actionClosure } from '../../app/index.js';
import { actionListSchema } from '../../domain/api/index.js';
import { actionStatusSchema, closureStatsSchema, type Incident, type Severity } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { canSee, userOf } from '../access.js';
import { commaList } from '../comma-list.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

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

/** The query of GET /api/actions/stats. */
export const closureQuerySchema = z.object({
  owner: z.string().trim().min(1).optional().describe('part of the owner’s name, in any case'),
  incident: z.string().trim().min(1).optional().describe('only this incident’s actions'),
});

const statsContract = routeContract({
  method: 'GET',
  url: '/api/actions/stats',
  summary: 'how well action items get closed, across the incidents you may see',
  description:
    'Done on time, late, open and dropped, overall and per incident; median and p90 days to close by priority and type; each severity’s closure target (the project’s `closureTargets`, by default SEV1 30 days, SEV2 60, SEV3 90) with the actions that missed it. Judged on today (UTC).',
  tags: ['actions'],
  access: 'user',
  query: closureQuerySchema,
  responses: { 200: { description: 'closure figures', schema: closureStatsSchema } },
});

/** GET /api/actions: action items across the incidents the caller may see. */
export function actionRoutes(
  app: FastifyInstance,
  store: Store,
  now: () => Date,
  closureTargets?: Readonly<Partial<Record<Severity, number>>>,
): void {
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

  addRoute(app, statsContract, async function actionStats(request) {
    const user = userOf(request);
    const query = statsContract.parseQuery(request);
    if (query.incident !== undefined) await visibleIncident(store, user, query.incident);
    return actionClosure(store, {
      today: utcDay(now()),
      incidentId: query.incident,
      owner: query.owner,
      canSee: (incident) => canSee(user, incident),
      targets: closureTargets,
    });
  });
}
