import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordDecision } from '../../app/index.js';
import { storedReviewSchema } from '../../domain/api/index.js';
import { notFound } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

const recordContract = routeContract({
  method: 'POST',
  url: '/api/incidents/:id/reviews/:reviewId/decisions',
  summary: 'record a decision taken in a review meeting',
  description:
    'Appends to the review’s decisions whatever its version: two people recording at once both keep theirs (unlike a PATCH of `decisions`, which replaces the list). A closed review’s decisions are final.',
  tags: ['reviews'],
  access: 'editor',
  body: { schema: z.object({ text: z.string() }), what: 'decision' },
  responses: { 201: { description: 'the review with the decision added', schema: storedReviewSchema } },
});

/** POST /api/incidents/:id/reviews/:reviewId/decisions: `debrief review decide` over HTTP. */
export function reviewDecisionRoutes(app: FastifyInstance, store: Store): void {
  addRoute(app, recordContract, async function addDecision(request, reply) {
    const user = userOf(request);
    const incident = await visibleIncident(store, user, request.params.id);
    const { reviewId } = request.params;
    if (!(await store.reviews.list(incident.id)).some((r) => r.id === reviewId)) {
      throw notFound('review', reviewId);
    }
    const { text } = recordContract.parseBody(request);
    const saved = await recordDecision(store, reviewId, text, { actor: user.username });
    return reply.status(201).send(saved);
  });
}
