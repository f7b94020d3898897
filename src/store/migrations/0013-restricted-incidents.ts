import { type Kysely, sql } from 'kysely';

// The restricted incidents, found without reading every incident: a search by someone who is not an admin leaves
// out the ones they do not take part in, and restricted incidents are few.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

/** Adds an index of the restricted incidents. */
export async function up(db: AnyDb): Promise<void> {
  await sql`create index incidents_restricted on incidents (id) where restricted = 1`.execute(db);
}

/** Removes the index. */
export async function down(db: AnyDb): Promise<void> {
  await sql`drop index incidents_restricted`.execute(db);
}
