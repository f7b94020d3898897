import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { ActionFields, ActionInput } from '../domain/index.js';
import { childRepository } from './child-repository.js';
import { type ChildDb, toChild } from './child-rows.js';
import { actionSpec } from './child-specs.js';
import type { ActionFilter, ActionRepository } from './store.js';
import type { StoreDatabase } from './store-database.js';

type ChildTables = ChildDb extends Kysely<infer Tables> ? Tables : never;

function filtered<Selection>(
  query: SelectQueryBuilder<ChildTables, 'actions', Selection>,
  filter: ActionFilter,
): SelectQueryBuilder<ChildTables, 'actions', Selection> {
  let result = query;
  if (filter.incidentId !== undefined) result = result.where('incident_id', '=', filter.incidentId);
  if (filter.status && filter.status.length > 0) result = result.where('status', 'in', filter.status);
  if (filter.owner !== undefined) result = result.where('owner', '=', filter.owner);
  if (filter.overdueOn !== undefined) {
    result = result
      .where('status', 'in', ['open', 'in-progress'])
      .where('due_date', 'is not', null)
      .where('due_date', '<', filter.overdueOn);
  }
  return result;
}

/** Action items, with a search across incidents for owners and overdue lists. */
export function actionRepository(db: StoreDatabase): ActionRepository {
  const base = childRepository<ActionFields, ActionInput>(db, actionSpec);
  return {
    ...base,
    search(filter) {
      return db.read(async (k) => {
        const query = filtered((k as unknown as ChildDb).selectFrom('actions').selectAll(), filter);
        const rows = await query
          .orderBy(sql`case when due_date is null then 1 else 0 end`)
          .orderBy('due_date')
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        return rows.map((row) => toChild<ActionFields>(row));
      });
    },
    count(filter) {
      return db.read(async (k) => {
        const query = filtered(
          (k as unknown as ChildDb).selectFrom('actions').select(sql<number | string>`count(*)`.as('n')),
          filter,
        );
        const row = await query.executeTakeFirst();
        return Number(row?.n ?? 0);
      });
    },
  };
}
