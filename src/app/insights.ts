import { type Insights, insightsOf } from '../domain/index.js';
import type { Store } from '../store/index.js';

/**
 * Insights across the incidents a reader may see (`visibleTo`, as the incident list decides; all when left out):
 * incidents per month by severity and service, response times, factor categories, and the services, log
 * signatures and alerts seen in more than one incident. `debrief insights` and GET /api/insights.
 */
export async function incidentInsights(
  store: Store,
  options: { visibleTo?: string[] | undefined } = {},
): Promise<Insights> {
  const incidents = await store.incidents.list({ visibleTo: options.visibleTo });
  const records = await store.insightRecords();
  return insightsOf(incidents, records);
}
