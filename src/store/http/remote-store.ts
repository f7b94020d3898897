import type {
  ActionInput,
  FactorInput,
  Incident,
  IncidentDocument,
  ReviewInput,
  TimelineEventInput,
} from '../../domain/index.js';
import { isDebriefError, isOverdue } from '../../domain/index.js';
import type {
  ActionRepository,
  ChildRepository,
  IncidentFilter,
  IncidentRepository,
  Store,
  StoredAction,
  StoredEvent,
  StoredFactor,
  StoredReview,
  TimelineRepository,
} from '../store.js';
import type { RemoteClient } from './remote-client.js';
import { needsDatabase } from './remote-errors.js';

/** What GET /api/incidents/:id answers: the incident and its children. */
interface IncidentBody {
  incident: Incident;
  timeline: StoredEvent[];
  factors: StoredFactor[];
  actions: StoredAction[];
  reviews: StoredReview[];
}

type ChildKey = 'timeline' | 'factors' | 'actions' | 'reviews';

// The server pages incident lists at 200 at most.
const pageSize = 200;
// Bytes of events per bulk request: half the server's default 2 MiB JSON body limit.
const bulkBytes = 1024 * 1024;

const enc = encodeURIComponent;

function incidentQuery(filter: IncidentFilter): Record<string, string | undefined> {
  return {
    status: filter.status?.join(','),
    severity: filter.severity?.join(','),
    service: filter.service,
    q: filter.search,
  };
}

function remoteIncidents(client: RemoteClient, save: Store['documents']['save']): IncidentRepository {
  const get = async (id: string) =>
    (await client.call<IncidentBody>({ path: `/api/incidents/${enc(id)}` })).incident;
  return {
    async create(fields, ctx, id) {
      if (id === undefined) {
        return client.call<Incident>({ method: 'POST', path: '/api/incidents', body: fields });
      }
      // A chosen id (import, restore) goes through the whole-document save, which creates it under that id.
      return (await save({ ...fields, id }, ctx)).incident;
    },
    get,
    async find(id) {
      try {
        return await get(id);
      } catch (error) {
        if (isDebriefError(error) && error.code === 'not_found') return undefined;
        throw error;
      }
    },
    async list(filter = {}) {
      const wanted = filter.limit ?? Number.POSITIVE_INFINITY;
      const found: Incident[] = [];
      let offset = filter.offset ?? 0;
      while (found.length < wanted) {
        const limit = Math.min(pageSize, wanted - found.length);
        const page = await client.call<{ incidents: Incident[]; total: number }>({
          path: '/api/incidents',
          query: { ...incidentQuery(filter), limit, offset, view: 'full' },
        });
        found.push(...page.incidents);
        offset += page.incidents.length;
        if (page.incidents.length < limit || offset >= page.total) break;
      }
      return found;
    },
    async count(filter = {}) {
      const page = await client.call<{ total: number }>({
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

function remoteChildren<Stored, Input>(
  client: RemoteClient,
  segment: string,
  key: ChildKey,
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
      const body = await client.call<IncidentBody>({ path: `/api/incidents/${enc(incidentId)}` });
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

function remoteTimeline(client: RemoteClient): TimelineRepository {
  return {
    ...remoteChildren<StoredEvent, TimelineEventInput>(client, 'events', 'timeline'),
    async addMany(incidentId, events, _ctx, options = {}) {
      const added: StoredEvent[] = [];
      let skipped = 0;
      let incident: Incident | undefined;
      const batches = bulkBatches(events);
      for (const [index, batch] of batches.entries()) {
        // The moments (already planned by the caller, at the version it read) travel with the first batch.
        const moments =
          index === 0 && options.moments !== undefined
            ? { moments: options.moments, policy: 'replace', version: options.version }
            : {};
        const saved = await client.call<{ added: StoredEvent[]; skipped: number; incident: Incident }>({
          method: 'POST',
          path: `/api/incidents/${enc(incidentId)}/events/bulk`,
          body: { events: batch, ...moments },
        });
        added.push(...saved.added);
        skipped += saved.skipped;
        incident = saved.incident;
      }
      return { added, skipped, incident: incident as Incident };
    },
  };
}

/**
 * Splits events into requests that each stay under the body limit (always at least one, possibly empty);
 * fingerprints make a batch that is sent again add nothing.
 */
export function bulkBatches<T>(events: readonly T[], maxBytes = bulkBytes): T[][] {
  const batches: T[][] = [[]];
  let size = 0;
  for (const event of events) {
    const bytes = Buffer.byteLength(JSON.stringify(event));
    const current = batches[batches.length - 1] ?? [];
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push([event]);
      size = bytes;
    } else {
      current.push(event);
      size += bytes;
    }
  }
  return batches;
}

function remoteActions(client: RemoteClient): ActionRepository {
  const repository: ActionRepository = {
    ...remoteChildren<StoredAction, ActionInput>(client, 'actions', 'actions'),
    async count(filter) {
      return (await repository.search(filter)).length;
    },
    async search(filter) {
      const { actions } = await client.call<{ actions: StoredAction[] }>({
        path: '/api/actions',
        query: { status: filter.status?.join(','), owner: filter.owner },
      });
      // The API judges overdue against the server's day; the caller's day and incident are applied here.
      const day = filter.overdueOn;
      return actions.filter(
        (action) =>
          (filter.incidentId === undefined || action.incidentId === filter.incidentId) &&
          (day === undefined || isOverdue(action, day)),
      );
    },
  };
  return repository;
}

/**
 * The records port over a debrief server's REST API, so the CLI's verbs work unchanged with `--server`. Writes
 * are made as the token's user (the server records that user in its audit log, whatever actor a write names).
 * The audit log, change feed, backups and accounts are not offered: only the SQL adapter has them.
 */
export async function openRemoteStore(client: RemoteClient): Promise<Store> {
  const ready = await client.call<{ database: Store['dialect'] }>({ path: '/readyz' });
  const documents: Store['documents'] = {
    load(id) {
      return client.call<IncidentDocument>({ path: `/api/incidents/${enc(id)}/document` });
    },
    save(doc, _ctx, options = {}) {
      return client.call<{ created: boolean; incident: Incident }>({
        method: 'PUT',
        path: `/api/incidents/${enc(doc.id)}/document`,
        body: doc,
        ifMatch: options.expectedVersion,
      });
    },
  };
  return {
    dialect: ready.database,
    async migrate() {
      // The server migrates its own database when it starts.
    },
    async ping() {
      await client.call({ path: '/readyz' });
    },
    async close() {},
    incidents: remoteIncidents(client, documents.save),
    timeline: remoteTimeline(client),
    factors: remoteChildren<StoredFactor, FactorInput>(client, 'factors', 'factors'),
    actions: remoteActions(client),
    reviews: remoteChildren<StoredReview, ReviewInput>(client, 'reviews', 'reviews'),
    documents,
  };
}
