import type { IncidentDocument } from '../../../src/domain/index.js';
import type { IncidentView } from '../api/types.js';

/** The incident as one document, the shape the playbook's statements are filled from. */
export function incidentDocument(bundle: IncidentView): IncidentDocument {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = bundle.incident;
  return {
    ...fields,
    timeline: bundle.timeline,
    factors: bundle.factors,
    actions: bundle.actions,
    reviews: bundle.reviews,
  };
}
