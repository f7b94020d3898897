import {
  type Incident,
  invalidInput,
  type Participant,
  parseWith,
  participantSchema,
} from '../domain/index.js';
import type { Store, WriteContext } from '../store/index.js';
import { retryOnConflict } from './retry-on-conflict.js';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Adds a person to an incident's participants with their role; a name already listed is refused. */
export async function addParticipant(
  store: Store,
  incidentId: string,
  input: unknown,
  ctx: WriteContext,
): Promise<Incident> {
  const person = parseWith(participantSchema, input, 'participant');
  // Two people added at once are both kept: the second is added to the newer list, checked again.
  return retryOnConflict(async () => {
    const incident = await store.incidents.get(incidentId);
    if (incident.participants.some((p) => same(p.name, person.name))) {
      throw invalidInput(
        `${person.name} is already a participant of ${incidentId}; remove them first to change their role`,
      );
    }
    return store.incidents.update(
      incidentId,
      incident.version,
      { participants: [...incident.participants, person] },
      ctx,
    );
  });
}

/** Removes a participant by name or e-mail (case-insensitive); one not listed is refused, naming who is. */
export async function removeParticipant(
  store: Store,
  incidentId: string,
  nameOrEmail: string,
  ctx: WriteContext,
): Promise<{ incident: Incident; removed: Participant }> {
  return retryOnConflict(async () => {
    const incident = await store.incidents.get(incidentId);
    const removed = incident.participants.find(
      (p) => same(p.name, nameOrEmail) || (p.email !== undefined && same(p.email, nameOrEmail)),
    );
    if (!removed) {
      const listed = incident.participants.map((p) => p.name).join(', ') || 'nobody';
      throw invalidInput(
        `${JSON.stringify(nameOrEmail)} is not a participant of ${incidentId} (listed: ${listed})`,
      );
    }
    const updated = await store.incidents.update(
      incidentId,
      incident.version,
      { participants: incident.participants.filter((p) => p !== removed) },
      ctx,
    );
    return { incident: updated, removed };
  });
}
