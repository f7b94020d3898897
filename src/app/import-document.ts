import type { DocumentSaved } from '../domain/api/index.js';
import {
  dueBeforeStart,
  type IncidentDocument,
  incidentDocumentSchema,
  incidentStart,
  invalidInput,
  type MomentLeftOut,
  type MomentName,
  type Moments,
  momentsFromTimeline,
  parseWith,
  unknownDocumentFields,
} from '../domain/index.js';
import type { Store, WriteContext } from '../store/index.js';

/**
 * What an import did: the store's answer, the key moments it took from the document's timeline, and those the
 * timeline gave that it left unset because they would break the order.
 */
export type DocumentImported = DocumentSaved & {
  momentsFromTimeline: MomentName[];
  momentsLeftOut: MomentLeftOut[];
  /** Fields of the input debrief does not know, left out (`unknownDocumentFields`). */
  unknownFields: string[];
};

const dropUnset = (moments: Moments): Moments =>
  Object.fromEntries(Object.entries(moments).filter(([, moment]) => moment !== undefined)) as Moments;

/**
 * A document that gives no key moments at all has them taken from its timeline (`momentsFromTimeline`). One that
 * gives any is taken as written: a moment its author removed (an export edited and imported again) stays removed
 * (trial 19). An action due before the start the timeline gives is refused, as `actions add` refuses it, rather
 * than the start left unset without a word.
 */
function withTimelineMoments(doc: IncidentDocument): {
  doc: IncidentDocument;
  set: MomentName[];
  leftOut: MomentLeftOut[];
} {
  if (Object.values(doc.moments).some((moment) => moment !== undefined)) return { doc, set: [], leftOut: [] };
  const filled = momentsFromTimeline(doc.moments, doc.timeline);
  const moments = dropUnset(filled.moments);
  const early = doc.actions.findIndex((action) => dueBeforeStart(action.dueDate, moments));
  if (early >= 0) {
    const start = incidentStart(moments) as string;
    const from = moments.impactStart?.at === start ? moments.impactStart : moments.detected;
    throw invalidInput(
      `actions[${early}].dueDate (${doc.actions[early]?.dueDate}, action "${doc.actions[early]?.title}") is before the incident's start (${start}), which the timeline gives (${from?.reason ?? 'its first event'}); an action cannot be due before the incident began: correct the due date, or give the key moments in the document`,
    );
  }
  return { doc: { ...doc, moments }, set: filled.set, leftOut: filled.leftOut };
}

/**
 * Imports a whole incident document (`debrief import`, and `PUT /api/incidents/:id/document` without a version):
 * creates the incident under its id or replaces it, with the key moments taken from its timeline when it gives
 * none, as hand-added events and evidence drafts set them. Saving a document one has read and edited
 * (`debrief edit`, a version given) is not an import: a moment its author removed stays removed.
 */
export async function importDocument(
  store: Store,
  input: unknown,
  ctx: WriteContext,
  options: { expectedVersion?: number } = {},
): Promise<DocumentImported> {
  const parsed = parseWith(incidentDocumentSchema, input, 'incident document');
  const { doc, set, leftOut } = withTimelineMoments(parsed);
  const saved = await store.documents.save(doc, ctx, options);
  return {
    ...saved,
    momentsFromTimeline: set,
    momentsLeftOut: leftOut,
    unknownFields: unknownDocumentFields(input),
  };
}
