import type { Kysely } from 'kysely';
import {
  type ActionStatus,
  closingProblem,
  type Incident,
  type IncidentFields,
  type IncidentFieldsInput,
  incidentFieldsSchema,
  invalidInput,
  parseWith,
} from '../domain/index.js';
import {
  checkDueDate,
  incidentColumns,
  incidentFields,
  requireIncidentRow,
  toIncident,
} from './incident-rows.js';
import { writeAudit } from './kysely-audit-log.js';
import { applyPatch, changedFields, nowIso, requireVersion } from './record-helpers.js';
import type { Database } from './schema.js';
import type { WriteContext } from './store.js';

/** Rejects new incident moments that would put an existing action's due date before the incident. */
async function checkActionsStillValid(tx: Kysely<Database>, id: string, fields: IncidentFields) {
  const actions = await tx
    .selectFrom('actions')
    .select(['id', 'due_date'])
    .where('incident_id', '=', id)
    .where('due_date', 'is not', null)
    .execute();
  for (const action of actions) checkDueDate(fields, action.due_date ?? undefined, `${action.id}.dueDate`);
}

/** An incident closes only once every action is done or dropped (`docs/architecture.md, Closing an incident`). */
async function checkNothingOpen(tx: Kysely<Database>, id: string) {
  const actions = await tx
    .selectFrom('actions')
    .select(['id', 'status'])
    .where('incident_id', '=', id)
    .execute();
  const problem = closingProblem(
    actions.map((action) => ({ id: action.id, status: action.status as ActionStatus })),
  );
  if (problem) throw invalidInput(`invalid incident: ${problem}`);
}

/**
 * Applies a patch to an incident inside the caller's transaction: checks the version read, the incident's rules
 * and its actions, writes the audit entry, and returns the incident as it now is (unchanged when nothing differs).
 */
export async function updateIncidentRow(
  tx: Kysely<Database>,
  id: string,
  version: number,
  patch: Partial<IncidentFieldsInput>,
  ctx: WriteContext,
  lock: boolean,
): Promise<Incident> {
  const current = toIncident(await requireIncidentRow(tx, id, lock));
  requireVersion(`incident ${id}`, current, version);
  const before = incidentFields(current);
  const after = parseWith(incidentFieldsSchema, applyPatch(before, patch), 'incident');
  const changes = changedFields(before, after);
  if (Object.keys(changes).length === 0) return current;
  if ('moments' in changes) await checkActionsStillValid(tx, id, after);
  if ('status' in changes && after.status === 'closed') await checkNothingOpen(tx, id);
  const now = nowIso();
  await tx
    .updateTable('incidents')
    .set({ ...incidentColumns(after), version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .execute();
  await writeAudit(tx, [
    {
      at: now,
      actor: ctx.actor,
      action: 'update',
      entity: 'incident',
      entityId: id,
      incidentId: id,
      changes,
    },
  ]);
  return toIncident(await requireIncidentRow(tx, id));
}
