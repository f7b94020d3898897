import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import type { Store } from '../../store/index.js';
import { sendError } from '../error-handler.js';
import { pingWithin } from '../ping-within.js';
import { processMetrics } from '../process-metrics.js';

/** /healthz (the process runs), /readyz (the database answers) and /metrics (Prometheus). */
export function operationRoutes(app: FastifyInstance, store: Store, metrics: Registry): void {
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

  // The process's metrics and this server's own (requests, incidents, actions), gathered at each scrape.
  app.get('/metrics', async function prometheus(_request, reply) {
    const registry = Registry.merge([processMetrics(), metrics]);
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
