import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { z } from 'zod';
import { type IdKind, type IncidentFields, invalidInput, newId } from '../domain/index.js';
import { type AuditRecord, writeAudit } from './kysely-audit-log.js';
import { chunks } from './record-helpers.js';
import type { ChildColumns, ChildTable, Database } from './schema.js';
import type { RecordMeta, WriteContext } from './store.js';

/** A child row with the extra columns some child tables have. */
export interface ChildRow extends ChildColumns {
  at?: string | null | undefined;
  fingerprint?: string | null | undefined;
  status?: string | undefined;
  owner?: string | undefined;
  due_date?: string | null | undefined;
  factor_id?: string | null | undefined;
}

/** A view of the database where every child table has the ChildRow shape, for code shared by all four. */
export type ChildDb = Kysely<Record<ChildTable, ChildRow>>;

/** What differs between timeline events, factors, actions and reviews. */
export interface ChildSpec<Fields extends object> {
  table: ChildTable;
  entity: 'event' | 'factor' | 'action' | 'review';
  idKind: IdKind;
  /** How messages name the record: `timeline event`, `action`. */
  label: string;
  schema: z.ZodType<Fields>;
  /** Events list by time (unknown last), the others in insertion order. */
  order: 'time' | 'seq';
  /** Extra filter and order columns derived from the fields. */
  columns?(fields: Fields): Partial<ChildRow>;
  /** The fields to store after a change from `before` (undefined when new) on `today`: derived fields kept right. */
  settle?(before: Fields | undefined, fields: Fields, today: string): Fields;
  /** Cross-record rules (due date against the incident, factor of the same incident). */
  check?(tx: Kysely<Database>, incident: IncidentFields, incidentId: string, fields: Fields): Promise<void>;
  /** Refuses a delete that would leave other records pointing at this one. */
  beforeDelete?(tx: Kysely<Database>, id: string): Promise<void>;
}

export type Stored<Fields> = Fields & RecordMeta & { id: string; incidentId: string };

/** Rebuilds a stored child record from its row. */
export function toChild<Fields>(row: ChildRow): Stored<Fields> {
  const fields = JSON.parse(row.data) as Fields;
  const record = {
    id: row.id,
    ...fields,
    incidentId: row.incident_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } as Stored<Fields> & { fingerprint?: string };
  if (typeof row.fingerprint === 'string') record.fingerprint = row.fingerprint;
  return record;
}

/** Orders a query of children the way the spec lists them. */
export function orderChildren<Q extends { orderBy: (...args: never[]) => Q }>(
  query: Q,
  order: 'time' | 'seq',
): Q {
  const q = query as unknown as {
    orderBy(expression: unknown, direction?: 'asc' | 'desc'): typeof q;
  };
  const ordered =
    order === 'time'
      ? q.orderBy(sql`case when at is null then 1 else 0 end`).orderBy('at').orderBy('seq').orderBy('id')
      : q.orderBy('seq').orderBy('id');
  return ordered as unknown as Q;
}

/** One child to insert, already parsed. */
export interface NewChild<Fields> {
  id: string;
  fields: Fields;
  fingerprint?: string | undefined;
  seq: number;
  createdAt?: string | undefined;
  updatedAt?: string | undefined;
}

/** Inserts parsed children of one incident in batches, and audits each as created. */
export async function insertChildren<Fields extends object>(
  tx: Kysely<Database>,
  spec: ChildSpec<Fields>,
  incidentId: string,
  children: ReadonlyArray<NewChild<Fields>>,
  ctx: WriteContext,
  now: string,
  audit = true,
): Promise<void> {
  const rows = children.map(
    (child): ChildRow => ({
      id: child.id,
      incident_id: incidentId,
      seq: child.seq,
      version: 1,
      created_at: child.createdAt ?? now,
      updated_at: child.updatedAt ?? now,
      data: JSON.stringify(child.fields),
      ...spec.columns?.(child.fields),
      ...(spec.table === 'events' ? { fingerprint: child.fingerprint ?? null } : {}),
    }),
  );
  // Every row of one table has the same columns, so 50 rows stay under the parameter limits.
  for (const batch of chunks(rows, 50)) {
    await (tx as unknown as ChildDb).insertInto(spec.table).values(batch).execute();
  }
  if (!audit) return;
  const entries = children.map(
    (child): AuditRecord => ({
      at: now,
      actor: ctx.actor,
      action: 'create',
      entity: spec.entity,
      entityId: child.id,
      incidentId,
      changes: child.fields,
    }),
  );
  await writeAudit(tx, entries);
}

/** The next position in an incident's list of children. */
export async function nextSeq(tx: Kysely<Database>, table: ChildTable, incidentId: string): Promise<number> {
  const row = await (tx as unknown as ChildDb)
    .selectFrom(table)
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** Throws invalid_input if a child id is taken (by this incident or another). */
export async function requireFreeId(
  tx: Kysely<Database>,
  spec: ChildSpec<object>,
  id: string,
): Promise<void> {
  const taken = await (tx as unknown as ChildDb)
    .selectFrom(spec.table)
    .select('incident_id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (taken) {
    throw invalidInput(
      `a ${spec.label} with id ${JSON.stringify(id)} already exists (incident ${taken.incident_id})`,
    );
  }
}

/**
 * `count` new random ids of a kind that no row of the table has and that differ from each other. Ids are 40 random
 * bits, so among a million events two may meet; the few that do are drawn again rather than failing an import.
 */
export async function unusedIds(
  tx: Kysely<Database>,
  table: ChildTable,
  kind: IdKind,
  count: number,
  draw: () => string = () => newId(kind),
): Promise<string[]> {
  const ids: string[] = Array.from({ length: count }, draw);
  let suspects = ids.map((_, index) => index);
  while (suspects.length > 0) {
    const taken = new Set<string>();
    for (const batch of chunks(
      suspects.map((index) => ids[index] as string),
      500,
    )) {
      const rows = await (tx as unknown as ChildDb)
        .selectFrom(table)
        .select('id')
        .where('id', 'in', batch)
        .execute();
      for (const row of rows) taken.add(row.id);
    }
    // Taken holds only ids that were asked about (the suspects'), so `taken.has` needs no index check.
    const seen = new Set<string>();
    const again: number[] = [];
    ids.forEach((id, index) => {
      if (seen.has(id) || taken.has(id)) again.push(index);
      seen.add(id);
    });
    for (const index of again) ids[index] = draw();
    suspects = again;
  }
  return ids;
}
