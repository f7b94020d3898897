import { z } from 'zod';
import { requestComponents, responseComponents } from './openapi-components.js';
import type { ResponseSpec, RouteContract } from './route-contract.js';

type JsonSchema = Record<string, unknown>;

const refTo = (name: string) => `#/components/schemas/${name}`;

/**
 * The named schemas of one side of the API, as JSON Schema: requests as zod reads them (`io: input`, defaults
 * optional), responses as the server writes them (`io: output`).
 */
class SchemaSide {
  private readonly registry = z.registry<{ id: string }>();

  constructor(
    private readonly io: 'input' | 'output',
    named: Readonly<Record<string, z.ZodType>>,
  ) {
    for (const [id, schema] of Object.entries(named)) this.registry.add(schema, { id });
  }

  /** The side's components, each referring to the others by `$ref`. */
  components(): Record<string, JsonSchema> {
    const { schemas } = z.toJSONSchema(this.registry, { io: this.io, uri: refTo, unrepresentable: 'any' });
    const out: Record<string, JsonSchema> = {};
    for (const [id, schema] of Object.entries(schemas)) {
      const { $id: _id, $schema: _dialect, ...rest } = schema as JsonSchema;
      out[id] = rest;
    }
    return out;
  }

  /** A reference to the schema's component, or the schema itself with references to any component it holds. */
  schemaOf(schema: z.ZodType): JsonSchema {
    const named = this.registry.get(schema);
    if (named) return { $ref: refTo(named.id) };
    const converted = z.toJSONSchema(schema, {
      io: this.io,
      metadata: this.registry,
      unrepresentable: 'any',
    }) as JsonSchema;
    const { $schema: _dialect, $defs, ...rest } = converted;
    if ($defs === undefined) return rest;
    // Every definition zod pulled out is a named component (no schema here is recursive), so refer to that.
    return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  }
}

// Errors that follow from what a route declares, so each contract lists only the ones particular to it.
const sharedErrors: ReadonlyArray<[number, string, (contract: RouteContract) => boolean]> = [
  [400, 'invalid input, naming the field', (c) => Boolean(c.query || c.body || c.params)],
  [401, 'no session or API token', (c) => c.access !== 'public'],
  [
    403,
    'not allowed for this role, or a missing CSRF header',
    (c) => c.access === 'editor' || c.access === 'admin' || (c.access !== 'public' && c.method !== 'GET'),
  ],
  [404, 'no such record (or not visible to you)', (c) => pathParams(c.url).length > 0],
];

/** The names of a Fastify URL's path parameters, in order. */
function pathParams(url: string): string[] {
  return [...url.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
}

/** `/api/incidents/:id` as OpenAPI writes it: `/api/incidents/{id}`. */
export function openApiPath(url: string): string {
  return url.replace(/:(\w+)/g, '{$1}');
}

function parameters(contract: RouteContract, requests: SchemaSide): JsonSchema[] {
  const out: JsonSchema[] = [];
  const declared = contract.params ? requests.schemaOf(contract.params) : undefined;
  const declaredProps = (declared?.properties ?? {}) as Record<string, JsonSchema>;
  for (const name of pathParams(contract.url)) {
    out.push({ name, in: 'path', required: true, schema: declaredProps[name] ?? { type: 'string' } });
  }
  if (contract.query) {
    const query = requests.schemaOf(contract.query);
    const required = new Set((query.required ?? []) as string[]);
    for (const [name, schema] of Object.entries((query.properties ?? {}) as Record<string, JsonSchema>)) {
      const { description, ...rest } = schema;
      out.push({
        name,
        in: 'query',
        required: required.has(name),
        ...(description === undefined ? {} : { description }),
        schema: rest,
      });
    }
  }
  return out;
}

function requestBody(contract: RouteContract, requests: SchemaSide): JsonSchema | undefined {
  const body = contract.body;
  if (!body) return undefined;
  if (body.type === 'multipart') {
    const files = { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } };
    return {
      required: true,
      description: body.description,
      content: {
        'multipart/form-data': { schema: { type: 'object', properties: { [body.field]: files } } },
      },
    };
  }
  return {
    required: !body.optional,
    content: { 'application/json': { schema: requests.schemaOf(body.schema) } },
  };
}

function response(status: number, spec: ResponseSpec, responses: SchemaSide): JsonSchema {
  const content: Record<string, JsonSchema> = {};
  if (spec.schema) content['application/json'] = { schema: responses.schemaOf(spec.schema) };
  else if (status >= 400) content['application/json'] = { schema: { $ref: refTo('Error') } };
  for (const type of spec.content ?? []) content[type] = {};
  return { description: spec.description, ...(Object.keys(content).length > 0 ? { content } : {}) };
}

function operation(contract: RouteContract, requests: SchemaSide, responses: SchemaSide): JsonSchema {
  const out: Record<string, JsonSchema> = {};
  for (const [status, description, applies] of sharedErrors) {
    if (applies(contract)) out[status] = response(status, { description }, responses);
  }
  for (const [status, spec] of Object.entries(contract.responses)) {
    out[status] = response(Number(status), spec, responses);
  }
  const params = parameters(contract, requests);
  const body = requestBody(contract, requests);
  const security =
    contract.access === 'public' ? [] : contract.credentials === 'session' ? [{ session: [] }] : undefined;
  return {
    summary: contract.summary,
    ...(contract.description === undefined ? {} : { description: contract.description }),
    tags: [...contract.tags],
    'x-access': contract.access,
    ...(security === undefined ? {} : { security }),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(body === undefined ? {} : { requestBody: body }),
    responses: Object.fromEntries(Object.entries(out).sort(([a], [b]) => Number(a) - Number(b))),
  };
}

/**
 * The OpenAPI 3.1 document of the routes registered with contracts: paths, parameters, bodies and responses all
 * come from the contracts' zod schemas. `x-access` on each operation is the access rule the server enforces.
 */
export function openApiDocument(version: string, contracts: readonly RouteContract[]): JsonSchema {
  const requests = new SchemaSide('input', requestComponents);
  const responses = new SchemaSide('output', responseComponents);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const contract of contracts) {
    const path = openApiPath(contract.url);
    paths[path] ??= {};
    paths[path][contract.method.toLowerCase()] = operation(contract, requests, responses);
  }
  const tags = [...new Set(contracts.flatMap((contract) => contract.tags))].sort();
  return {
    openapi: '3.1.0',
    info: {
      title: 'debrief',
      version,
      description: 'Blameless post-mortems: the REST API of `debrief serve`.',
    },
    tags: tags.map((name) => ({ name })),
    security: [{ token: [] }, { session: [] }],
    paths,
    components: {
      securitySchemes: {
        token: {
          type: 'http',
          scheme: 'bearer',
          description: 'a personal API token (`debrief token create`)',
        },
        session: { type: 'apiKey', in: 'cookie', name: 'debrief_session' },
      },
      schemas: { ...requests.components(), ...responses.components() },
    },
  };
}
