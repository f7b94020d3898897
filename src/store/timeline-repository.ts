import {
  type MomentName,
  type Moments,
  parseWith,
  type TimelineEventFields,
  type TimelineEventInput,
} from '../domain/index.js';
import { childRepository } from './child-repository.js';
import { type ChildDb, insertChildren, type NewChild, nextSeq, toChild, unusedIds } from './child-rows.js';
import { eventSpec } from './child-specs.js';
import { bumpIncident, requireIncidentRow, toIncident } from './incident-rows.js';
import { updateIncidentRow } from './incident-update.js';
import { chunks, nowIso } from './record-helpers.js';
import type { StoredEvent, TimelineRepository } from './store.js';
import type { StoreDatabase } from './store-database.js';

/** Timeline events, with a bulk add that skips evidence already imported (same fingerprint, same incident). */
export function timelineRepository(db: StoreDatabase): TimelineRepository {
  const base = childRepository<TimelineEventFields, TimelineEventInput>(db, eventSpec);
  return {
    ...base,
    async addMany(incidentId, events, ctx, options = {}) {
      const parsed = events.map(({ fingerprint, ...input }, index) => ({
        fingerprint,
        fields: parseWith(eventSpec.schema, input, `timeline event ${index + 1}`),
      }));
      const now = nowIso();
      return db.write(async (tx) => {
        const lock = db.dialect === 'postgres';
        await requireIncidentRow(tx, incidentId, lock);
        const given = [
          ...new Set(parsed.flatMap((e) => (e.fingerprint === undefined ? [] : [e.fingerprint]))),
        ];
        const idOf = new Map<string, string>();
        for (const batch of chunks(given, 500)) {
          const rows = await (tx as unknown as ChildDb)
            .selectFrom('events')
            .select(['id', 'fingerprint'])
            .where('incident_id', '=', incidentId)
            .where('fingerprint', 'in', batch)
            .execute();
          for (const row of rows) if (row.fingerprint) idOf.set(row.fingerprint, row.id);
        }
        const known = new Set(idOf.keys());
        let seq = await nextSeq(tx, 'events', incidentId);
        const kept = parsed.flatMap((event, index) => {
          if (event.fingerprint === undefined) return [{ event, index }];
          if (known.has(event.fingerprint)) return [];
          known.add(event.fingerprint);
          return [{ event, index }];
        });
        const ids = await unusedIds(tx, 'events', 'event', kept.length);
        const fresh: Array<NewChild<TimelineEventFields>> = kept.map(({ event }, index) => ({
          id: ids[index] as string,
          fields: event.fields,
          fingerprint: event.fingerprint,
          seq: seq++,
        }));
        const idAt = new Map(kept.map(({ index }, n) => [index, ids[n] as string]));
        for (const child of fresh) if (child.fingerprint !== undefined) idOf.set(child.fingerprint, child.id);
        // Moments at the version the caller read (a stale read changes nothing at all), each linked to its event.
        if (options.moments !== undefined) {
          const moments = linkedMoments(options.moments, options.links, (index) => {
            const fingerprint = parsed[index]?.fingerprint;
            return fingerprint === undefined ? idAt.get(index) : idOf.get(fingerprint);
          });
          await updateIncidentRow(tx, incidentId, options.version ?? -1, { moments }, ctx, lock);
        }
        if (fresh.length > 0) {
          await insertChildren(tx, eventSpec, incidentId, fresh, ctx, now);
          await bumpIncident(tx, incidentId, now);
        }
        const added = fresh.map(
          (child): StoredEvent =>
            toChild<TimelineEventFields>({
              id: child.id,
              incident_id: incidentId,
              seq: child.seq,
              version: 1,
              created_at: now,
              updated_at: now,
              data: JSON.stringify(child.fields),
              fingerprint: child.fingerprint ?? null,
            }),
        );
        const incident = toIncident(await requireIncidentRow(tx, incidentId));
        return { added, skipped: parsed.length - fresh.length, incident };
      });
    },
  };
}

/** The moments with each linked one saved with the id of the event it rests on (when that event is in the batch). */
function linkedMoments(
  moments: Moments,
  links: Partial<Record<MomentName, number>> | undefined,
  idAt: (index: number) => string | undefined,
): Moments {
  if (!links) return moments;
  const out: Moments = { ...moments };
  for (const [name, index] of Object.entries(links) as Array<[MomentName, number]>) {
    const moment = out[name];
    const id = idAt(index);
    if (moment && id) out[name] = { ...moment, eventId: id };
  }
  return out;
}
