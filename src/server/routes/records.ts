import type { FastifyInstance } from 'fastify';
import { notFound } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { canSee, userOf } from '../access.js';

interface RecordRepo {
  get(id: string): Promise<{ incidentId: string }>;
}

/** GET /api/{events,factors,actions,reviews}/:recordId: one child record, to read its version before a change. */
export function recordRoutes(app: FastifyInstance, store: Store): void {
  const kinds: Array<[string, string, RecordRepo]> = [
    ['events', 'timeline event', store.timeline],
    ['factors', 'factor', store.factors],
    ['actions', 'action', store.actions],
    ['reviews', 'review', store.reviews],
  ];
  for (const [segment, what, repo] of kinds) {
    app.get<{ Params: { recordId: string } }>(`/api/${segment}/:recordId`, async function getRecord(request) {
      const record = await repo.get(request.params.recordId);
      const incident = await store.incidents.find(record.incidentId);
      // A record of a restricted incident the caller may not see is simply not found, so nothing leaks.
      if (!incident || !canSee(userOf(request), incident)) throw notFound(what, request.params.recordId);
      return record;
    });
  }
}
