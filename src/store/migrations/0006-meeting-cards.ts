import type { Kysely } from 'kysely';

// Anonymous cards, votes used and raised points of the review meeting. meeting_cards has no author column by
// design: who wrote a card is never stored. meeting_votes counts the votes each person used, not where.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

/** Adds meeting_cards, meeting_votes and meeting_points. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('meeting_cards')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('review_id', 'text', (col) => col.notNull())
    .addColumn('incident_id', 'text', (col) => col.notNull())
    .addColumn('prompt', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('group_title', 'text')
    .addColumn('revealed', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('votes', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('meeting_cards_review').on('meeting_cards').column('review_id').execute();
  await db.schema
    .createTable('meeting_votes')
    .addColumn('review_id', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('used', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('meeting_votes_pk', ['review_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('meeting_points')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('review_id', 'text', (col) => col.notNull())
    .addColumn('incident_id', 'text', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('raised_by_id', 'text', (col) => col.notNull())
    .addColumn('raised_by_name', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('meeting_points_review').on('meeting_points').column('review_id').execute();
}

/** Removes the tables. */
export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('meeting_points').execute();
  await db.schema.dropTable('meeting_votes').execute();
  await db.schema.dropTable('meeting_cards').execute();
}
