import { ConflictError, type MeetingState, newMeeting } from '../domain/index.js';
import { noteChanges } from './change-tracking.js';
import { nowIso } from './record-helpers.js';
import type { StoreDatabase } from './store-database.js';

/** The shared meetings port: one state per review, written compare-and-set, each change announced live. */
export interface MeetingRooms {
  /** The review's meeting, or a not-started one (version 0) when nobody has opened it. */
  get(incidentId: string, reviewId: string): Promise<MeetingState>;
  /**
   * Stores `state` if the stored version is still `state.version` (0: none stored yet), as version + 1, and
   * announces it (entity `meeting`, entity id the review's) once committed. A stale version is a conflict.
   */
  save(state: MeetingState, actor: string): Promise<MeetingState>;
}

type Stored = Omit<MeetingState, 'version' | 'updatedAt' | 'reviewId' | 'incidentId'>;

function fromRow(row: {
  review_id: string;
  incident_id: string;
  version: number;
  updated_at: string;
  data: string;
}): MeetingState {
  const data = JSON.parse(row.data) as Stored;
  return {
    ...newMeeting(row.incident_id, row.review_id),
    ...data,
    reviewId: row.review_id,
    incidentId: row.incident_id,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The meetings port on the store's database (SQLite or PostgreSQL). */
export function kyselyMeetingRooms(db: Pick<StoreDatabase, 'read' | 'write'>): MeetingRooms {
  return {
    async get(incidentId, reviewId) {
      const row = await db.read((k) =>
        k.selectFrom('meeting_rooms').selectAll().where('review_id', '=', reviewId).executeTakeFirst(),
      );
      return row && row.incident_id === incidentId ? fromRow(row) : newMeeting(incidentId, reviewId);
    },
    async save(state, actor) {
      const at = nowIso();
      const { reviewId, incidentId, version, updatedAt: _at, ...rest } = state;
      const data = JSON.stringify({ ...rest, updatedBy: actor } satisfies Stored);
      return db.write(async (tx) => {
        const row = await tx
          .selectFrom('meeting_rooms')
          .select(['version', 'incident_id'])
          .where('review_id', '=', reviewId)
          .executeTakeFirst();
        const stored = row?.version ?? 0;
        if (stored !== version || (row && row.incident_id !== incidentId)) {
          throw new ConflictError(
            `the meeting of review ${reviewId} changed since version ${version} (it is at ${stored}); read it again`,
            undefined,
          );
        }
        // PostgreSQL runs two such transactions side by side: the second update waits for the first, finds the
        // version moved and changes no row, which is a conflict too; two first inserts meet on the primary key.
        const stale = () =>
          new ConflictError(`the meeting of review ${reviewId} changed meanwhile; read it again`, undefined);
        if (row) {
          const result = await tx
            .updateTable('meeting_rooms')
            .set({ version: version + 1, updated_at: at, data })
            .where('review_id', '=', reviewId)
            .where('version', '=', version)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw stale();
        } else {
          const result = await tx
            .insertInto('meeting_rooms')
            .values({ review_id: reviewId, incident_id: incidentId, version: 1, updated_at: at, data })
            .onConflict((oc) => oc.column('review_id').doNothing())
            .executeTakeFirst();
          if (Number(result.numInsertedOrUpdatedRows ?? 0n) !== 1) throw stale();
        }
        noteChanges(tx, [{ incidentId, entity: 'meeting', entityId: reviewId, action: 'update', actor, at }]);
        return { ...state, version: version + 1, updatedAt: at, updatedBy: actor };
      });
    },
  };
}
