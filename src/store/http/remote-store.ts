import type { FactorInput, ReviewInput } from '../../domain/index.js';
import type { Store, StoredFactor, StoredReview } from '../store.js';
import { remoteActions } from './remote-actions.js';
import { remoteChildren } from './remote-children.js';
import type { RemoteClient } from './remote-client.js';
import { remoteDocuments } from './remote-documents.js';
import { remoteIncidents } from './remote-incidents.js';
import { remoteInsightRecords } from './remote-insights.js';
import { remoteSearch } from './remote-search.js';
import { remoteTimeline } from './remote-timeline.js';

/**
 * The records port over a debrief server's REST API, so the CLI's verbs work unchanged with `--server`. Writes
 * are made as the token's user (the server records that user in its audit log, whatever actor a write names).
 * The audit log, change feed, backups and accounts are not offered: only the SQL adapter has them.
 */
export async function openRemoteStore(client: RemoteClient): Promise<Store> {
  const ready = await client.call<{ database: Store['dialect'] }>({ path: '/readyz' });
  const documents = remoteDocuments(client);
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
    search: remoteSearch(client),
    insightRecords: remoteInsightRecords(remoteIncidents(client, documents.save), documents),
  };
}
