import type { Kysely, Selectable } from 'kysely';
import { type IncidentFields, invalidInput, notFound, parseWith, requiredLine } from '../domain/index.js';
import {
  type ChildDb,
  type ChildRow,
  type ChildSpec,
  insertChildren,
  nextSeq,
  orderChildren,
  requireFreeId,
  type Stored,
  toChild,
  unusedIds,
} from './child-rows.js';
import { bumpIncident, requireIncidentRow } from './incident-rows.js';
import { writeAudit } from './kysely-audit-log.js';
import { applyPatch, changedFields, nowIso, requireVersion } from './record-helpers.js';
import type { Database } from './schema.js';
import type { ChildRepository } from './store.js';
import type { StoreDatabase } from './store-database.js';

const idSchema = requiredLine(64);

/** A repository for one kind of child record, built from its spec. */
export function childRepository<Fields extends object, Input>(
  db: StoreDatabase,
  spec: ChildSpec<Fields>,
): ChildRepository<Stored<Fields>, Input> {
  const lock = db.dialect === 'postgres';
  const children = (k: Kysely<Database>) => k as unknown as ChildDb;

  const findRow = (k: Kysely<Database>, id: string) =>
    children(k).selectFrom(spec.table).selectAll().where('id', '=', id).executeTakeFirst();

  /** Locks the child's incident (all writes to an incident's children queue on it), then reads the child. */
  async function lockedChild(tx: Kysely<Database>, id: string, version: number) {
    const first = await findRow(tx, id);
    if (!first) throw notFound(spec.label, id);
    const incident = await requireIncidentRow(tx, first.incident_id, lock);
    const row = await findRow(tx, id);
    if (!row) throw notFound(spec.label, id);
    const current = toChild<Fields>(row);
    requireVersion(`${spec.label} ${id}`, current, version);
    return { row, current, incident };
  }

  return {
    async add(incidentId, input, ctx, givenId) {
      const { fingerprint, ...rest } = input as Input & { fingerprint?: string | undefined };
      const now = nowIso();
      const parsed = parseWith(spec.schema, rest, spec.label);
      const fields = spec.settle ? spec.settle(undefined, parsed, now.slice(0, 10)) : parsed;
      const asked = givenId === undefined ? undefined : parseWith(idSchema, givenId, `${spec.label} id`);
      return db.write(async (tx) => {
        const incident = await requireIncidentRow(tx, incidentId, lock);
        await spec.check?.(tx, JSON.parse(incident.data) as IncidentFields, incidentId, fields);
        // A given id must be free; a drawn one is drawn again in the rare case it is taken.
        if (asked !== undefined) await requireFreeId(tx, spec, asked);
        const id = asked ?? ((await unusedIds(tx, spec.table, spec.idKind, 1))[0] as string);
        if (spec.table === 'events' && fingerprint !== undefined) {
          const known = await children(tx)
            .selectFrom('events')
            .select('id')
            .where('incident_id', '=', incidentId)
            .where('fingerprint', '=', fingerprint)
            .executeTakeFirst();
          if (known)
            throw invalidInput(`incident ${incidentId} already has event ${known.id} with this fingerprint`);
        }
        const seq = await nextSeq(tx, spec.table, incidentId);
        await insertChildren(tx, spec, incidentId, [{ id, fields, fingerprint, seq }], ctx, now);
        await bumpIncident(tx, incidentId, now);
        const row = await findRow(tx, id);
        return toChild<Fields>(row as Selectable<ChildRow>);
      });
    },

    get(id) {
      return db.read(async (k) => {
        const row = await findRow(k, id);
        if (!row) throw notFound(spec.label, id);
        return toChild<Fields>(row);
      });
    },

    list(incidentId) {
      return db.snapshot(async (k) => {
        const query = children(k).selectFrom(spec.table).selectAll().where('incident_id', '=', incidentId);
        const rows = await orderChildren(query, spec.order).execute();
        if (rows.length === 0) await requireIncidentRow(k, incidentId);
        return rows.map((row) => toChild<Fields>(row));
      });
    },

    update(id, version, patch, ctx) {
      return db.write(async (tx) => {
        const { row, current, incident } = await lockedChild(tx, id, version);
        const before = JSON.parse(row.data) as Record<string, unknown>;
        const now = nowIso();
        const parsed = parseWith(spec.schema, applyPatch(before, patch as object), spec.label);
        const fields = spec.settle ? spec.settle(before as Fields, parsed, now.slice(0, 10)) : parsed;
        const changes = changedFields(before, fields as Record<string, unknown>);
        if (Object.keys(changes).length === 0) return current;
        await spec.check?.(tx, JSON.parse(incident.data) as IncidentFields, row.incident_id, fields);
        await children(tx)
          .updateTable(spec.table)
          .set({
            ...spec.columns?.(fields),
            data: JSON.stringify(fields),
            version: version + 1,
            updated_at: now,
          })
          .where('id', '=', id)
          .execute();
        await bumpIncident(tx, row.incident_id, now);
        await writeAudit(tx, [
          {
            at: now,
            actor: ctx.actor,
            action: 'update',
            entity: spec.entity,
            entityId: id,
            incidentId: row.incident_id,
            changes,
          },
        ]);
        return toChild<Fields>((await findRow(tx, id)) as Selectable<ChildRow>);
      });
    },

    delete(id, version, ctx) {
      return db.write(async (tx) => {
        const { row, current } = await lockedChild(tx, id, version);
        await spec.beforeDelete?.(tx, id);
        const now = nowIso();
        await children(tx).deleteFrom(spec.table).where('id', '=', id).execute();
        await bumpIncident(tx, row.incident_id, now);
        await writeAudit(tx, [
          {
            at: now,
            actor: ctx.actor,
            action: 'delete',
            entity: spec.entity,
            entityId: id,
            incidentId: row.incident_id,
            changes: current,
          },
        ]);
      });
    },
  };
}
