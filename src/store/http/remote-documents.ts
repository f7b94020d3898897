import type { DocumentSaved } from '../../domain/api/index.js';
import type { IncidentDocument } from '../../domain/index.js';
import type { DocumentRepository } from '../store.js';
import type { RemoteClient } from './remote-client.js';

const enc = encodeURIComponent;

/** Whole incident documents over the REST API; the expected version travels as If-Match (`*`: replace whatever is there). */
export function remoteDocuments(client: RemoteClient): DocumentRepository {
  return {
    load(id) {
      return client.call<IncidentDocument>({ path: `/api/incidents/${enc(id)}/document` });
    },
    save(doc, _ctx, options = {}) {
      return client.call<DocumentSaved>({
        method: 'PUT',
        path: `/api/incidents/${enc(doc.id)}/document`,
        body: doc,
        // Without a version read, the caller replaces what is there on purpose (`debrief import`).
        ifMatch: options.expectedVersion ?? '*',
      });
    },
  };
}
