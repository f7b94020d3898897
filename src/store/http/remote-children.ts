import type { IncidentView } from '../../domain/api/index.js';
import type { ChildRepository } from '../store.js';
import type { RemoteClient } from './remote-client.js';
import { needsDatabase } from './remote-errors.js';

const enc = encodeURIComponent;

/**
 * One kind of an incident's child records over the REST API: `segment` names them in paths (`events`), `key` in
 * the incident's body (`timeline`). A chosen id needs the database: the API always makes its own.
 */
export function remoteChildren<Stored, Input>(
  client: RemoteClient,
  segment: string,
  key: Exclude<keyof IncidentView, 'incident'>,
): ChildRepository<Stored, Input> {
  return {
    async add(incidentId, fields, _ctx, id) {
      if (id !== undefined) throw needsDatabase(`adding a record with a chosen id (${id})`);
      return client.call<Stored>({
        method: 'POST',
        path: `/api/incidents/${enc(incidentId)}/${segment}`,
        body: fields,
      });
    },
    get(id) {
      return client.call<Stored>({ path: `/api/${segment}/${enc(id)}` });
    },
    async list(incidentId) {
      const body = await client.call<IncidentView>({ path: `/api/incidents/${enc(incidentId)}` });
      return body[key] as Stored[];
    },
    update(id, version, patch) {
      return client.call<Stored>({
        method: 'PATCH',
        path: `/api/${segment}/${enc(id)}`,
        body: { ...patch, version },
      });
    },
    async delete(id, version) {
      await client.call({ method: 'DELETE', path: `/api/${segment}/${enc(id)}`, query: { version } });
    },
  };
}
