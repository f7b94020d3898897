import type { DocumentSaved } from '../domain/api/index.js';
import {
  dueBeforeStart,
  type IncidentDocument,
  incidentDocumentSchema,
  type MomentName,
  type Moments,
  momentsFromTimeline,
  parseWith,
} from '../domain/index.js';
import type { Store, WriteContext } from '../store/index.js';

/** What an import did: the store's answer, and the key moments it took from the document's timeline. */
export type DocumentImported = DocumentSaved & { momentsFromTimeline: MomentName[] };

/**
 * The document's moments with those it leaves unset taken from its timeline (`momentsFromTimeline`), as long as
 * the document stays valid: a start taken from the timeline that would put an action's due date before the
 * incident began is not taken (the document as written is what the author meant).
 */
function withTimelineMoments(doc: IncidentDocument): { doc: IncidentDocument; set: MomentName[] } {
  const filled = momentsFromTimeline(doc.moments, doc.timeline);
  const attempts: Array<{ moments: Moments; set: MomentName[] }> = [
    filled,
    {
      moments: { ...filled.moments, impactStart: doc.moments.impactStart, detected: doc.moments.detected },
      set: filled.set.filter((name) => name !== 'impactStart' && name !== 'detected'),
    },
  ];
  for (const attempt of attempts) {
    const moments = dropUnset(attempt.moments);
    if (attempt.set.length > 0 && !doc.actions.some((action) => dueBeforeStart(action.dueDate, moments)))
      return { doc: { ...doc, moments }, set: attempt.set };
  }
  return { doc, set: [] };
}

const dropUnset = (moments: Moments): Moments =>
  Object.fromEntries(Object.entries(moments).filter(([, moment]) => moment !== undefined)) as Moments;

/**
 * Imports a whole incident document (`debrief import`, and `PUT /api/incidents/:id/document` without a version):
 * creates the incident under its id or replaces it, with the key moments the document leaves unset taken from its
 * timeline, as hand-added events and evidence drafts set them. Saving a document one has read and edited
 * (`debrief edit`, a version given) is not an import: a moment its author removed stays removed.
 */
export async function importDocument(
  store: Store,
  input: unknown,
  ctx: WriteContext,
  options: { expectedVersion?: number } = {},
): Promise<DocumentImported> {
  const parsed = parseWith(incidentDocumentSchema, input, 'incident document');
  const { doc, set } = withTimelineMoments(parsed);
  const saved = await store.documents.save(doc, ctx, options);
  return { ...saved, momentsFromTimeline: set };
}
