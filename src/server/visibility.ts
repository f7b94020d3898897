import type { Incident } from '../domain/index.js';
import { notFound } from '../domain/index.js';
import type { User } from '../domain/user.js';
import type { Store } from '../store/index.js';
import { canSee } from './access.js';

/** The incident if the user may see it; a restricted incident is reported as not found, so its id leaks nothing. */
export async function visibleIncident(store: Store, user: User, id: string): Promise<Incident> {
  const incident = await store.incidents.find(id);
  if (!incident || !canSee(user, incident)) throw notFound('incident', id);
  return incident;
}

/**
 * The incident a record belongs to, if the user may see it; otherwise the record itself is reported as not found
 * (naming the incident would tell a non-member that the record exists, and where).
 */
export async function visibleRecordIncident(
  store: Store,
  user: User,
  incidentId: string,
  record: { what: string; id: string },
): Promise<Incident> {
  const incident = await store.incidents.find(incidentId);
  if (!incident || !canSee(user, incident)) throw notFound(record.what, record.id);
  return incident;
}
