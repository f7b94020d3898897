import type { FastifyInstance } from 'fastify';
import { incidentStatuses } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { sendError } from '../error-handler.js';
import { pingWithin } from '../ping-within.js';
import type { RequestMetrics } from '../request-metrics.js';
import { utcDay } from './actions.js';

/** /healthz (the process runs), /readyz (the database answers) and /metrics (Prometheus). */
export function operationRoutes(
  app: FastifyInstance,
  store: Store,
  metrics: RequestMetrics,
  now: () => Date,
): void {
  app.get('/healthz', { config: { access: 'public' } }, async function healthz() {
    return { status: 'ok' };
  });

  app.get('/readyz', { config: { access: 'public' } }, async function readyz(request, reply) {
    try {
      await pingWithin(store, 2_000);
      return { status: 'ready', database: store.dialect };
    } catch (error) {
      request.log.warn({ err: error }, 'not ready');
      return sendError(reply, 'unavailable', 'the database is not answering; retrying');
    }
  });

  app.get('/metrics', async function prometheus(_request, reply) {
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
      .send(`${metrics.render()}${lines.join('\n')}\n`);
  });
}
