import { type Incident, type IncidentListItem, incidentListItem } from '../domain/index.js';
import type { Store } from '../store/index.js';

/**
 * The incident list's rows: each incident with when it began, its owner, the next review booked and its open
 * actions. One read of reviews and one count of actions per incident (a page holds at most 200), in parallel.
 */
export function incidentListItems(store: Store, incidents: readonly Incident[]): Promise<IncidentListItem[]> {
  return Promise.all(
    incidents.map(async (incident) => {
      const [reviews, openActions] = await Promise.all([
        store.reviews.list(incident.id),
        store.actions.count({ incidentId: incident.id, status: ['open', 'in-progress'] }),
      ]);
      return incidentListItem(incident, reviews, openActions);
    }),
  );
}
