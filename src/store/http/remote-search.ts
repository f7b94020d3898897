import type { SearchResults } from '../../domain/api/index.js';
import type { SearchRepository } from '../store.js';
import type { RemoteClient } from './remote-client.js';

/** Search over the REST API: the server searches what the token's user may see. */
export function remoteSearch(client: RemoteClient): SearchRepository {
  return {
    async search(text, options = {}) {
      const { hits } = await client.call<SearchResults>({
        path: '/api/search',
        query: {
          q: text,
          incident: options.incidentId,
          exclude: options.excludeIncidentId,
          any: options.any ? 'true' : undefined,
          limit: options.limit === undefined ? undefined : String(options.limit),
        },
      });
      return hits;
    },
  };
}
