import type { IncidentPage, IncidentView } from '../../domain/api/index.js';
import type { Incident } from '../../domain/index.js';
import { invalidInput, isDebriefError, maxIncidentPageSize } from '../../domain/index.js';
import type { DocumentRepository, IncidentFilter, IncidentRepository } from '../store.js';
import type { RemoteClient } from './remote-client.js';

const enc = encodeURIComponent;

// The server pages incident lists at 200 at most.
const pageSize = maxIncidentPageSize;

function incidentQuery(filter: IncidentFilter): Record<string, string | undefined> {
  return {
    status: filter.status?.join(','),
    severity: filter.severity?.join(','),
    service: filter.service,
    q: filter.search,
  };
}

/**
 * Incidents over the REST API. The server lists what the token's user may see, so `visibleTo` is not sent; an
 * incident created with a chosen id goes through the whole-document save.
 */
export function remoteIncidents(client: RemoteClient, save: DocumentRepository['save']): IncidentRepository {
  const get = async (id: string) =>
    (await client.call<IncidentView>({ path: `/api/incidents/${enc(id)}` })).incident;
  const find = async (id: string) => {
    try {
      return await get(id);
    } catch (error) {
      if (isDebriefError(error) && error.code === 'not_found') return undefined;
      throw error;
    }
  };
  return {
    async create(fields, ctx, id) {
      if (id === undefined) {
        return client.call<Incident>({ method: 'POST', path: '/api/incidents', body: fields });
      }
      // A chosen id (import, restore) goes through the whole-document save, which would replace an incident
      // already there: refuse a taken id first, as the database does (a create racing in between still wins).
      if (await find(id)) throw invalidInput(`an incident with id ${JSON.stringify(id)} already exists`);
      return (await save({ ...fields, id }, ctx)).incident;
    },
    get,
    find,
    async list(filter = {}) {
      const wanted = filter.limit ?? Number.POSITIVE_INFINITY;
      const found: Incident[] = [];
      let offset = filter.offset ?? 0;
      while (found.length < wanted) {
        const limit = Math.min(pageSize, wanted - found.length);
        const page = await client.call<IncidentPage>({
          path: '/api/incidents',
          query: { ...incidentQuery(filter), limit, offset, view: 'full' },
        });
        // view=full answers whole incidents, not the page's default summaries.
        found.push(...(page.incidents as Incident[]));
        offset += page.incidents.length;
        if (page.incidents.length < limit || offset >= page.total) break;
      }
      return found;
    },
    async count(filter = {}) {
      const page = await client.call<IncidentPage>({
        path: '/api/incidents',
        query: { ...incidentQuery(filter), limit: 1 },
      });
      return page.total;
    },
    update(id, version, patch) {
      return client.call<Incident>({
        method: 'PATCH',
        path: `/api/incidents/${enc(id)}`,
        body: { ...patch, version },
      });
    },
    async delete(id, version) {
      await client.call({ method: 'DELETE', path: `/api/incidents/${enc(id)}`, query: { version } });
    },
  };
}
