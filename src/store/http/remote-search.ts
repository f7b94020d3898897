import type { SearchResults } from '../../domain/api/index.js';
import { searchedText } from '../../domain/index.js';
import type { SearchRepository } from '../store.js';
import type { RemoteClient } from './remote-client.js';

/** Search over the REST API: the server searches what the token's user may see, in the part of long text it reads. */
export function remoteSearch(client: RemoteClient): SearchRepository {
  return {
    async search(text, options = {}) {
      const { hits } = await client.call<SearchResults>({
        path: '/api/search',
        query: {
          q: searchedText(text),
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
