import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { StoreDatabase } from './store-database.js';

/**
 * pending: to send (again) at its next attempt; sending: taken by a server; sent; failed: given up after the last
 * retry; unknown: a server stopped while sending it, so whether it arrived is not known and it is not sent again;
 * skipped: by the time a retry came, nothing in it was still open and due, so there was nothing left to say.
 */
export type ReminderSendStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unknown' | 'skipped';

/** A digest to send, as planned for a day. */
export interface PlannedSend {
  recipient: string;
  channel: string;
  address: string;
  audience: string;
  /** What goes out, as the sender reads it (JSON). */
  message: string;
  items: number;
}

export interface ReminderSend extends PlannedSend {
  day: string;
  status: ReminderSendStatus;
  attempts: number;
  /** When the next attempt may start (pending), or when the last one started. */
  nextAttemptAt: string;
  lastError: string | undefined;
  sentAt: string | undefined;
}

/**
 * How a send went: arrived (with the words that went, when a retry wrote them afresh), failed for now (try again at
 * `retryAt`), failed for good, or skipped because nothing was left to remind of.
 */
export type SendOutcome =
  | { status: 'sent'; at: string; message?: string | undefined; items?: number | undefined }
  | { status: 'skipped'; reason: string }
  | { status: 'pending'; error: string; retryAt: string }
  | { status: 'failed'; error: string };

/**
 * The reminders port: which server sends (a lease in the database, so several servers elect one without anything
 * else to run) and each day's digests, one per recipient, with their outcome. Planning the same day twice adds
 * nothing, and a digest is taken by one server at a time, so nobody is reminded twice however often servers restart.
 */
export interface ReminderLog {
  /** Takes or renews the lease `name` for `holder` until `now` + `ttlMs`; answers whether `holder` holds it. */
  lease(name: string, holder: string, now: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up, when `holder` holds it, so another server takes over at once. */
  release(name: string, holder: string): Promise<void>;
  /** Records the day's digests whose recipient has none that day yet; answers how many were new. */
  plan(day: string, sends: ReadonlyArray<PlannedSend>, now: string): Promise<number>;
  /** Takes the pending digests whose next attempt is due at `now`, for `holder`, counting the attempt. */
  claim(holder: string, now: string): Promise<ReminderSend[]>;
  /** Records how sending a digest `holder` took went. */
  settle(send: Pick<ReminderSend, 'day' | 'recipient'>, holder: string, outcome: SendOutcome): Promise<void>;
  /** Digests taken before `before` and never settled (their server stopped) become unknown; answers how many. */
  abandon(before: string): Promise<number>;
  /** Puts a day's failed digests back to be sent at `now` (someone asked again, the cause fixed); answers how many. */
  retryFailed(day: string, now: string): Promise<number>;
  /** A day's digests, by recipient. */
  ofDay(day: string): Promise<ReminderSend[]>;
}

type Row = Database['reminder_sends'];

function sendOf(row: Row): ReminderSend {
  return {
    day: row.day,
    recipient: row.recipient,
    channel: row.channel,
    address: row.address,
    audience: row.audience,
    message: row.message,
    items: row.items,
    status: row.status as ReminderSendStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error ?? undefined,
    sentAt: row.sent_at ?? undefined,
  };
}

/** The reminders port on the store's database (SQLite or PostgreSQL). */
export function kyselyReminderLog(db: Pick<StoreDatabase, 'read' | 'write'>): ReminderLog {
  const table = (k: Kysely<Database>) => k.selectFrom('reminder_sends').selectAll();
  return {
    async lease(name, holder, now, ttlMs) {
      const expires = new Date(Date.parse(now) + ttlMs).toISOString();
      // Each statement is atomic on its own: the insert takes a free name, the update renews our lease or takes an
      // expired one; whoever holds it afterwards is the answer.
      return db.write(async (tx) => {
        await tx
          .insertInto('leases')
          .values({ name, holder, expires_at: expires })
          .onConflict((oc) => oc.column('name').doNothing())
          .execute();
        await tx
          .updateTable('leases')
          .set({ holder, expires_at: expires })
          .where('name', '=', name)
          .where((eb) => eb.or([eb('holder', '=', holder), eb('expires_at', '<=', now)]))
          .execute();
        const row = await tx
          .selectFrom('leases')
          .select('holder')
          .where('name', '=', name)
          .executeTakeFirst();
        return row?.holder === holder;
      });
    },
    async release(name, holder) {
      await db.write((tx) =>
        tx.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute(),
      );
    },
    async plan(day, sends, now) {
      if (sends.length === 0) return 0;
      return db.write(async (tx) => {
        const result = await tx
          .insertInto('reminder_sends')
          .values(
            sends.map((send) => ({
              day,
              ...send,
              status: 'pending',
              attempts: 0,
              next_attempt_at: now,
              claimed_by: null,
              last_error: null,
              sent_at: null,
            })),
          )
          .onConflict((oc) => oc.columns(['day', 'recipient']).doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0);
      });
    },
    async claim(holder, now) {
      const rows = await db.write((tx) =>
        tx
          .updateTable('reminder_sends')
          .set((eb) => ({
            status: 'sending',
            claimed_by: holder,
            attempts: eb('attempts', '+', 1),
            next_attempt_at: now,
          }))
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .returningAll()
          .execute(),
      );
      return rows
        .map(sendOf)
        .sort((a, b) => a.day.localeCompare(b.day) || a.recipient.localeCompare(b.recipient));
    },
    async settle(send, holder, outcome) {
      const fields =
        outcome.status === 'sent'
          ? {
              status: 'sent',
              sent_at: outcome.at,
              last_error: null,
              ...(outcome.message === undefined ? {} : { message: outcome.message }),
              ...(outcome.items === undefined ? {} : { items: outcome.items }),
            }
          : outcome.status === 'skipped'
            ? { status: 'skipped', last_error: outcome.reason }
            : outcome.status === 'pending'
              ? { status: 'pending', last_error: outcome.error, next_attempt_at: outcome.retryAt }
              : { status: 'failed', last_error: outcome.error };
      await db.write((tx) =>
        tx
          .updateTable('reminder_sends')
          .set(fields)
          .where('day', '=', send.day)
          .where('recipient', '=', send.recipient)
          .where('status', '=', 'sending')
          .where('claimed_by', '=', holder)
          .execute(),
      );
    },
    async abandon(before) {
      const result = await db.write((tx) =>
        tx
          .updateTable('reminder_sends')
          .set({ status: 'unknown', last_error: 'the server stopped while sending; not sent again' })
          .where('status', '=', 'sending')
          .where('next_attempt_at', '<', before)
          .executeTakeFirst(),
      );
      return Number(result.numUpdatedRows);
    },
    async retryFailed(day, now) {
      const result = await db.write((tx) =>
        tx
          .updateTable('reminder_sends')
          .set({ status: 'pending', attempts: 0, next_attempt_at: now })
          .where('day', '=', day)
          .where('status', '=', 'failed')
          .executeTakeFirst(),
      );
      return Number(result.numUpdatedRows);
    },
    async ofDay(day) {
      const rows = await db.read((k) => table(k).where('day', '=', day).orderBy('recipient').execute());
      return rows.map(sendOf);
    },
  };
}
