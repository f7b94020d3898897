import type { Kysely } from 'kysely';
import { incidentDocumentSchema, notFound, parseWith } from '../domain/index.js';
import { type ChildDb, type ChildSpec, orderChildren, requireFreeId } from './child-rows.js';
import { childFields, documentParts, insertDocument, readDocument, splitDocument } from './document-rows.js';
import {
  incidentColumns,
  incidentFields,
  requireDistinctId,
  requireIncidentRow,
  toIncident,
} from './incident-rows.js';
import { type AuditRecord, writeAudit } from './kysely-audit-log.js';
import { changedFields, nowIso, requireVersion } from './record-helpers.js';
import type { Database } from './schema.js';
import type { DocumentRepository, WriteContext } from './store.js';
import type { StoreDatabase } from './store-database.js';

/**
 * Makes one kind of an incident's children match the document: children matched by id are updated in place
 * (keeping id, creation time and fingerprint), new ones inserted, missing ones deleted, and positions follow the
 * document only when its order differs from the stored one. Returns the audit entries, and the old and new
 * order when the same children were only reordered (which no child's own entry would show).
 */
async function replaceChildren(
  tx: Kysely<Database>,
  spec: ChildSpec<object>,
  incidentId: string,
  wanted: ReadonlyArray<{ id: string } & Record<string, unknown>>,
  ctx: WriteContext,
  now: string,
): Promise<{ audit: AuditRecord[]; reordered?: { old: string[]; new: string[] } }> {
  const children = tx as unknown as ChildDb;
  const query = children
    .selectFrom(spec.table)
    .select(['id', 'seq', 'version', 'data'])
    .where('incident_id', '=', incidentId);
  const rows = await orderChildren(query, spec.order).execute();
  const storedOrder = rows.map((row) => row.id);
  const wantedOrder = wanted.map((child) => child.id);
  const sameOrder = JSON.stringify(storedOrder) === JSON.stringify(wantedOrder);
  const existing = new Map(rows.map((row) => [row.id, row]));
  const audit: AuditRecord[] = [];
  const entry = (action: AuditRecord['action'], entityId: string, changes: unknown): AuditRecord => ({
    at: now,
    actor: ctx.actor,
    action,
    entity: spec.entity,
    entityId,
    incidentId,
    changes,
  });
  for (const [index, child] of wanted.entries()) {
    const row = existing.get(child.id);
    const given = childFields(child);
    const before = row ? (JSON.parse(row.data) as object) : undefined;
    const fields = spec.settle
      ? (spec.settle(before, given, now.slice(0, 10)) as Record<string, unknown>)
      : given;
    const seq = sameOrder && row ? row.seq : index + 1;
    existing.delete(child.id);
    if (!row) {
      await requireFreeId(tx, spec, child.id);
      await children
        .insertInto(spec.table)
        .values({
          id: child.id,
          incident_id: incidentId,
          seq,
          version: 1,
          created_at: now,
          updated_at: now,
          data: JSON.stringify(fields),
          ...spec.columns?.(fields),
        })
        .execute();
      audit.push(entry('create', child.id, fields));
      continue;
    }
    const changes = changedFields(JSON.parse(row.data), fields);
    const changed = Object.keys(changes).length > 0;
    if (!changed && row.seq === seq) continue;
    await children
      .updateTable(spec.table)
      .set({
        ...spec.columns?.(fields),
        seq,
        data: JSON.stringify(fields),
        ...(changed ? { version: row.version + 1, updated_at: now } : {}),
      })
      .where('id', '=', child.id)
      .execute();
    if (changed) audit.push(entry('update', child.id, changes));
  }
  for (const row of existing.values()) {
    await children.deleteFrom(spec.table).where('id', '=', row.id).execute();
    audit.push(entry('delete', row.id, { id: row.id, ...JSON.parse(row.data) }));
  }
  const sameSet =
    storedOrder.length === wantedOrder.length &&
    [...storedOrder].sort().join('\n') === [...wantedOrder].sort().join('\n');
  return !sameOrder && sameSet ? { audit, reordered: { old: storedOrder, new: wantedOrder } } : { audit };
}

/** Whole incidents: what Markdown and JSON import and export, loaded and saved in one transaction each. */
export function documentRepository(db: StoreDatabase): DocumentRepository {
  return {
    load(id) {
      return db.snapshot((k) => readDocument(k, id));
    },

    async save(input, ctx, options = {}) {
      const doc = parseWith(incidentDocumentSchema, input, 'incident document');
      const expected = options.expectedVersion;
      const now = nowIso();
      return db.write(async (tx) => {
        const row = await tx
          .selectFrom('incidents')
          .selectAll()
          .where('id', '=', doc.id)
          .$call((q) => (db.dialect === 'postgres' ? q.forUpdate() : q))
          .executeTakeFirst();
        if (!row) {
          if (expected !== undefined) throw notFound('incident', doc.id);
          await requireDistinctId(tx, doc.id);
          // The incident's entry first, so the log reads in the order a person would have made the changes.
          await writeAudit(tx, [
            {
              at: now,
              actor: ctx.actor,
              action: 'create',
              entity: 'incident',
              entityId: doc.id,
              incidentId: doc.id,
              changes: splitDocument(doc).fields,
            },
          ]);
          await insertDocument(tx, doc, ctx, { now, audit: true, settle: true });
          return { created: true, incident: toIncident(await requireIncidentRow(tx, doc.id)) };
        }
        const current = toIncident(row);
        if (expected !== undefined) requireVersion(`incident ${doc.id}`, current, expected);
        const parts = splitDocument(doc);
        const audit: AuditRecord[] = [];
        const changes: Record<string, unknown> = changedFields(incidentFields(current), parts.fields);
        for (const { key, spec } of documentParts) {
          const result = await replaceChildren(tx, spec as ChildSpec<object>, doc.id, parts[key], ctx, now);
          audit.push(...result.audit);
          if (result.reordered) changes[`${key}Order`] = result.reordered;
        }
        if (Object.keys(changes).length > 0) {
          audit.unshift({
            at: now,
            actor: ctx.actor,
            action: 'update',
            entity: 'incident',
            entityId: doc.id,
            incidentId: doc.id,
            changes,
          });
        }
        if (audit.length === 0) return { created: false, incident: current };
        await tx
          .updateTable('incidents')
          .set({ ...incidentColumns(parts.fields), version: current.version + 1, updated_at: now })
          .where('id', '=', doc.id)
          .execute();
        await writeAudit(tx, audit);
        return { created: false, incident: toIncident(await requireIncidentRow(tx, doc.id)) };
      });
    },
  };
}
