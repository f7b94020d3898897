import type { Incident, IncidentFieldsInput } from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import type { FormValues } from '../lib/merge-values.js';
import type { StoredValues } from './save-with-merge.js';

/**
 * Saves changed fields of an incident against `version`, the one the author started from (a stale one gets a
 * 409), never the one on the page now: live updates move that on under an open editor.
 */
export function patchIncident(
  id: string,
  version: number,
  fields: Partial<IncidentFieldsInput>,
): Promise<Incident> {
  return api<Incident>('PATCH', `/api/incidents/${encodeURIComponent(id)}`, { version, ...fields });
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

/** Reads a record an API call answered (a save, or `current` of a 409) as form values, when it has a version. */
export function fromRecord<R, V extends FormValues>(
  toValues: (record: R) => V,
): (answer: unknown) => StoredValues<V> | undefined {
  return (answer) => {
    if (typeof answer !== 'object' || answer === null) return undefined;
    const version = (answer as { version?: unknown }).version;
    if (typeof version !== 'number') return undefined;
    return { values: toValues(answer as R), version };
  };
}

/** fromRecord for the incident itself. */
export const fromIncident = <V extends FormValues>(toValues: (incident: Incident) => V) =>
  fromRecord<Incident, V>(toValues);
