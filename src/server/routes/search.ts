import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { similarIncidents } from '../../app/index.js';
import { searchResultsSchema, similarIncidentsSchema } from '../../domain/api/index.js';
import { searchLimits } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { userOf, visibleToOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

/** The query of GET /api/search. Any text is taken: it is words to find, never a query language. */
export const searchQuerySchema = z.object({
  q: z
    .string()
    .default('')
    .transform((text) => text.slice(0, searchLimits.input))
    .describe(
      `words to find (all of them, each also as a prefix); "quoted words" together; longer text is read up to ${searchLimits.input} characters`,
    ),
  incident: z.string().trim().min(1).optional().describe('only this incident’s records'),
  exclude: z.string().trim().min(1).optional().describe('leave this incident’s records out'),
  any: z.enum(['true', 'false']).optional().describe('any of the words rather than all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const searchContract = routeContract({
  method: 'GET',
  url: '/api/search',
  summary: 'full-text search over incidents, timelines, factors, actions and review notes you may see',
  description:
    'Ranked best first; each hit has a snippet whose matched words are marked (`match: true`). Input of any length or punctuation never fails.',
  tags: ['search'],
  access: 'user',
  query: searchQuerySchema,
  responses: { 200: { description: 'the hits', schema: searchResultsSchema } },
});

const similarContract = routeContract({
  method: 'GET',
  url: '/api/incidents/:id/similar',
  summary: 'other incidents that read like this one (its title, services, BLUF and summary), best first',
  tags: ['search'],
  access: 'user',
  params: z.object({ id: z.string() }),
  responses: { 200: { description: 'up to five incidents', schema: similarIncidentsSchema } },
});

/** GET /api/search and GET /api/incidents/:id/similar. */
export function searchRoutes(app: FastifyInstance, store: Store): void {
  addRoute(app, searchContract, async function search(request) {
    const user = userOf(request);
    const query = searchContract.parseQuery(request);
    if (query.incident !== undefined) await visibleIncident(store, user, query.incident);
    const hits = await store.search.search(query.q, {
      visibleTo: visibleToOf(user),
      incidentId: query.incident,
      excludeIncidentId: query.exclude,
      any: query.any === 'true',
      limit: query.limit,
    });
    return { hits };
  });

  addRoute(app, similarContract, async function similar(request) {
    const user = userOf(request);
    const { id } = similarContract.parseParams(request);
    const incident = await visibleIncident(store, user, id);
    return { incidents: await similarIncidents(store, incident.id, { visibleTo: visibleToOf(user) }) };
  });
}
