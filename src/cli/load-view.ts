import { metricsFromMoments } from '../domain/index.js';
import type { Store } from '../store/store.js';
import type { IncidentView } from './incident-view.js';

/** Reads an incident and all its children from the store. */
export async function loadIncidentView(store: Store, id: string): Promise<IncidentView> {
  const incident = await store.incidents.get(id);
  const [timeline, factors, actions, reviews] = await Promise.all([
    store.timeline.list(id),
    store.factors.list(id),
    store.actions.list(id),
    store.reviews.list(id),
  ]);
  return { incident, timeline, factors, actions, reviews, metrics: metricsFromMoments(incident.moments) };
}
