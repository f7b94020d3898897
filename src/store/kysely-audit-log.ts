import type { Kysely } from 'kysely';
import type { AuditEntry, AuditLog } from './audit-log.js';
import { noteChanges } from './change-tracking.js';
import { nowIso } from './record-helpers.js';
import type { Database } from './schema.js';
import type { StoreDatabase } from './store-database.js';

/** One audit entry to write, inside the transaction that makes the change. */
export interface AuditRecord {
  at: string;
  actor: string;
  action: AuditEntry['action'];
  entity: AuditEntry['entity'];
  entityId: string;
  incidentId: string | null;
  changes: unknown;
}

/**
 * Appends entries to the audit log (in the caller's transaction, so a rolled back change leaves no entry), and
 * notes the incidents' changes for the live feed, which hears them once the transaction commits. `announce:
 * false` is for history being copied (a restore), which is not news.
 */
export async function writeAudit(
  tx: Kysely<Database>,
  records: readonly AuditRecord[],
  options: { announce?: boolean } = {},
): Promise<void> {
  if (options.announce !== false) {
    noteChanges(
      tx,
      records.flatMap(({ incidentId, entity, entityId, action, actor, at }) =>
        incidentId === null ? [] : [{ incidentId, entity, entityId, action, actor, at }],
      ),
    );
  }
  // 100 rows of 7 parameters stays far below SQLite's and PostgreSQL's parameter limits.
  for (let i = 0; i < records.length; i += 100) {
    await tx
      .insertInto('audit_log')
      .values(
        records.slice(i, i + 100).map((record) => ({
          at: record.at,
          actor: record.actor,
          action: record.action,
          entity: record.entity,
          entity_id: record.entityId,
          incident_id: record.incidentId,
          changes: JSON.stringify(record.changes ?? null),
        })),
      )
      .execute();
  }
}

/** The audit log port on the store's database. */
export function kyselyAuditLog(db: Pick<StoreDatabase, 'read' | 'write'>): AuditLog {
  return {
    async record(entry) {
      // Not news for live pages: nothing in the incident changed.
      await db.write((tx) => writeAudit(tx, [{ ...entry, at: nowIso() }], { announce: false }));
    },
    list(filter = {}) {
      return db.read(async (k) => {
        let query = k.selectFrom('audit_log').selectAll().orderBy('id', 'desc');
        if (filter.incidentId !== undefined) query = query.where('incident_id', '=', filter.incidentId);
        if (filter.limit !== undefined) query = query.limit(filter.limit);
        const rows = await query.execute();
        return rows.map(
          (row): AuditEntry => ({
            id: Number(row.id),
            at: row.at,
            actor: row.actor,
            action: row.action as AuditEntry['action'],
            entity: row.entity,
            entityId: row.entity_id,
            incidentId: row.incident_id,
            changes: JSON.parse(row.changes),
          }),
        );
      });
    },
  };
}
