import type { BulkEventsResult } from '../../domain/api/index.js';
import type { Incident, TimelineEventInput } from '../../domain/index.js';
import type { StoredEvent, TimelineRepository } from '../store.js';
import { bulkBatches } from './bulk-batches.js';
import { remoteChildren } from './remote-children.js';
import type { RemoteClient } from './remote-client.js';

const enc = encodeURIComponent;

/** Timeline events over the REST API; many at once go in bulk requests under the server's body limit. */
export function remoteTimeline(client: RemoteClient): TimelineRepository {
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
        const saved = await client.call<BulkEventsResult>({
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
