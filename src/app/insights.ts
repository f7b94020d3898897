import { type Insights, insightsOf, type Repeat, repeatLimit } from '../domain/index.js';
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
  const records = await store.insightRecords({ visibleTo: options.visibleTo, limit: repeatLimit });
  return insightsOf(incidents, records, repeatLimit);
}

/** What an incident shares with others the reader may see: each a name and the other incidents it was seen in. */
export interface SeenElsewhere {
  services: Repeat[];
  signatures: Repeat[];
  alerts: Repeat[];
}

/**
 * The services, log signatures and alerts of one incident that other incidents the reader may see also had
 * ("this template was also seen in INC-… in March"), each listing only the other incidents.
 */
export async function seenElsewhere(
  store: Store,
  incidentId: string,
  options: { visibleTo?: string[] | undefined } = {},
): Promise<SeenElsewhere> {
  const incidents = await store.incidents.list({ visibleTo: options.visibleTo });
  if (!incidents.some((incident) => incident.id === incidentId)) await store.incidents.get(incidentId);
  const records = await store.insightRecords({ visibleTo: options.visibleTo, incidentId });
  const { repeats } = insightsOf(incidents, records, Number.MAX_SAFE_INTEGER);
  const others = (list: readonly Repeat[]) =>
    list
      .filter((repeat) => repeat.incidents.some((ref) => ref.incidentId === incidentId))
      .map((repeat) => ({
        ...repeat,
        incidents: repeat.incidents.filter((ref) => ref.incidentId !== incidentId),
      }));
  return {
    services: others(repeats.services),
    signatures: others(repeats.signatures),
    alerts: others(repeats.alerts),
  };
}
