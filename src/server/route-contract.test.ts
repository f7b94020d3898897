import Fastify, { type FastifyRequest } from 'fastify';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { addRoute, type ParamsOf, routeContract } from './route-contract.js';
import { installRouteRegistry } from './route-registry.js';

const contract = routeContract({
  method: 'POST',
  url: '/api/things/:id',
  summary: 'add a thing',
  tags: ['things'],
  access: 'editor',
  query: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
  body: { schema: z.object({ title: z.string().min(1) }), what: 'thing' },
  responses: { 201: { description: 'the thing', schema: z.object({ id: z.string() }) } },
});

const request = (parts: Partial<FastifyRequest>) => parts as FastifyRequest;

describe('route contracts', () => {
  it('parse the body with the declared schema, naming the bad field as everywhere else', () => {
    expect(contract.parseBody(request({ body: { title: 'Pool' } }))).toEqual({ title: 'Pool' });
    expect(() => contract.parseBody(request({ body: { title: '' } }))).toThrow(/^invalid thing: title: /);
  });

  it('parse the query, defaults filled in', () => {
    expect(contract.parseQuery(request({ query: {} }))).toEqual({ dryRun: 'false' });
    expect(() => contract.parseQuery(request({ query: { dryRun: 'maybe' } }))).toThrow(
      /^invalid query: dryRun/,
    );
  });

  it('refuse to parse a part they do not declare', () => {
    expect(() => contract.parseParams(request({ params: { id: 'x' } }))).toThrow(/declares no params schema/);
  });

  it('type the path parameters from the URL', () => {
    expectTypeOf<ParamsOf<'/api/incidents/:id/events/:recordId'>>().toEqualTypeOf<
      { id: string } & { recordId: string }
    >();
    expectTypeOf<ParamsOf<'/api/me'>>().toEqualTypeOf<Record<never, string>>();
  });

  it('register the route with its access rule, and keep the contract once', async () => {
    const app = Fastify();
    const registry = installRouteRegistry(app);
    addRoute(app, contract, async function addThing(req, reply) {
      return reply.status(201).send({ id: req.params.id });
    });
    await app.ready();
    expect(registry.contracts()).toEqual([contract]);
    expect(registry.routes()).toContainEqual({ method: 'POST', url: '/api/things/:id', access: 'editor' });
    expect(() => registry.add(contract)).toThrow('two route contracts for POST /api/things/:id');
    await app.close();
  });
});
