import { sql } from 'kysely';
import type { ActionFields, ActionInput } from '../domain/index.js';
import { childRepository } from './child-repository.js';
import { type ChildDb, toChild } from './child-rows.js';
import { actionSpec } from './child-specs.js';
import type { ActionRepository } from './store.js';
import type { StoreDatabase } from './store-database.js';

/** Action items, with a search across incidents for owners and overdue lists. */
export function actionRepository(db: StoreDatabase): ActionRepository {
  const base = childRepository<ActionFields, ActionInput>(db, actionSpec);
  return {
    ...base,
    search(filter) {
      return db.read(async (k) => {
        let query = (k as unknown as ChildDb).selectFrom('actions').selectAll();
        if (filter.incidentId !== undefined) query = query.where('incident_id', '=', filter.incidentId);
        if (filter.status && filter.status.length > 0) query = query.where('status', 'in', filter.status);
        if (filter.owner !== undefined) query = query.where('owner', '=', filter.owner);
        if (filter.overdueOn !== undefined) {
          query = query
            .where('status', 'in', ['open', 'in-progress'])
            .where('due_date', 'is not', null)
            .where('due_date', '<', filter.overdueOn);
        }
        const rows = await query
          .orderBy(sql`case when due_date is null then 1 else 0 end`)
          .orderBy('due_date')
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        return rows.map((row) => toChild<ActionFields>(row));
      });
    },
  };
}
