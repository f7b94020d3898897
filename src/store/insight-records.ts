import { type Kysely, sql } from 'kysely';
import { type InsightRecords, signatureTemplateOf } from '../domain/index.js';
import type { Database } from './schema.js';
import type { InsightQuery } from './store.js';
import type { StoreDatabase } from './store-database.js';
import { visibility } from './visibility-sql.js';

type MarkKind = 'signature' | 'alert';

/**
 * The names to report: with `incidentId`, every name that incident has; otherwise the `limit` names seen in the most
 * incidents the reader may see (ties by name as insights order them), each seen in two or more.
 */
async function chosenNames(
  k: Kysely<Database>,
  query: InsightQuery,
): Promise<Array<{ kind: MarkKind; name: string }>> {
  if (query.incidentId !== undefined) {
    const { rows } = await sql<{ kind: MarkKind; name: string }>`
      select kind, name from incident_marks where incident_id = ${query.incidentId}`.execute(k);
    return rows;
  }
  const { rows } = await sql<{ kind: MarkKind; name: string; incidents: number | string }>`
    select m.kind, m.name, count(*) as incidents
    from incident_marks m join incidents i on i.id = m.incident_id
    where ${visibility(query.visibleTo)} and trim(m.name) <> ''
    group by m.kind, m.name
    having count(*) > 1`.execute(k);
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  const byKind = (kind: MarkKind) =>
    rows
      .filter((row) => row.kind === kind)
      .sort((a, b) => Number(b.incidents) - Number(a.incidents) || a.name.localeCompare(b.name))
      .slice(0, limit);
  return [...byKind('signature'), ...byKind('alert')];
}

/** The incidents the reader may see that have each of `names`. */
async function incidentsWith(
  k: Kysely<Database>,
  names: ReadonlyArray<{ kind: MarkKind; name: string }>,
  visibleTo: readonly string[] | undefined,
): Promise<Array<{ kind: MarkKind; name: string; incident_id: string }>> {
  const found: Array<{ kind: MarkKind; name: string; incident_id: string }> = [];
  // In slices, so a statement never carries more parameters than a database takes.
  for (let start = 0; start < names.length; start += 200) {
    const slice = names.slice(start, start + 200);
    const wanted = sql.join(
      slice.map(({ kind, name }) => sql`(m.kind = ${kind} and m.name = ${name})`),
      sql` or `,
    );
    const { rows } = await sql<{ kind: MarkKind; name: string; incident_id: string }>`
      select m.kind, m.name, m.incident_id
      from incident_marks m join incidents i on i.id = m.incident_id
      where (${wanted}) and ${visibility(visibleTo)}`.execute(k);
    found.push(...rows);
  }
  return found;
}

/**
 * The template text of each signature (`s7fd310a4` says nothing to a reader), read from one event that carries it
 * in the first incident that has it: a few rows through the events' incident index, not a scan of every event.
 */
async function signatureLabels(
  k: Kysely<Database>,
  marks: ReadonlyArray<{ kind: MarkKind; name: string; incident_id: string }>,
  postgres: boolean,
): Promise<Map<string, string>> {
  const field = (name: string) =>
    postgres ? sql.raw(`(data::jsonb ->> '${name}')`) : sql.raw(`json_extract(data, '$.${name}')`);
  // Each signature is read from the first incident that has it; one query per such incident, not per signature
  // (an incident's own view asks for every signature it has).
  const byIncident = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const mark of marks) {
    if (mark.kind !== 'signature' || seen.has(mark.name)) continue;
    seen.add(mark.name);
    byIncident.set(mark.incident_id, (byIncident.get(mark.incident_id) ?? new Set()).add(mark.name));
  }
  const labels = new Map<string, string>();
  for (const [incidentId, wanted] of byIncident) {
    // In slices, so a statement never carries more parameters than a database takes.
    const names = [...wanted];
    for (let start = 0; start < names.length; start += 200) {
      const slice = names.slice(start, start + 200);
      const { rows } = await sql<{ signature: string; summary: string | null }>`
        select ${field('signature')} as signature, ${field('summary')} as summary from events
        where incident_id = ${incidentId} and ${field('signature')} in (${sql.join(slice)})
        order by seq`.execute(k);
      for (const row of rows)
        if (row.summary && !labels.has(row.signature))
          labels.set(row.signature, signatureTemplateOf(row.summary));
    }
  }
  return labels;
}

/**
 * What insights need from the records of every incident: each factor's category, and the log signatures and fired
 * alerts worth reporting with the incidents that had them, read from incident_marks (kept by triggers on events)
 * rather than from the events themselves.
 */
export function insightRecords(db: StoreDatabase): (query?: InsightQuery) => Promise<InsightRecords> {
  const postgres = db.dialect === 'postgres';
  const category = postgres
    ? sql.raw(`(data::jsonb ->> 'category')`)
    : sql.raw(`json_extract(data, '$.category')`);
  return (query = {}) =>
    db.snapshot(async (k) => {
      const factors = await sql<{ incident_id: string; category: string | null }>`
        select incident_id, ${category} as category from factors`.execute(k);
      const marks = await incidentsWith(k, await chosenNames(k, query), query.visibleTo);
      const labels = await signatureLabels(k, marks, postgres);
      return {
        factors: factors.rows.map((row) => ({
          incidentId: row.incident_id,
          category: row.category ?? 'other',
        })),
        signatures: marks
          .filter((mark) => mark.kind === 'signature')
          .map((mark) => ({
            incidentId: mark.incident_id,
            signature: mark.name,
            label: labels.get(mark.name),
          })),
        alerts: marks
          .filter((mark) => mark.kind === 'alert')
          .map((mark) => ({ incidentId: mark.incident_id, name: mark.name })),
      };
    });
}
