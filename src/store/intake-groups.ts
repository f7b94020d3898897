import type { StoreDatabase } from './store-database.js';

/** A group's row: its incident once opened, and who is opening it. */
export interface IntakeGroup {
  incidentId: string | undefined;
  claimedBy: string;
  claimedAt: string;
}

/**
 * The intake-groups port: which incident an alert group's deliveries land on. The first delivery of a group claims
 * it and opens the incident; deliveries meanwhile (a repeat, another server behind the load balancer) see the claim
 * and wait, so a group opens one incident however its deliveries race.
 */
export interface IntakeGroups {
  /** The group's row, claiming it for `holder` at `now` when it has none. */
  take(source: string, key: string, holder: string, now: string): Promise<IntakeGroup>;
  /** Takes over a claim left by `staleHolder` (it never opened the incident); answers whether it did. */
  steal(source: string, key: string, staleHolder: string, holder: string, now: string): Promise<boolean>;
  /** Records the incident `holder` opened for the group (also when the group's earlier incident was deleted). */
  bind(source: string, key: string, holder: string, incidentId: string): Promise<void>;
}

/** The intake-groups port on the store's database (SQLite or PostgreSQL). */
export function kyselyIntakeGroups(db: Pick<StoreDatabase, 'write'>): IntakeGroups {
  return {
    async take(source, key, holder, now) {
      return db.write(async (tx) => {
        await tx
          .insertInto('intake_groups')
          .values({ source, group_key: key, incident_id: null, claimed_by: holder, claimed_at: now })
          .onConflict((oc) => oc.columns(['source', 'group_key']).doNothing())
          .execute();
        const row = await tx
          .selectFrom('intake_groups')
          .selectAll()
          .where('source', '=', source)
          .where('group_key', '=', key)
          .executeTakeFirstOrThrow();
        return {
          incidentId: row.incident_id ?? undefined,
          claimedBy: row.claimed_by,
          claimedAt: row.claimed_at,
        };
      });
    },
    async steal(source, key, staleHolder, holder, now) {
      const result = await db.write((tx) =>
        tx
          .updateTable('intake_groups')
          .set({ claimed_by: holder, claimed_at: now })
          .where('source', '=', source)
          .where('group_key', '=', key)
          .where('claimed_by', '=', staleHolder)
          .where('incident_id', 'is', null)
          .executeTakeFirst(),
      );
      return Number(result.numUpdatedRows) === 1;
    },
    async bind(source, key, holder, incidentId) {
      await db.write((tx) =>
        tx
          .updateTable('intake_groups')
          .set({ incident_id: incidentId, claimed_by: holder })
          .where('source', '=', source)
          .where('group_key', '=', key)
          .execute(),
      );
    },
  };
}
