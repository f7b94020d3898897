import type { SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import {
  incidentFieldsSchema,
  invalidInput,
  newId,
  notFound,
  parseWith,
  requiredLine,
} from '../domain/index.js';
import {
  incidentColumns,
  memberKey,
  requireDistinctId,
  requireIncidentRow,
  toIncident,
} from './incident-rows.js';
import { updateIncidentRow } from './incident-update.js';
import { writeAudit } from './kysely-audit-log.js';
import { deleteMeetingRows } from './meeting-rows.js';
import { escapeLike, nowIso, requireVersion } from './record-helpers.js';
import type { Database } from './schema.js';
import type { IncidentFilter, IncidentRepository } from './store.js';
import type { StoreDatabase } from './store-database.js';

const idSchema = requiredLine(64);

type IncidentQuery = SelectQueryBuilder<Database, 'incidents', object>;

/** Narrows a query of incidents by a filter (everything but paging). */
function applyFilter(query: IncidentQuery, filter: IncidentFilter): IncidentQuery {
  let q = query;
  if (filter.status && filter.status.length > 0) q = q.where('status', 'in', filter.status);
  if (filter.severity && filter.severity.length > 0) q = q.where('severity', 'in', filter.severity);
  if (filter.service !== undefined && filter.service.trim() !== '') {
    const pattern = `%|${escapeLike(filter.service.trim().toLowerCase())}|%`;
    q = q.where(sql<boolean>`services_key like ${pattern} escape '\\'`);
  }
  if (filter.visibleTo !== undefined) {
    const members = filter.visibleTo.map((name) => `%|${escapeLike(memberKey(name))}|%`);
    q = q.where((eb) =>
      eb.or([
        eb('restricted', '=', 0),
        ...members.map((pattern) => sql<boolean>`members_key like ${pattern} escape '\\'`),
      ]),
    );
  }
  for (const word of (filter.search ?? '').toLowerCase().split(/\s+/)) {
    if (word === '') continue;
    const pattern = `%${escapeLike(word)}%`;
    q = q.where(sql<boolean>`search_text like ${pattern} escape '\\'`);
  }
  return q;
}

/** Incidents: create, read, filter, update and delete, each write audited. */
export function incidentRepository(db: StoreDatabase): IncidentRepository {
  const lock = db.dialect === 'postgres';
  const find = (id: string) =>
    db.read(async (k) => {
      const row = await k.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toIncident(row) : undefined;
    });

  return {
    async create(input, ctx, givenId) {
      const fields = parseWith(incidentFieldsSchema, input, 'incident');
      const id = givenId === undefined ? newId('incident') : parseWith(idSchema, givenId, 'incident id');
      const now = nowIso();
      return db.write(async (tx) => {
        const existing = await tx
          .selectFrom('incidents')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst();
        if (existing) throw invalidInput(`an incident with id ${JSON.stringify(id)} already exists`);
        if (givenId !== undefined) await requireDistinctId(tx, id);
        await tx
          .insertInto('incidents')
          .values({ id, version: 1, created_at: now, updated_at: now, ...incidentColumns(fields) })
          .execute();
        await writeAudit(tx, [
          {
            at: now,
            actor: ctx.actor,
            action: 'create',
            entity: 'incident',
            entityId: id,
            incidentId: id,
            changes: fields,
          },
        ]);
        return toIncident(await requireIncidentRow(tx, id));
      });
    },

    async get(id) {
      const incident = await find(id);
      if (!incident) throw notFound('incident', id);
      return incident;
    },

    find,

    list(filter = {}) {
      return db.read(async (k) => {
        let query = applyFilter(k.selectFrom('incidents'), filter)
          .selectAll()
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc');
        if (filter.limit !== undefined || filter.offset !== undefined) {
          query = query.limit(filter.limit ?? Number.MAX_SAFE_INTEGER).offset(filter.offset ?? 0);
        }
        return (await query.execute()).map(toIncident);
      });
    },

    count(filter = {}) {
      return db.read(async (k) => {
        const row = await applyFilter(k.selectFrom('incidents'), filter)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        return Number(row.n);
      });
    },

    update(id, version, patch, ctx) {
      return db.write((tx) => updateIncidentRow(tx, id, version, patch, ctx, lock));
    },

    delete(id, version, ctx) {
      return db.write(async (tx) => {
        const current = toIncident(await requireIncidentRow(tx, id, lock));
        requireVersion(`incident ${id}`, current, version);
        await deleteMeetingRows(tx, { incidentId: id });
        await tx.deleteFrom('incidents').where('id', '=', id).execute();
        await writeAudit(tx, [
          {
            at: nowIso(),
            actor: ctx.actor,
            action: 'delete',
            entity: 'incident',
            entityId: id,
            incidentId: id,
            changes: current,
          },
        ]);
      });
    },
  };
}
