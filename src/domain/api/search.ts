import { z } from 'zod';
import { incidentStatusSchema, severitySchema } from '../incident.js';

export const searchKinds = ['incident', 'event', 'factor', 'action', 'review'] as const;

/** One record that matched, with its incident and the words that matched marked in a snippet of its text. */
export const searchHitSchema = z.object({
  kind: z.enum(searchKinds),
  recordId: z.string(),
  incidentId: z.string(),
  incidentTitle: z.string(),
  severity: severitySchema,
  status: incidentStatusSchema,
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** GET /api/search: what matched, best first, among the incidents the caller may see. */
export const searchResultsSchema = z.object({ hits: z.array(searchHitSchema) });
export type SearchResults = z.infer<typeof searchResultsSchema>;

/** GET /api/incidents/:id/similar: other incidents that read like this one, best first. */
export const similarIncidentsSchema = z.object({
  incidents: z.array(
    z.object({
      incidentId: z.string(),
      title: z.string(),
      severity: severitySchema,
      status: incidentStatusSchema,
      snippet: searchHitSchema.shape.snippet,
    }),
  ),
});
export type SimilarIncidents = z.infer<typeof similarIncidentsSchema>;
