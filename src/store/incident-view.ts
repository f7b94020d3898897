import { type Incident, type IncidentMetrics, metricsFromMoments } from '../domain/index.js';
import type { Store, StoredAction, StoredEvent, StoredFactor, StoredReview } from './store.js';

/** An incident with all its child records and its metrics: what `show` prints and the API returns. */
export interface IncidentView {
  incident: Incident;
  timeline: StoredEvent[];
  factors: StoredFactor[];
  actions: StoredAction[];
  reviews: StoredReview[];
  metrics: IncidentMetrics;
}

/** Reads an incident's children (the caller has read, and where needed access-checked, the incident). */
export async function loadIncidentView(store: Store, incident: Incident): Promise<IncidentView> {
  const [timeline, factors, actions, reviews] = await Promise.all([
    store.timeline.list(incident.id),
    store.factors.list(incident.id),
    store.actions.list(incident.id),
    store.reviews.list(incident.id),
  ]);
  return { incident, timeline, factors, actions, reviews, metrics: metricsFromMoments(incident.moments) };
}
