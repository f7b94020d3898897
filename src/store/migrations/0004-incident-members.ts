import type { Kysely } from 'kysely';

// Incident members: a filter column listing every participant's name and e-mail, so the list of incidents a
// non-admin may see (restricted ones only when they take part) is filtered and paged in SQL rather than in memory.
// The key is computed here as it was defined when this migration was written; later code keeps it up to date.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

function memberKey(value: string): string {
  return value.toLowerCase().replace(/%/g, '%25').replace(/\|/g, '%7C');
}

function membersKey(data: string): string {
  const fields = JSON.parse(data) as { participants?: Array<{ name: string; email?: string }> };
  const values = (fields.participants ?? []).flatMap((p) => (p.email ? [p.name, p.email] : [p.name]));
  return `|${values.map(memberKey).join('|')}|`;
}

/** Adds incidents.members_key and fills it from every incident's participants. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('incidents')
    .addColumn('members_key', 'text', (col) => col.notNull().defaultTo('||'))
    .execute();
  const rows = (await db.selectFrom('incidents').select(['id', 'data']).execute()) as Array<{
    id: string;
    data: string;
  }>;
  for (const row of rows) {
    await db
      .updateTable('incidents')
      .set({ members_key: membersKey(row.data) })
      .where('id', '=', row.id)
      .execute();
  }
}

/** Removes the column. */
export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('incidents').dropColumn('members_key').execute();
}
