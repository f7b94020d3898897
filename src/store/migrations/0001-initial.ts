import type { CreateTableBuilder, Kysely } from 'kysely';
import { isPostgres } from './is-postgres.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

/** The columns every child record of an incident shares; children go when their incident goes. */
function childColumns<T extends string>(table: CreateTableBuilder<T, never>) {
  return table
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull());
}

/** Incidents, their timeline events, factors, actions and reviews, and the audit log. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('severity', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('restricted', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('services_key', 'text', (col) => col.notNull())
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('incidents_created_at').on('incidents').columns(['created_at', 'id']).execute();

  await childColumns(db.schema.createTable('events'))
    .addColumn('at', 'text')
    .addColumn('fingerprint', 'text')
    .execute();
  // NULL fingerprints never collide in a unique index, in SQLite and PostgreSQL alike.
  await db.schema
    .createIndex('events_fingerprint')
    .on('events')
    .columns(['incident_id', 'fingerprint'])
    .unique()
    .execute();
  await db.schema
    .createIndex('events_incident_at')
    .on('events')
    .columns(['incident_id', 'at', 'seq'])
    .execute();

  await childColumns(db.schema.createTable('factors')).execute();
  await db.schema.createIndex('factors_incident').on('factors').columns(['incident_id', 'seq']).execute();

  await childColumns(db.schema.createTable('actions'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('due_date', 'text')
    .addColumn('factor_id', 'text')
    .execute();
  await db.schema.createIndex('actions_incident').on('actions').columns(['incident_id', 'seq']).execute();
  await db.schema.createIndex('actions_due').on('actions').columns(['status', 'due_date']).execute();

  await childColumns(db.schema.createTable('reviews')).execute();
  await db.schema.createIndex('reviews_incident').on('reviews').columns(['incident_id', 'seq']).execute();

  const postgres = isPostgres(db);
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (col) =>
      postgres ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text', (col) => col.notNull())
    // No foreign key: the log outlives the records it describes.
    .addColumn('incident_id', 'text')
    .addColumn('changes', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('audit_log_incident').on('audit_log').columns(['incident_id', 'id']).execute();
}

/** Drops everything `up` created. */
export async function down(db: AnyDb): Promise<void> {
  for (const table of ['audit_log', 'reviews', 'actions', 'factors', 'events', 'incidents']) {
    await db.schema.dropTable(table).execute();
  }
}
