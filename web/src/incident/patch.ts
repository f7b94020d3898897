import type { Incident, IncidentFieldsInput } from '../../../src/domain/index.js';
import { api } from '../api/client.js';

/** Saves changed fields of an incident against the version that was read (a stale one gets a 409). */
export function patchIncident(incident: Incident, fields: Partial<IncidentFieldsInput>): Promise<Incident> {
  return api<Incident>('PATCH', `/api/incidents/${encodeURIComponent(incident.id)}`, {
    version: incident.version,
    ...fields,
  });
}

/** The API path of a child record (events, factors, actions, reviews) for updates and deletes. */
export function recordPath(
  kind: 'events' | 'factors' | 'actions' | 'reviews',
  id: string,
  version?: number,
): string {
  const base = `/api/${kind}/${encodeURIComponent(id)}`;
  return version === undefined ? base : `${base}?version=${version}`;
}
