import type { FastifyInstance } from 'fastify';
import { type RecordOf, recordKinds, recordSpecs } from '../../app/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { addRoute } from '../route-contract.js';
import { visibleRecordIncident } from '../visibility.js';
import { recordContracts } from './children.js';

/** GET /api/{events,factors,actions,reviews}/:recordId: one child record, to read its version before a change. */
export function recordRoutes(app: FastifyInstance, store: Store): void {
  for (const kind of recordKinds) {
    const { what, repo } = recordSpecs[kind];
    const records = repo(store);
    addRoute(app, recordContracts(kind).get, async function getRecord(request) {
      // The kind's own stored record: the spec's repository is typed loosely, for every kind at once.
      const record = (await records.get(request.params.recordId)) as RecordOf[typeof kind];
      // A record of a restricted incident the caller may not see is simply not found, so nothing leaks.
      await visibleRecordIncident(store, userOf(request), record.incidentId, {
        what,
        id: request.params.recordId,
      });
      return record;
    });
  }
}
