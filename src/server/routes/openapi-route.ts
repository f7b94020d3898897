import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { openApiDocument } from '../openapi.js';
import { addRoute, routeContract } from '../route-contract.js';

const openApiContract = routeContract({
  method: 'GET',
  url: '/api/openapi.json',
  summary: 'this document: the OpenAPI 3.1 description of every route',
  tags: ['meta'],
  access: 'user',
  responses: {
    200: { description: 'the OpenAPI document', schema: z.record(z.string(), z.unknown()) },
  },
});

/**
 * GET /api/openapi.json: built from the route registry on first request, once every route is registered, and kept.
 */
export function openApiRoute(app: FastifyInstance, version: string): void {
  let document: Record<string, unknown> | undefined;
  addRoute(app, openApiContract, async function openapi() {
    document ??= openApiDocument(version, app.routeContracts.contracts());
    return document;
  });
}
