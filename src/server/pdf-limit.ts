import type { FastifyInstance } from 'fastify';
import { sendError } from './error-handler.js';

/** PDFs one caller may have printing or waiting at once; the printer's queue is shared by everyone. */
export const pdfsPerUser = 2;

/** Seconds a caller over the limit is told to wait: about one print. */
const retryAfterSeconds = 5;

const reportRoute = '/api/incidents/:id/report';

/**
 * Holds each caller to `perUser` PDF reports in flight, so one person (or one script with their token) cannot fill
 * the shared printer's queue and lock everyone else out: the next is refused with 429 and Retry-After. A request
 * counts until its answer is sent or its client leaves.
 */
export function installPdfLimit(app: FastifyInstance, perUser = pdfsPerUser): void {
  const inFlight = new Map<string, number>();
  app.addHook('preHandler', function limitPdfs(request, reply, done) {
    const query = request.query as { format?: unknown } | undefined;
    const user = request.user;
    if (request.routeOptions.url !== reportRoute || query?.format !== 'pdf' || !user) return done();
    const count = inFlight.get(user.id) ?? 0;
    if (count >= perUser) {
      reply.header('retry-after', String(retryAfterSeconds));
      sendError(
        reply,
        'rate_limited',
        `you have ${count} PDFs printing already, the most one person may; try again when one is done`,
      );
      return;
    }
    inFlight.set(user.id, count + 1);
    reply.raw.once('close', () => {
      const left = (inFlight.get(user.id) ?? 1) - 1;
      if (left <= 0) inFlight.delete(user.id);
      else inFlight.set(user.id, left);
    });
    done();
  });
}
