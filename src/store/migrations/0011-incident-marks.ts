import { type Kysely, sql } from 'kysely';
import { isPostgres } from './is-postgres.js';

// What insights count across incidents: each incident's log signatures and fired alerts (by name), with how many
// of its events carry each. Kept by triggers on events, as search_entries is, so every way of writing events (one,
// a batch, a saved document, a restore, an incident deleted) keeps it right; insights then read a few thousand
// rows instead of parsing a million events. An alert-fired event marks its alert ("Alert NAME …"); any other event
// with a signature marks the signature.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

async function createTable(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('incident_marks')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('incident_id', 'text', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('incident_marks_pk', ['kind', 'name', 'incident_id'])
    .execute();
  await db.schema.createIndex('incident_marks_incident').on('incident_marks').column('incident_id').execute();
}

/** SQLite: the mark's kind and name of an events row (`new` or `old`), null when it has none. */
function sqliteMark(row: string): { kind: string; name: string } {
  const field = (name: string) => `json_extract(${row}.data, '$.${name}')`;
  const rest = `substr(${field('summary')}, 7)`;
  // The first word after "Alert ", as /^Alert (\S+)/ reads it.
  const alert = `case when substr(${field('summary')}, 1, 6) = 'Alert ' and substr(${rest}, 1, 1) not in (' ', '')
    then substr(${rest}, 1, instr(${rest} || ' ', ' ') - 1) end`;
  const signature = `nullif(${field('signature')}, '')`;
  const isAlert = `${field('kind')} = 'alert-fired'`;
  return {
    kind: `case when ${isAlert} then (case when (${alert}) is not null then 'alert' end)
      when ${signature} is not null then 'signature' end`,
    name: `case when ${isAlert} then ${alert} else ${signature} end`,
  };
}

async function upSqlite(db: AnyDb): Promise<void> {
  const add = (row: string) => {
    const mark = sqliteMark(row);
    return `insert into incident_marks (kind, name, incident_id, n)
      select k, m, ${row}.incident_id, 1 from (select ${mark.kind} as k, ${mark.name} as m) where k is not null
      on conflict (kind, name, incident_id) do update set n = n + 1;`;
  };
  const remove = (row: string) => {
    const mark = sqliteMark(row);
    const match = `kind = (${mark.kind}) and name = (${mark.name}) and incident_id = ${row}.incident_id`;
    return `update incident_marks set n = n - 1 where ${match};
      delete from incident_marks where ${match} and n <= 0;`;
  };
  await sql
    .raw(`create trigger marks_events_insert after insert on events begin ${add('new')} end`)
    .execute(db);
  await sql
    .raw(`create trigger marks_events_delete after delete on events begin ${remove('old')} end`)
    .execute(db);
  await sql
    .raw(
      `create trigger marks_events_update after update of data on events begin ${remove('old')} ${add('new')} end`,
    )
    .execute(db);
}

async function upPostgres(db: AnyDb): Promise<void> {
  await sql
    .raw(
      `create function debrief_mark(data text, out kind text, out name text) language sql immutable as $$
        select case when d ->> 'kind' = 'alert-fired' then
                 (case when substring(d ->> 'summary' from '^Alert (\\S+)') is not null then 'alert' end)
               when nullif(d ->> 'signature', '') is not null then 'signature' end,
               case when d ->> 'kind' = 'alert-fired' then substring(d ->> 'summary' from '^Alert (\\S+)')
               else nullif(d ->> 'signature', '') end
        from (select data::jsonb as d) as parsed
      $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function debrief_marks_change() returns trigger language plpgsql as $$
      declare
        mark record;
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          select * into mark from debrief_mark(old.data);
          if mark.kind is not null then
            update incident_marks set n = n - 1
              where kind = mark.kind and name = mark.name and incident_id = old.incident_id;
            delete from incident_marks
              where kind = mark.kind and name = mark.name and incident_id = old.incident_id and n <= 0;
          end if;
        end if;
        if tg_op = 'UPDATE' then
          select * into mark from debrief_mark(new.data);
          if mark.kind is not null then
            insert into incident_marks (kind, name, incident_id, n) values (mark.kind, mark.name, new.incident_id, 1)
              on conflict (kind, name, incident_id) do update set n = incident_marks.n + 1;
          end if;
          return new;
        end if;
        return old;
      end
      $$`,
    )
    .execute(db);
  // Events arrive in batches: one statement adds a batch's marks, counted.
  await sql
    .raw(
      `create function debrief_marks_insert() returns trigger language plpgsql as $$
      begin
        insert into incident_marks (kind, name, incident_id, n)
          select m.kind, m.name, n.incident_id, count(*)
          from new_rows n cross join lateral debrief_mark(n.data) m
          where m.kind is not null
          group by m.kind, m.name, n.incident_id
        on conflict (kind, name, incident_id) do update set n = incident_marks.n + excluded.n;
        return null;
      end
      $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger marks_events after update of data or delete on events
       for each row execute function debrief_marks_change()`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger marks_events_insert after insert on events
       referencing new table as new_rows for each statement execute function debrief_marks_insert()`,
    )
    .execute(db);
}

/** Adds incident_marks, the triggers that keep it, and marks what is there already. */
export async function up(db: AnyDb): Promise<void> {
  await createTable(db);
  if (isPostgres(db)) {
    await upPostgres(db);
    await sql`insert into incident_marks (kind, name, incident_id, n)
      select m.kind, m.name, e.incident_id, count(*) from events e cross join lateral debrief_mark(e.data) m
      where m.kind is not null group by m.kind, m.name, e.incident_id`.execute(db);
    return;
  }
  await upSqlite(db);
  const mark = sqliteMark('e');
  await sql
    .raw(
      `insert into incident_marks (kind, name, incident_id, n)
       select k, m, incident_id, count(*) from (select ${mark.kind} as k, ${mark.name} as m, e.incident_id from events e)
       where k is not null group by k, m, incident_id`,
    )
    .execute(db);
}

/** Removes the triggers and the table. */
export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger marks_events on events`.execute(db);
    await sql`drop trigger marks_events_insert on events`.execute(db);
    await sql`drop function debrief_marks_insert()`.execute(db);
    await sql`drop function debrief_marks_change()`.execute(db);
    await sql`drop function debrief_mark(text)`.execute(db);
  } else {
    for (const op of ['insert', 'update', 'delete'])
      await sql.raw(`drop trigger marks_events_${op}`).execute(db);
  }
  await db.schema.dropTable('incident_marks').execute();
}
