import type { Kysely } from 'kysely';
import { invalidInput, notFound } from '../domain/index.js';
import {
  maxNotesChars,
  maxNotesUpdateBytes,
  mergeNotesUpdates,
  notesDoc,
  notesEditUpdate,
  notesText,
  sameNotesText,
} from '../domain/shared-notes.js';
import { noteChanges } from './change-tracking.js';
import { requireIncidentRow } from './incident-rows.js';
import { nowIso } from './record-helpers.js';
import type { Database } from './schema.js';
import type { StoreDatabase } from './store-database.js';

/** One stored edit of the live notes: its number and the Yjs update, base64. */
export interface NotesUpdate {
  seq: number;
  update: string;
}

/** The live notes' edits after a number, and the number of the last one (what to ask after next time). */
export interface NotesUpdates {
  updates: NotesUpdate[];
  seq: number;
}

/**
 * The live notes port: the edits of each review's shared notes, in the order the server took them, merged by
 * whoever reads them. Every edit also writes the notes' text into the review (without moving its version, so
 * typing never conflicts with an edit of the review's other fields) and is announced live (entity `notes`,
 * entity id the review's). Notes written elsewhere (the CLI, a PATCH of the review) join the edits as an edit of
 * their own before anything else is read or added, so they are merged, never lost.
 */
export interface MeetingNotes {
  /** The edits numbered after `after` (0: all). */
  since(incidentId: string, reviewId: string, after: number, actor: string): Promise<NotesUpdates>;
  /** Adds an edit (base64 Yjs update) written by `actor`; answers its number. */
  append(incidentId: string, reviewId: string, update: string, actor: string): Promise<number>;
}

/** Above this many stored edits, a review's edits are merged into one, so reading them stays quick. */
const compactAbove = 200;

type Tx = Kysely<Database>;

async function reviewRow(tx: Tx, incidentId: string, reviewId: string) {
  const row = await tx
    .selectFrom('reviews')
    .select(['data', 'incident_id'])
    .where('id', '=', reviewId)
    .executeTakeFirst();
  if (!row || row.incident_id !== incidentId) throw notFound('review', reviewId);
  return { row, fields: JSON.parse(row.data) as { notes?: string; endedAt?: string } };
}

/** The review's live notes on the store's database (SQLite or PostgreSQL). */
export function kyselyMeetingNotes(db: Pick<StoreDatabase, 'read' | 'write' | 'dialect'>): MeetingNotes {
  const lock = db.dialect === 'postgres';

  async function stored(tx: Tx, reviewId: string): Promise<NotesUpdate[]> {
    const rows = await tx
      .selectFrom('meeting_note_updates')
      .select(['seq', 'data'])
      .where('review_id', '=', reviewId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({ seq: row.seq, update: row.data }));
  }

  /**
   * Inside a write holding the incident's row: adds `updates` after the stored ones, merges them all into one when
   * they pile up, and writes the resulting text into the review. Answers the last number.
   */
  async function add(
    tx: Tx,
    scope: { incidentId: string; reviewId: string; actor: string },
    existing: NotesUpdate[],
    updates: string[],
    fields: Record<string, unknown>,
  ): Promise<number> {
    let seq = existing.at(-1)?.seq ?? 0;
    const all = [...existing.map((u) => u.update), ...updates];
    const text = notesText(notesDoc(all)).toString();
    if (text.length > maxNotesChars) {
      throw invalidInput(
        `the notes of review ${scope.reviewId} would hold ${text.length} characters; at most ${maxNotesChars} fit — shorten them`,
      );
    }
    if (text.includes('\u0000')) throw invalidInput('the notes may not hold a NUL character');
    if (all.length > compactAbove) {
      seq += updates.length;
      await tx.deleteFrom('meeting_note_updates').where('review_id', '=', scope.reviewId).execute();
      await tx
        .insertInto('meeting_note_updates')
        .values({
          review_id: scope.reviewId,
          seq,
          incident_id: scope.incidentId,
          data: mergeNotesUpdates(all),
        })
        .execute();
    } else {
      for (const update of updates) {
        seq += 1;
        await tx
          .insertInto('meeting_note_updates')
          .values({ review_id: scope.reviewId, seq, incident_id: scope.incidentId, data: update })
          .execute();
      }
    }
    const count = all.length > compactAbove ? 1 : all.length;
    await tx
      .insertInto('meeting_notes')
      .values({ review_id: scope.reviewId, incident_id: scope.incidentId, seq, updates: count, text })
      .onConflict((oc) => oc.column('review_id').doUpdateSet({ seq, updates: count, text }))
      .execute();
    await tx
      .updateTable('reviews')
      .set({ data: JSON.stringify({ ...fields, notes: text }) })
      .where('id', '=', scope.reviewId)
      .execute();
    const at = nowIso();
    noteChanges(tx, [
      {
        incidentId: scope.incidentId,
        entity: 'notes',
        entityId: scope.reviewId,
        action: 'update',
        actor: scope.actor,
        at,
      },
    ]);
    return seq;
  }

  /**
   * The edit that brings notes written outside the shared editor into it (undefined when there are none): the
   * review's notes differ from the text last written from the edits.
   */
  async function outsideEdit(
    tx: Tx,
    reviewId: string,
    existing: NotesUpdate[],
    notes: string,
    actor: string,
  ): Promise<string | undefined> {
    const last = await tx
      .selectFrom('meeting_notes')
      .select('text')
      .where('review_id', '=', reviewId)
      .executeTakeFirst();
    if (sameNotesText(last?.text ?? '', notes)) return undefined;
    return notesEditUpdate(
      existing.map((u) => u.update),
      notes,
      { author: actor, at: nowIso() },
    );
  }

  return {
    async since(incidentId, reviewId, after, actor) {
      const read = await db.read(async (k) => {
        const { fields } = await reviewRow(k, incidentId, reviewId);
        const last = await k
          .selectFrom('meeting_notes')
          .select('text')
          .where('review_id', '=', reviewId)
          .executeTakeFirst();
        const current = sameNotesText(last?.text ?? '', fields.notes ?? '');
        return current ? await stored(k, reviewId) : undefined;
      });
      const all =
        read ??
        (await db.write(async (tx) => {
          await requireIncidentRow(tx, incidentId, lock);
          const { fields } = await reviewRow(tx, incidentId, reviewId);
          const existing = await stored(tx, reviewId);
          const edit = await outsideEdit(tx, reviewId, existing, fields.notes ?? '', 'earlier notes');
          if (edit !== undefined) await add(tx, { incidentId, reviewId, actor }, existing, [edit], fields);
          return stored(tx, reviewId);
        }));
      return { updates: all.filter((u) => u.seq > after), seq: all.at(-1)?.seq ?? 0 };
    },

    async append(incidentId, reviewId, update, actor) {
      if (update.length > maxNotesUpdateBytes) {
        throw invalidInput(`a notes edit may hold at most ${maxNotesUpdateBytes} characters`);
      }
      try {
        notesDoc([update]);
      } catch {
        throw invalidInput('the notes edit is not a Yjs update (expected base64 of Y.encodeStateAsUpdate)');
      }
      return db.write(async (tx) => {
        await requireIncidentRow(tx, incidentId, lock);
        const { fields } = await reviewRow(tx, incidentId, reviewId);
        if (fields.endedAt !== undefined) {
          throw invalidInput(
            `review ${reviewId} ended at ${fields.endedAt}; its notes are closed (schedule a follow-up review to go on)`,
          );
        }
        const existing = await stored(tx, reviewId);
        const edit = await outsideEdit(tx, reviewId, existing, fields.notes ?? '', actor);
        const updates = edit === undefined ? [update] : [edit, update];
        return add(tx, { incidentId, reviewId, actor }, existing, updates, fields);
      });
    },
  };
}
