import { sql } from 'kysely';
import { alertNameOf, type InsightRecords } from '../domain/index.js';
import type { StoreDatabase } from './store-database.js';

interface EventRow {
  incident_id: string;
  kind: string | null;
  signature: string | null;
  summary: string | null;
}

/**
 * What insights need from the records of every incident, in three queries rather than a document per incident:
 * each factor's category, and each incident's distinct log signatures and fired alerts (not every event).
 */
export function insightRecords(db: StoreDatabase): () => Promise<InsightRecords> {
  const postgres = db.dialect === 'postgres';
  const field = (name: string) =>
    postgres ? sql.raw(`(data::jsonb ->> '${name}')`) : sql.raw(`json_extract(data, '$.${name}')`);
  return () =>
    db.snapshot(async (k) => {
      const factors = await sql<{ incident_id: string; category: string | null }>`
        select incident_id, ${field('category')} as category from factors`.execute(k);
      const events = await sql<EventRow>`
        select distinct incident_id, ${field('kind')} as kind, ${field('signature')} as signature,
          case when ${field('kind')} = 'alert-fired' then ${field('summary')} end as summary
        from events
        where ${field('signature')} is not null or ${field('kind')} = 'alert-fired'`.execute(k);
      const records: InsightRecords = {
        factors: factors.rows.map((row) => ({
          incidentId: row.incident_id,
          category: row.category ?? 'other',
        })),
        signatures: [],
        alerts: [],
      };
      const signatures: Array<{ incidentId: string; signature: string }> = [];
      const alerts: Array<{ incidentId: string; name: string }> = [];
      for (const row of events.rows) {
        if (row.kind === 'alert-fired') {
          const name = alertNameOf(row.summary ?? '');
          if (name) alerts.push({ incidentId: row.incident_id, name });
        } else if (row.signature) signatures.push({ incidentId: row.incident_id, signature: row.signature });
      }
      return { ...records, signatures, alerts };
    });
}
