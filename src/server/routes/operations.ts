import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { incidentStatuses } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { sendError } from '../error-handler.js';
import { pingWithin } from '../ping-within.js';
import type { RequestMetrics } from '../request-metrics.js';
import { addRoute, routeContract } from '../route-contract.js';
import { utcDay } from './actions.js';

const healthContract = routeContract({
  method: 'GET',
  url: '/healthz',
  summary: 'the process is up',
  tags: ['operations'],
  access: 'public',
  responses: { 200: { description: 'up', schema: z.object({ status: z.literal('ok') }) } },
});

const readyContract = routeContract({
  method: 'GET',
  url: '/readyz',
  summary: 'the database answers; 503 with Retry-After when not',
  tags: ['operations'],
  access: 'public',
  responses: {
    200: {
      description: 'ready, and on which database',
      schema: z.object({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) }),
    },
    503: { description: 'the database is not answering; retry after the Retry-After seconds' },
  },
});

const metricsContract = routeContract({
  method: 'GET',
  url: '/metrics',
  summary: 'Prometheus metrics: requests by route and status, incidents by status, open and overdue actions',
  tags: ['operations'],
  access: 'user',
  responses: { 200: { description: 'Prometheus text format 0.0.4', content: ['text/plain; version=0.0.4'] } },
});

/** /healthz (the process runs), /readyz (the database answers) and /metrics (Prometheus). */
export function operationRoutes(
  app: FastifyInstance,
  store: Store,
  metrics: RequestMetrics,
  now: () => Date,
): void {
  addRoute(app, healthContract, async function healthz() {
    return { status: 'ok' as const };
  });

  addRoute(app, readyContract, async function readyz(request, reply) {
    try {
      await pingWithin(store, 2_000);
      return { status: 'ready' as const, database: store.dialect };
    } catch (error) {
      request.log.warn({ err: error }, 'not ready');
      return sendError(reply, 'unavailable', 'the database is not answering; retrying');
    }
  });

  addRoute(app, metricsContract, async function prometheus(_request, reply) {
    const byStatus = await Promise.all(
      incidentStatuses.map(
        async (status) => [status, await store.incidents.count({ status: [status] })] as const,
      ),
    );
    const open = await store.actions.count({ status: ['open', 'in-progress'] });
    const overdue = await store.actions.count({ overdueOn: utcDay(now()) });
    const lines = [
      '# HELP debrief_incidents Incidents by status.',
      '# TYPE debrief_incidents gauge',
      ...byStatus.map(([status, count]) => `debrief_incidents{status="${status}"} ${count}`),
      '# HELP debrief_actions_open Action items open or in progress.',
      '# TYPE debrief_actions_open gauge',
      `debrief_actions_open ${open}`,
      '# HELP debrief_actions_overdue Open action items past their due date.',
      '# TYPE debrief_actions_overdue gauge',
      `debrief_actions_overdue ${overdue}`,
    ];
    return reply
      .type('text/plain; version=0.0.4; charset=utf-8')
      .code(200)
      .send(`${metrics.render()}${lines.join('\n')}\n`);
  });
}
