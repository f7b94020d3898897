import { type Kysely, sql } from 'kysely';
import { isPostgres } from './is-postgres.js';

// Full-text search over what people write: incidents, timeline events, factors, actions and review notes. Each
// record's searchable text is kept in `search_entries` by triggers on its table, so every way of writing (one
// record, a saved document, an evidence import, a restore, a delete) keeps it right without the code remembering.
// SQLite indexes it with FTS5, PostgreSQL with a GIN index over a stored to_tsvector('simple', …). Both see words the same
// way: runs of letters and digits, lower-cased, accents kept, no stemming; PostgreSQL is given the text with the
// characters its parser would join words by (`pay-api-3.internal`, `max_conns`, `src/lib.rs`) turned to spaces.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

/** Each kind's table and the fields of its JSON `data` that are searched: text fields, then lists of lines. */
const kinds = [
  {
    kind: 'incident',
    table: 'incidents',
    text: ['title', 'bluf', 'summary', 'ask', 'impact.description', 'followUp'],
    lists: ['wentWell', 'gotLucky'],
  },
  { kind: 'event', table: 'events', text: ['summary'], lists: [] },
  { kind: 'factor', table: 'factors', text: ['title', 'description'], lists: [] },
  { kind: 'action', table: 'actions', text: ['title', 'owner', 'droppedReason'], lists: [] },
  { kind: 'review', table: 'reviews', text: ['notes'], lists: ['decisions'] },
] as const;

/** What PostgreSQL's parser joins words with, each turned into a space before indexing (see above). */
export const joiningCharacters = '-./:_@=+~%&?#';

function sqliteBody(row: string, spec: (typeof kinds)[number]): string {
  const parts = [
    ...spec.text.map((field) => `coalesce(json_extract(${row}.data, '$.${field}'), '')`),
    ...spec.lists.map(
      (field) =>
        `coalesce((select group_concat(value, char(10)) from json_each(${row}.data, '$.${field}')), '')`,
    ),
  ];
  return parts.join(` || char(10) || `);
}

function postgresBody(spec: (typeof kinds)[number]): string {
  const path = (field: string) => `(data::jsonb #>> '{${field.split('.').join(',')}}')`;
  const parts = [
    ...spec.text.map((field) => `coalesce(${path(field)}, '')`),
    ...spec.lists.map(
      (field) =>
        `coalesce((select string_agg(value, chr(10)) from jsonb_array_elements_text(data::jsonb -> '${field}')), '')`,
    ),
  ];
  return parts.join(` || chr(10) || `);
}

async function upSqlite(db: AnyDb): Promise<void> {
  await sql`create table search_entries (
    id integer primary key,
    kind text not null,
    record_id text not null,
    incident_id text not null,
    body text not null
  )`.execute(db);
  await sql`create unique index search_entries_record on search_entries (kind, record_id)`.execute(db);
  await sql`create index search_entries_incident on search_entries (incident_id)`.execute(db);
  await sql`create virtual table search_fts using fts5(
    body, content = 'search_entries', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
  )`.execute(db);
  await sql`create trigger search_fts_insert after insert on search_entries begin
    insert into search_fts (rowid, body) values (new.id, new.body);
  end`.execute(db);
  await sql`create trigger search_fts_delete after delete on search_entries begin
    insert into search_fts (search_fts, rowid, body) values ('delete', old.id, old.body);
  end`.execute(db);
  await sql`create trigger search_fts_update after update of body on search_entries begin
    insert into search_fts (search_fts, rowid, body) values ('delete', old.id, old.body);
    insert into search_fts (rowid, body) values (new.id, new.body);
  end`.execute(db);
  for (const spec of kinds) {
    const incident = (row: string) => (spec.table === 'incidents' ? `${row}.id` : `${row}.incident_id`);
    await sql
      .raw(
        `create trigger search_${spec.table}_insert after insert on ${spec.table} begin
          insert into search_entries (kind, record_id, incident_id, body)
          values ('${spec.kind}', new.id, ${incident('new')}, ${sqliteBody('new', spec)});
        end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger search_${spec.table}_update after update of data on ${spec.table} begin
          update search_entries set body = ${sqliteBody('new', spec)}
          where kind = '${spec.kind}' and record_id = new.id;
        end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger search_${spec.table}_delete after delete on ${spec.table} begin
          delete from search_entries where kind = '${spec.kind}' and record_id = old.id;
        end`,
      )
      .execute(db);
    await sql
      .raw(
        `insert into search_entries (kind, record_id, incident_id, body)
         select '${spec.kind}', r.id, ${incident('r')}, ${sqliteBody('r', spec)} from ${spec.table} as r`,
      )
      .execute(db);
  }
}

async function upPostgres(db: AnyDb): Promise<void> {
  const spaces = ' '.repeat(joiningCharacters.length);
  // The words are kept beside the text, so ranking reads them instead of parsing every matching text again.
  await sql
    .raw(
      `create table search_entries (
        id bigserial primary key,
        kind text not null,
        record_id text not null,
        incident_id text not null,
        body text not null,
        words tsvector generated always as
          (to_tsvector('simple', translate(body, '${joiningCharacters}', '${spaces}'))) stored
      )`,
    )
    .execute(db);
  await sql`create unique index search_entries_record on search_entries (kind, record_id)`.execute(db);
  await sql`create index search_entries_incident on search_entries (incident_id)`.execute(db);
  await sql`create index search_entries_words on search_entries using gin (words)`.execute(db);
  const cases = kinds.map((spec) => `when '${spec.kind}' then ${postgresBody(spec)}`).join('\n      ');
  await sql
    .raw(
      `create function debrief_search_body(kind text, data text) returns text language sql immutable as $$
        select case kind
          ${cases}
        end
      $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function debrief_search_sync() returns trigger language plpgsql as $$
      declare
        entry_kind text := tg_argv[0];
      begin
        if tg_op = 'DELETE' then
          delete from search_entries where kind = entry_kind and record_id = old.id;
          return old;
        end if;
        update search_entries set body = debrief_search_body(entry_kind, new.data)
        where kind = entry_kind and record_id = new.id;
        return new;
      end
      $$`,
    )
    .execute(db);
  // Inserts come in batches (an evidence import adds thousands of events): one statement per batch, not per row.
  await sql
    .raw(
      `create function debrief_search_insert() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'incidents' then
          insert into search_entries (kind, record_id, incident_id, body)
          select tg_argv[0], n.id, n.id, debrief_search_body(tg_argv[0], n.data) from new_rows n;
        else
          insert into search_entries (kind, record_id, incident_id, body)
          select tg_argv[0], n.id, n.incident_id, debrief_search_body(tg_argv[0], n.data) from new_rows n;
        end if;
        return null;
      end
      $$`,
    )
    .execute(db);
  for (const spec of kinds) {
    await sql
      .raw(
        `create trigger search_${spec.table} after update of data or delete on ${spec.table}
         for each row execute function debrief_search_sync('${spec.kind}')`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger search_${spec.table}_insert after insert on ${spec.table}
         referencing new table as new_rows for each statement execute function debrief_search_insert('${spec.kind}')`,
      )
      .execute(db);
    const incident = spec.table === 'incidents' ? 'id' : 'incident_id';
    await sql
      .raw(
        `insert into search_entries (kind, record_id, incident_id, body)
         select '${spec.kind}', id, ${incident}, debrief_search_body('${spec.kind}', data) from ${spec.table}`,
      )
      .execute(db);
  }
}

/** Adds search_entries, the triggers that keep it, and its full-text index; indexes what is there already. */
export async function up(db: AnyDb): Promise<void> {
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
}

/** Removes the index, the triggers and the table. */
export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    for (const spec of kinds) {
      await sql.raw(`drop trigger search_${spec.table} on ${spec.table}`).execute(db);
      await sql.raw(`drop trigger search_${spec.table}_insert on ${spec.table}`).execute(db);
    }
    await sql`drop function debrief_search_insert()`.execute(db);
    await sql`drop function debrief_search_sync()`.execute(db);
    await sql`drop function debrief_search_body(text, text)`.execute(db);
    await sql`drop table search_entries`.execute(db);
    return;
  }
  for (const spec of kinds) {
    for (const op of ['insert', 'update', 'delete']) {
      await sql.raw(`drop trigger search_${spec.table}_${op}`).execute(db);
    }
  }
  await sql`drop table search_fts`.execute(db);
  await sql`drop table search_entries`.execute(db);
}
