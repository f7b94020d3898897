import { type Kysely, type Selectable, sql } from 'kysely';
import {
  type Incident,
  type IncidentFields,
  incidentStart,
  invalidInput,
  notFound,
} from '../domain/index.js';
import type { Database, IncidentsTable } from './schema.js';

/**
 * An incident's stored fields as today's code expects them: fields added after a row was written get their
 * defaults (an incident saved before `ask` existed has no `ask`), so an upgraded database reads like a new one.
 */
export function storedFields(data: string): IncidentFields {
  const fields = JSON.parse(data) as IncidentFields;
  return { ...fields, ask: fields.ask ?? '' };
}

/** Rebuilds an Incident from its row. */
export function toIncident(row: Selectable<IncidentsTable>): Incident {
  const fields = storedFields(row.data);
  return {
    id: row.id,
    ...fields,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The stored fields of an incident, without identity and bookkeeping. */
export function incidentFields(incident: Incident): IncidentFields {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = incident;
  return fields;
}

/** One name or e-mail as it stands in `members_key`: lower-cased, `%` and `|` encoded so it cannot span two. */
export function memberKey(value: string): string {
  return value.toLowerCase().replace(/%/g, '%25').replace(/\|/g, '%7C');
}

/** The columns that hold an incident's fields, including the ones only used to filter. */
export function incidentColumns(fields: IncidentFields) {
  return {
    title: fields.title,
    severity: fields.severity,
    status: fields.status,
    restricted: fields.restricted ? 1 : 0,
    services_key: `|${fields.services.map((s) => s.toLowerCase()).join('|')}|`,
    members_key: `|${fields.participants
      .flatMap((person) => (person.email ? [person.name, person.email] : [person.name]))
      .map(memberKey)
      .join('|')}|`,
    search_text: [fields.title, fields.bluf, fields.summary, fields.impact.description]
      .join('\n')
      .toLowerCase(),
    data: JSON.stringify(fields),
  };
}

/**
 * Reads an incident row inside a transaction, or throws not_found. With `forUpdate` (PostgreSQL) the row stays
 * locked until the transaction ends, so the version checked is the version replaced; SQLite's write
 * transactions hold the whole database already.
 */
export async function requireIncidentRow(
  tx: Kysely<Database>,
  id: string,
  forUpdate = false,
): Promise<Selectable<IncidentsTable>> {
  const query = tx.selectFrom('incidents').selectAll().where('id', '=', id);
  const row = await (forUpdate ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw notFound('incident', id);
  return row;
}

/**
 * Marks the incident changed because one of its children changed: its version moves on, so a whole-document
 * save based on an older read is refused.
 */
export async function bumpIncident(tx: Kysely<Database>, id: string, now: string): Promise<void> {
  const result = await tx
    .updateTable('incidents')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound('incident', id);
}

/** Checks an action's due date against the incident's first moment, naming both. */
export function checkDueDate(fields: IncidentFields, dueDate: string | undefined, where = 'dueDate'): void {
  const start = incidentStart(fields.moments);
  if (start && dueDate && dueDate < start.slice(0, 10)) {
    throw invalidInput(
      `invalid action: ${where} (${dueDate}) is before the incident's start (${start}); an action cannot be due before the incident began`,
    );
  }
}

// Names Windows keeps for devices, with or without an extension: a file named so cannot be made there.
const deviceName = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;

/**
 * A new incident's chosen id is usable as a file name everywhere its Markdown may be kept (`debrief export`,
 * `debrief sync`): not a Windows device name, and not another incident's id in other letter case, which a
 * case-insensitive file system (macOS, Windows) holds as the same file.
 */
export async function requireDistinctId(tx: Kysely<Database>, id: string): Promise<void> {
  if (deviceName.test(id)) {
    throw invalidInput(`id: ${JSON.stringify(id)} is a name Windows keeps for a device; choose another id`);
  }
  const twin = await tx
    .selectFrom('incidents')
    .select('id')
    .where(sql<string>`lower(id)`, '=', id.toLowerCase())
    .where('id', '<>', id)
    .executeTakeFirst();
  if (twin) {
    throw invalidInput(
      `id: ${JSON.stringify(id)} differs only in letter case from an incident's id, and would share its file on macOS and Windows; choose another id`,
    );
  }
}
