import type { Incident } from '../../domain/index.js';
import type { StoredAction, StoredEvent, StoredFactor, StoredReview } from '../store.js';

/** What GET /api/incidents/:id answers: the incident and its children. */
export interface IncidentBody {
  incident: Incident;
  timeline: StoredEvent[];
  factors: StoredFactor[];
  actions: StoredAction[];
  reviews: StoredReview[];
}
