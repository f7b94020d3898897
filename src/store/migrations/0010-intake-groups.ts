import type { Kysely } from 'kysely';

// Alert groups that opened an incident: Alertmanager's groupKey → the draft incident its deliveries land on.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

/** Adds intake_groups. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('intake_groups')
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('group_key', 'text', (col) => col.notNull())
    .addColumn('incident_id', 'text')
    .addColumn('claimed_by', 'text', (col) => col.notNull())
    .addColumn('claimed_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('intake_groups_pk', ['source', 'group_key'])
    .execute();
}

/** Removes the table. */
export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('intake_groups').execute();
}
