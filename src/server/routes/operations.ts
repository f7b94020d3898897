import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { z } from 'zod';
import type { Store } from '../../store/index.js';
import { sendError } from '../error-handler.js';
import { pingWithin } from '../ping-within.js';
import { processMetrics } from '../process-metrics.js';
import { addRoute, routeContract } from '../route-contract.js';

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
  // Counts cover every incident, restricted ones too: for whoever runs the server (an admin's token), not readers.
  access: 'admin',
  responses: { 200: { description: 'Prometheus text format 0.0.4', content: ['text/plain; version=0.0.4'] } },
});

/** /healthz (the process runs), /readyz (the database answers) and /metrics (Prometheus). */
export function operationRoutes(app: FastifyInstance, store: Store, metrics: Registry): void {
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

  // The process's metrics and this server's own (requests, incidents, actions), gathered at each scrape.
  addRoute(app, metricsContract, async function prometheus(_request, reply) {
    const registry = Registry.merge([processMetrics(), metrics]);
    return reply
      .type(registry.contentType)
      .code(200)
      .send(await registry.metrics());
  });
}
