import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { type ActionFields, type ActionInput, ownerKey } from '../domain/index.js';
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
  if (filter.overdueOn !== undefined) {
    result = result
      .where('status', 'in', ['open', 'in-progress'])
      .where('due_date', 'is not', null)
      .where('due_date', '<', filter.overdueOn);
  }
  return result;
}

/**
 * Whether an owner matches what was asked: part of the name, in any case and any script ("priya" finds "Priya
 * Raghunathan", "özlem" finds "Özlem Kaya", "@Dana Kim" finds "Dana Kim"). Compared here rather than in SQL, whose lower() is ASCII-only on SQLite.
 */
function ownerMatches(owner: string, asked: string): boolean {
  return ownerKey(owner).includes(ownerKey(asked));
}

/** Action items, with a search across incidents for owners and overdue lists. */
export function actionRepository(db: StoreDatabase): ActionRepository {
  const base = childRepository<ActionFields, ActionInput>(db, actionSpec);
  const search: ActionRepository['search'] = (filter) =>
    db.read(async (k) => {
      const query = filtered((k as unknown as ChildDb).selectFrom('actions').selectAll(), filter);
      const rows = await query
        .orderBy(sql`case when due_date is null then 1 else 0 end`)
        .orderBy('due_date')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const actions = rows.map((row) => toChild<ActionFields>(row));
      const { owner } = filter;
      return owner === undefined ? actions : actions.filter((action) => ownerMatches(action.owner, owner));
    });
  return {
    ...base,
    search,
    async count(filter) {
      if (filter.owner !== undefined) return (await search(filter)).length;
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
