import { tellingWords } from '../domain/index.js';
import type { SearchHit, SearchOptions, Store } from '../store/index.js';

export interface SimilarIncident {
  incidentId: string;
  title: string;
  severity: SearchHit['severity'];
  status: SearchHit['status'];
  /** The best-matching record's snippet, its words that matched marked. */
  snippet: SearchHit['snippet'];
}

/**
 * Other incidents that read like this one: a search for any of the telling words of its title, services,
 * BLUF and summary, best first, one entry per incident, among those the reader may see (`visibleTo`).
 */
export async function similarIncidents(
  store: Store,
  incidentId: string,
  options: { visibleTo?: SearchOptions['visibleTo']; limit?: number } = {},
): Promise<SimilarIncident[]> {
  const incident = await store.incidents.get(incidentId);
  const text = [incident.title, incident.services.join(' '), incident.bluf, incident.summary].join('\n');
  const words = tellingWords(text);
  if (words.length === 0) return [];
  const hits = await store.search.search(words.join(' '), {
    any: true,
    excludeIncidentId: incidentId,
    visibleTo: options.visibleTo,
    limit: 100,
  });
  const similar: SimilarIncident[] = [];
  for (const hit of hits) {
    if (similar.some((entry) => entry.incidentId === hit.incidentId)) continue;
    similar.push({
      incidentId: hit.incidentId,
      title: hit.incidentTitle,
      severity: hit.severity,
      status: hit.status,
      snippet: hit.snippet,
    });
    if (similar.length === (options.limit ?? 5)) break;
  }
  return similar;
}
