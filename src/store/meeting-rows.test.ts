import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newMeeting } from '../domain/index.js';
import { encodeUpdate, notesText } from '../domain/shared-notes.js';
import { dialects, openTestStore, type TestStore } from '../server/test-support/test-store.js';

const ctx = { actor: 'tester' };

function typed(text: string): string {
  const doc = new Y.Doc();
  notesText(doc).insert(0, text, { author: 'Ana', at: '2026-03-06T15:00:00Z' });
  return encodeUpdate(Y.encodeStateAsUpdate(doc));
}

describe.each(dialects)(
  'what a review meeting kept goes with its review and its incident on %s',
  (dialect) => {
    let t: TestStore | undefined;
    afterEach(async () => {
      await t?.close();
      t = undefined;
    });

    async function meetingWithEverything() {
      t = await openTestStore(dialect);
      const { store, database } = t;
      const incident = await store.incidents.create({ title: 'Queue backlog', severity: 'SEV3' }, ctx);
      const review = await store.reviews.add(incident.id, { scheduledAt: '2026-03-06T15:00:00Z' }, ctx);
      const scope = { incidentId: incident.id, reviewId: review.id };
      await database.meetingRooms.save({ ...newMeeting(incident.id, review.id), status: 'running' }, 'ana');
      const card = await database.meetingCards.addCard(scope, 'helped', 'The runbook had the command');
      await database.meetingCards.reveal(scope, undefined);
      await database.meetingCards.vote(scope, card, 'u1');
      await database.meetingCards.raisePoint(
        scope,
        'What about the pager?',
        { id: 'u1', name: 'Ana' },
        'ana',
      );
      await database.meetingNotes.append(incident.id, review.id, typed('Ana: the alert went nowhere'), 'ana');
      return { store, database, incident, review, scope };
    }

    /** Whether anything of the meeting is left, seen through a review added again with the same id. */
    async function leftOver(m: Awaited<ReturnType<typeof meetingWithEverything>>) {
      await m.store.reviews.add(m.incident.id, { scheduledAt: '2026-03-06T15:00:00Z' }, ctx, m.review.id);
      const room = await m.database.meetingRooms.get(m.incident.id, m.review.id);
      const board = await m.database.meetingCards.board(m.scope, 'u1');
      const notes = await m.database.meetingNotes.since(m.incident.id, m.review.id, 0, 'ana');
      return {
        room: room.version,
        cards: board.cards.length + Object.values(board.counts).reduce((a, b) => a + (b ?? 0), 0),
        points: board.points.length,
        notes: notes.updates.length,
      };
    }

    it('deleting the review deletes its meeting, cards, votes, points and notes', async () => {
      const m = await meetingWithEverything();
      expect((await m.database.meetingRooms.get(m.incident.id, m.review.id)).version).toBe(1);
      expect((await m.database.meetingCards.board(m.scope, 'u1')).cards).toHaveLength(1);
      expect(
        (await m.database.meetingNotes.since(m.incident.id, m.review.id, 0, 'ana')).updates,
      ).toHaveLength(1);
      await m.store.reviews.delete(m.review.id, m.review.version, ctx);
      expect(await leftOver(m)).toEqual({ room: 0, cards: 0, points: 0, notes: 0 });
    });

    it('deleting the incident deletes the meetings of its reviews', async () => {
      const m = await meetingWithEverything();
      await m.store.incidents.delete(
        m.incident.id,
        (await m.store.incidents.get(m.incident.id)).version,
        ctx,
      );
      const again = await m.store.incidents.create(
        { title: 'Queue backlog', severity: 'SEV3' },
        ctx,
        m.incident.id,
      );
      expect(again.id).toBe(m.incident.id);
      expect(await leftOver(m)).toEqual({ room: 0, cards: 0, points: 0, notes: 0 });
    });
  },
);
