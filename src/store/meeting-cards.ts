import {
  type Card,
  type CardBoard,
  type CardPrompt,
  cardLimits,
  cardPrompts,
  DebriefError,
  newId,
  notFound,
  type PointStatus,
  type RaisedPoint,
} from '../domain/index.js';
import { noteChanges } from './change-tracking.js';
import { nowIso } from './record-helpers.js';
import type { StoreDatabase } from './store-database.js';

/** Whose meeting a write is in: the incident and review, for the live announcement. */
export interface CardScope {
  incidentId: string;
  reviewId: string;
}

/** The anonymous cards, votes and raised points of review meetings. */
export interface MeetingCards {
  board(scope: CardScope, userId: string): Promise<CardBoard>;
  /** Adds a card; the answer is its id, which only its writer learns (no author is stored anywhere). */
  addCard(scope: CardScope, prompt: CardPrompt, text: string): Promise<string>;
  /** Deletes a card: a hidden one by its writer (who alone knows its id), a revealed one by the facilitator. */
  deleteCard(scope: CardScope, id: string, mayDeleteRevealed: boolean): Promise<void>;
  reveal(scope: CardScope, prompt: CardPrompt | undefined): Promise<void>;
  group(scope: CardScope, id: string, group: string): Promise<void>;
  vote(scope: CardScope, id: string, userId: string): Promise<number>;
  raisePoint(
    scope: CardScope,
    text: string,
    by: { id: string; name: string },
    actor: string,
  ): Promise<RaisedPoint>;
  setPoint(scope: CardScope, id: string, status: PointStatus, actor: string): Promise<RaisedPoint>;
  point(scope: CardScope, id: string): Promise<RaisedPoint>;
}

type Tx = Parameters<Parameters<StoreDatabase['write']>[0]>[0];

// A card's change names no one: actor "anonymous", entity id the review's (not the card's, which its writer holds).
function announce(tx: Tx, scope: CardScope, entity: 'card' | 'raised-point', actor: string) {
  noteChanges(tx, [
    { incidentId: scope.incidentId, entity, entityId: scope.reviewId, action: 'update', actor, at: nowIso() },
  ]);
}

const toPoint = (row: {
  id: string;
  text: string;
  raised_by_id: string;
  raised_by_name: string;
  status: string;
  seq: number;
}): RaisedPoint => ({
  id: row.id,
  text: row.text,
  raisedBy: { id: row.raised_by_id, name: row.raised_by_name },
  status: row.status as PointStatus,
  seq: row.seq,
});

/** The cards port on the store's database (SQLite or PostgreSQL). */
export function kyselyMeetingCards(db: Pick<StoreDatabase, 'read' | 'write'>): MeetingCards {
  const cardIn = async (tx: Tx, scope: CardScope, id: string) => {
    const row = await tx
      .selectFrom('meeting_cards')
      .selectAll()
      .where('id', '=', id)
      .where('review_id', '=', scope.reviewId)
      .executeTakeFirst();
    if (!row) throw notFound('card', id);
    return row;
  };
  return {
    async board(scope, userId) {
      return db.read(async (k) => {
        const rows = await k
          .selectFrom('meeting_cards')
          .selectAll()
          .where('review_id', '=', scope.reviewId)
          .orderBy('id')
          .execute();
        const votes = await k
          .selectFrom('meeting_votes')
          .select('used')
          .where('review_id', '=', scope.reviewId)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        const points = await k
          .selectFrom('meeting_points')
          .selectAll()
          .where('review_id', '=', scope.reviewId)
          .orderBy('seq')
          .execute();
        const counts = Object.fromEntries(cardPrompts.map((p) => [p, 0])) as Record<CardPrompt, number>;
        const revealed = Object.fromEntries(cardPrompts.map((p) => [p, false])) as Record<
          CardPrompt,
          boolean
        >;
        const cards: Card[] = [];
        for (const row of rows) {
          const prompt = row.prompt as CardPrompt;
          counts[prompt]++;
          if (row.revealed !== 1) continue;
          revealed[prompt] = true;
          cards.push({
            id: row.id,
            prompt,
            text: row.text,
            group: row.group_title,
            revealed: true,
            votes: row.votes,
          });
        }
        return {
          cards,
          counts,
          revealed,
          votesLeft: cardLimits.votesPerPerson - (votes?.used ?? 0),
          points: points.map(toPoint),
        };
      });
    },
    async addCard(scope, prompt, text) {
      return db.write(async (tx) => {
        const { count } = await tx
          .selectFrom('meeting_cards')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('review_id', '=', scope.reviewId)
          .executeTakeFirstOrThrow();
        if (Number(count) >= cardLimits.cardsPerMeeting) {
          throw new DebriefError(
            'invalid_input',
            `this meeting has ${cardLimits.cardsPerMeeting} cards, the most it takes; group or delete some first`,
          );
        }
        // A card revealed already for its prompt is revealed at once: the prompt is open for everyone to read.
        const open = await tx
          .selectFrom('meeting_cards')
          .select('id')
          .where('review_id', '=', scope.reviewId)
          .where('prompt', '=', prompt)
          .where('revealed', '=', 1)
          .executeTakeFirst();
        const id = newId('card', 12);
        await tx
          .insertInto('meeting_cards')
          .values({
            id,
            review_id: scope.reviewId,
            incident_id: scope.incidentId,
            prompt,
            text,
            group_title: null,
            revealed: open ? 1 : 0,
            votes: 0,
          })
          .execute();
        announce(tx, scope, 'card', 'anonymous');
        return id;
      });
    },
    async deleteCard(scope, id, mayDeleteRevealed) {
      await db.write(async (tx) => {
        const row = await cardIn(tx, scope, id);
        if (row.revealed === 1 && !mayDeleteRevealed) {
          throw new DebriefError(
            'forbidden',
            'a revealed card is the room’s: only the facilitator removes it',
          );
        }
        await tx.deleteFrom('meeting_cards').where('id', '=', id).execute();
        announce(tx, scope, 'card', 'anonymous');
      });
    },
    async reveal(scope, prompt) {
      await db.write(async (tx) => {
        let query = tx
          .updateTable('meeting_cards')
          .set({ revealed: 1 })
          .where('review_id', '=', scope.reviewId);
        if (prompt) query = query.where('prompt', '=', prompt);
        await query.execute();
        announce(tx, scope, 'card', 'anonymous');
      });
    },
    async group(scope, id, group) {
      await db.write(async (tx) => {
        const row = await cardIn(tx, scope, id);
        if (row.revealed !== 1)
          throw new DebriefError('invalid_input', 'a card is grouped once it is revealed');
        await tx
          .updateTable('meeting_cards')
          .set({ group_title: group === '' ? null : group })
          .where('id', '=', id)
          .execute();
        announce(tx, scope, 'card', 'anonymous');
      });
    },
    async vote(scope, id, userId) {
      return db.write(async (tx) => {
        const row = await cardIn(tx, scope, id);
        if (row.revealed !== 1)
          throw new DebriefError('invalid_input', 'a card is voted on once it is revealed');
        const mine = await tx
          .selectFrom('meeting_votes')
          .select('used')
          .where('review_id', '=', scope.reviewId)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        const used = mine?.used ?? 0;
        if (used >= cardLimits.votesPerPerson) {
          throw new DebriefError(
            'invalid_input',
            `you have used your ${cardLimits.votesPerPerson} votes in this meeting`,
          );
        }
        if (mine) {
          const result = await tx
            .updateTable('meeting_votes')
            .set({ used: used + 1 })
            .where('review_id', '=', scope.reviewId)
            .where('user_id', '=', userId)
            .where('used', '=', used)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1)
            throw new DebriefError('conflict', 'your vote met another; try again');
        } else {
          await tx
            .insertInto('meeting_votes')
            .values({ review_id: scope.reviewId, user_id: userId, used: 1 })
            .execute();
        }
        await tx
          .updateTable('meeting_cards')
          .set((eb) => ({ votes: eb('votes', '+', 1) }))
          .where('id', '=', id)
          .execute();
        // The vote is the room's news, not whose: the actor is anonymous here too.
        announce(tx, scope, 'card', 'anonymous');
        return cardLimits.votesPerPerson - used - 1;
      });
    },
    async raisePoint(scope, text, by, actor) {
      return db.write(async (tx) => {
        const { last } = await tx
          .selectFrom('meeting_points')
          .select((eb) => eb.fn.max<number>('seq').as('last'))
          .where('review_id', '=', scope.reviewId)
          .executeTakeFirstOrThrow();
        const row = {
          id: newId('point'),
          review_id: scope.reviewId,
          incident_id: scope.incidentId,
          seq: Number(last ?? 0) + 1,
          text,
          raised_by_id: by.id,
          raised_by_name: by.name,
          status: 'open',
        };
        await tx.insertInto('meeting_points').values(row).execute();
        announce(tx, scope, 'raised-point', actor);
        return toPoint(row);
      });
    },
    async setPoint(scope, id, status, actor) {
      return db.write(async (tx) => {
        const row = await tx
          .selectFrom('meeting_points')
          .selectAll()
          .where('id', '=', id)
          .where('review_id', '=', scope.reviewId)
          .executeTakeFirst();
        if (!row) throw notFound('raised point', id);
        await tx.updateTable('meeting_points').set({ status }).where('id', '=', id).execute();
        announce(tx, scope, 'raised-point', actor);
        return toPoint({ ...row, status });
      });
    },
    async point(scope, id) {
      const row = await db.read((k) =>
        k
          .selectFrom('meeting_points')
          .selectAll()
          .where('id', '=', id)
          .where('review_id', '=', scope.reviewId)
          .executeTakeFirst(),
      );
      if (!row) throw notFound('raised point', id);
      return toPoint(row);
    },
  };
}
