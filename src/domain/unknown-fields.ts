import { actionSchema } from './action.js';
import { incidentDocumentSchema } from './document.js';
import { factorSchema } from './factor.js';
import { nearestChoice } from './nearest.js';
import { reviewSchema } from './review.js';
import { timelineEventSchema } from './timeline.js';

const recordFields: Record<string, readonly string[]> = {
  timeline: Object.keys(timelineEventSchema.shape),
  factors: Object.keys(factorSchema.shape),
  actions: Object.keys(actionSchema.shape),
  reviews: Object.keys(reviewSchema.shape),
};
const documentFields = Object.keys(incidentDocumentSchema.shape);

/**
 * The fields of an incident document (as sent, before parsing) that debrief does not know and parsing drops ("due"
 * written for "dueDate" lost the date without a word, trial 20), each with the known field it most likely means:
 * `actions[0].due (did you mean dueDate?)`. debrief's own export has none.
 */
export function unknownDocumentFields(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const out: string[] = [];
  const say = (path: string, key: string, known: readonly string[]) => {
    const near = nearestChoice(key, known);
    out.push(`${path}${key}${near ? ` (did you mean ${near}?)` : ''}`);
  };
  for (const [key, records] of Object.entries(value)) {
    if (!documentFields.includes(key)) say('', key, documentFields);
    const known = recordFields[key];
    if (!known || !Array.isArray(records)) continue;
    records.forEach((record: unknown, index) => {
      if (!record || typeof record !== 'object' || Array.isArray(record)) return;
      for (const field of Object.keys(record))
        if (!known.includes(field)) say(`${key}[${index}].`, field, known);
    });
  }
  return out;
}
