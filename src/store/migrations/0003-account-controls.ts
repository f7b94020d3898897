import type { Kysely } from 'kysely';

// Account controls: users carry a version (a stale role change is a conflict, like every other record) and may
// be disabled; API tokens remember when they were last used. Plain ADD COLUMN, the same on SQLite and PostgreSQL.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

/** Adds users.version, users.disabled_at and api_tokens.last_used_at, and indexes on the user of tokens and sessions. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('last_used_at', 'text').execute();
  await db.schema.createIndex('api_tokens_user_id').on('api_tokens').column('user_id').execute();
  // Disabling a user deletes their sessions by user.
  await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();
}

/** Removes what `up` added. */
export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('sessions_user_id').ifExists().execute();
  await db.schema.dropIndex('api_tokens_user_id').ifExists().execute();
  await db.schema.alterTable('api_tokens').dropColumn('last_used_at').execute();
  await db.schema.alterTable('users').dropColumn('disabled_at').execute();
  await db.schema.alterTable('users').dropColumn('version').execute();
}
