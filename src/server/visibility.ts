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
