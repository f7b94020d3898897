import type { Kysely } from 'kysely';
import {
  type Action,
  type Factor,
  type IncidentDocument,
  type IncidentFields,
  notFound,
  type Review,
  type TimelineEvent,
} from '../domain/index.js';
import { type ChildDb, type ChildSpec, insertChildren, orderChildren } from './child-rows.js';
import { actionSpec, eventSpec, factorSpec, reviewSpec } from './child-specs.js';
import { incidentColumns, storedFields } from './incident-rows.js';
import type { Database } from './schema.js';
import type { WriteContext } from './store.js';

/** The four kinds of children of a document, with the document key that holds each. */
export const documentParts = [
  { key: 'timeline', spec: eventSpec },
  { key: 'factors', spec: factorSpec },
  { key: 'actions', spec: actionSpec },
  { key: 'reviews', spec: reviewSpec },
] as const satisfies ReadonlyArray<{ key: keyof IncidentDocument; spec: ChildSpec<object> }>;

/** Reads one incident with all its children, in document order. */
export async function readDocument(k: Kysely<Database>, id: string): Promise<IncidentDocument> {
  const row = await k.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('incident', id);
  const fields = storedFields(row.data);
  const parts: Record<string, Array<Record<string, unknown>>> = {};
  for (const { key, spec } of documentParts) {
    const query = (k as unknown as ChildDb)
      .selectFrom(spec.table)
      .select(['id', 'data'])
      .where('incident_id', '=', id);
    const rows = await orderChildren(query, spec.order).execute();
    parts[key] = rows.map((child) => ({ ...JSON.parse(child.data), id: child.id }));
  }
  return {
    ...fields,
    id,
    timeline: parts.timeline as TimelineEvent[],
    factors: parts.factors as Factor[],
    actions: parts.actions as Action[],
    reviews: parts.reviews as Review[],
  };
}

/** Splits a document into the incident's own fields and its children. */
export function splitDocument(
  doc: IncidentDocument,
): { fields: IncidentFields } & Record<
  (typeof documentParts)[number]['key'],
  Array<{ id: string } & Record<string, unknown>>
> {
  const { id: _id, timeline, factors, actions, reviews, ...fields } = doc;
  return { fields, timeline, factors, actions, reviews };
}

/** Strips the id from a child of a document, leaving the fields stored in `data`. */
export function childFields(child: { id: string } & Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...fields } = child;
  return fields;
}

/** Inserts a whole parsed document as a new incident (save of a new id, restore). */
export async function insertDocument(
  tx: Kysely<Database>,
  doc: IncidentDocument,
  ctx: WriteContext,
  options: { now: string; createdAt?: string; updatedAt?: string; audit: boolean; settle: boolean },
): Promise<void> {
  const parts = splitDocument(doc);
  await tx
    .insertInto('incidents')
    .values({
      id: doc.id,
      version: 1,
      created_at: options.createdAt ?? options.now,
      updated_at: options.updatedAt ?? options.now,
      ...incidentColumns(parts.fields),
    })
    .execute();
  for (const { key, spec } of documentParts) {
    const settle = options.settle ? (spec as ChildSpec<object>).settle : undefined;
    const today = options.now.slice(0, 10);
    const children = parts[key].map((child, index) => {
      const fields = childFields(child);
      return {
        id: child.id,
        fields: (settle ? settle(undefined, fields, today) : fields) as never,
        seq: index + 1,
      };
    });
    await insertChildren(tx, spec as ChildSpec<object>, doc.id, children, ctx, options.now, options.audit);
  }
}
