import type { Kysely } from 'kysely';

// Reminders: who sends them (a lease several servers compete for) and each day's digests with their outcome, so a
// digest goes out once a day per recipient whatever restarts or how many servers run.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

/** Adds leases and reminder_sends. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('holder', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('reminder_sends')
    .addColumn('day', 'text', (col) => col.notNull())
    .addColumn('recipient', 'text', (col) => col.notNull())
    .addColumn('channel', 'text', (col) => col.notNull())
    .addColumn('address', 'text', (col) => col.notNull())
    .addColumn('audience', 'text', (col) => col.notNull())
    .addColumn('message', 'text', (col) => col.notNull())
    .addColumn('items', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('next_attempt_at', 'text', (col) => col.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addPrimaryKeyConstraint('reminder_sends_pk', ['day', 'recipient'])
    .execute();
  await db.schema
    .createIndex('reminder_sends_due')
    .on('reminder_sends')
    .columns(['status', 'next_attempt_at'])
    .execute();
}

/** Removes the tables. */
export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('reminder_sends').execute();
  await db.schema.dropTable('leases').execute();
}
