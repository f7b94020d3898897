import type { IncidentDocument } from '../../../src/domain/index.js';
import type { IncidentBundle } from '../api/types.js';

/** The incident as one document, the shape the playbook's statements are filled from. */
export function incidentDocument(bundle: IncidentBundle): IncidentDocument {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = bundle.incident;
  return {
    ...fields,
    timeline: bundle.timeline,
    factors: bundle.factors,
    actions: bundle.actions,
    reviews: bundle.reviews,
  };
}
