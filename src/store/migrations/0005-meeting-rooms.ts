import type { Kysely } from 'kysely';

// The shared review meeting: one row per review, its state as JSON, with a version for compare-and-set writes.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

/** Adds meeting_rooms. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('meeting_rooms')
    .addColumn('review_id', 'text', (col) => col.primaryKey())
    .addColumn('incident_id', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('meeting_rooms_incident').on('meeting_rooms').column('incident_id').execute();
}

/** Removes the table. */
export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('meeting_rooms').execute();
}
