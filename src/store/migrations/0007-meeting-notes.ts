import type { Kysely } from 'kysely';

// The review's live notes as several people type them: each edit (a Yjs update, base64) in the order the server
// took it, and the notes' text as last written into the review, to tell edits made elsewhere (the CLI, a PATCH).

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

/** Adds meeting_note_updates and meeting_notes. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('meeting_note_updates')
    .addColumn('review_id', 'text', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('incident_id', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('meeting_note_updates_pk', ['review_id', 'seq'])
    .execute();
  await db.schema
    .createTable('meeting_notes')
    .addColumn('review_id', 'text', (col) => col.primaryKey())
    .addColumn('incident_id', 'text', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('updates', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .execute();
}

/** Removes the tables. */
export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('meeting_note_updates').execute();
  await db.schema.dropTable('meeting_notes').execute();
}
