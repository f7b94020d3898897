import type { FastifyInstance } from 'fastify';
import { lintRequestSchema } from '../../domain/api/index.js';
import { analyze } from '../../language/index.js';
import { lintResultSchema } from '../finding-schema.js';
import { addRoute, routeContract } from '../route-contract.js';

const lintContract = routeContract({
  method: 'POST',
  url: '/api/lint',
  summary: 'blameless-language findings for a text',
  tags: ['language'],
  access: 'user',
  body: { schema: lintRequestSchema, what: 'lint request' },
  responses: { 200: { description: 'the findings, in text order', schema: lintResultSchema } },
});

/** POST /api/lint: the blameless-language findings for a text (the web app runs the same analyzer locally). */
export function lintRoutes(app: FastifyInstance): void {
  addRoute(app, lintContract, async function lint(request) {
    const { text, people } = lintContract.parseBody(request);
    return { findings: analyze(text, { people, every: true }) };
  });
}
