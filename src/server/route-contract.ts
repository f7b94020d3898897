import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest, RawServerDefault, RouteOptions } from 'fastify';
import type { z } from 'zod';
import { parseWith } from '../domain/index.js';
import type { Access } from './access.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One documented response: what it means, and its JSON body's schema or the other content types it may have. */
export interface ResponseSpec {
  readonly description: string;
  /** The JSON body, as the client reads it. An error status without one carries the API's error shape. */
  readonly schema?: z.ZodType;
  /** Bodies that are not JSON (a rendered report, Prometheus text), by content type. */
  readonly content?: readonly string[];
}

/** A JSON request body, and how its error messages name it (`invalid incident: title: …`). */
export interface JsonBodySpec {
  readonly type?: 'json';
  readonly schema: z.ZodType;
  readonly what: string;
  /** Whether a request may leave the body out. */
  readonly optional?: boolean;
}

/** A multipart upload, streamed by the handler itself. */
export interface MultipartBodySpec {
  readonly type: 'multipart';
  /** The field that carries the files. */
  readonly field: string;
  readonly description: string;
}

/** What a route declares about itself: enough to route it, check access, parse its input and document it. */
export interface RouteSpec {
  readonly method: HttpMethod;
  /** Fastify's form: `/api/incidents/:id`. */
  readonly url: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /** Who may call it; the access hook enforces it, deny by default. */
  readonly access: Access;
  /** `session`: only a signed-in browser session, never an API token. */
  readonly credentials?: 'session';
  /** Path parameters; without one, each `:name` of the URL is a string. */
  readonly params?: z.ZodObject;
  readonly query?: z.ZodType;
  readonly body?: JsonBodySpec | MultipartBodySpec;
  /** By status. Errors every route shares (401, 403…) are added to the document by rule. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
}

type Output<T> = T extends z.ZodType ? z.output<T> : never;
type BodyOutput<B> = B extends JsonBodySpec ? z.output<B['schema']> : never;

/** The path parameters a Fastify URL names, each a string: `/a/:id/b/:recordId` gives `{ id; recordId }`. */
export type ParamsOf<Url extends string> = Url extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & ParamsOf<`/${Rest}`>
  : Url extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, string>;

type SuccessStatus = 200 | 201 | 202 | 204;
type ReplyOf<S extends RouteSpec> = {
  [K in keyof S['responses'] as K extends SuccessStatus ? K : never]: S['responses'][K] extends {
    schema: infer Schema extends z.ZodType;
  }
    ? z.input<Schema>
    : unknown;
};

/** The request types a contract gives its handler: path parameters from the URL, replies from the responses. */
export interface ContractGeneric<S extends RouteSpec> {
  Params: ParamsOf<S['url']>;
  Reply: ReplyOf<S>;
}

/** A route's handler, typed by its contract; it may return a documented body, or send one through `reply`. */
export type ContractHandler<S extends RouteSpec> = (
  this: FastifyInstance,
  request: FastifyRequest<ContractGeneric<S>>,
  reply: FastifyReply<ContractGeneric<S>>,
) => Promise<ReplyOf<S>[keyof ReplyOf<S>] | FastifyReply<ContractGeneric<S>> | undefined>;

/** A route's declaration plus parsers for its input, which handlers call where they need the parsed value. */
export type RouteContract<S extends RouteSpec = RouteSpec> = S & {
  /** The query, parsed with the declared schema, or invalid_input naming the bad parameter. */
  parseQuery(request: FastifyRequest): Output<S['query']>;
  /** The JSON body, parsed with the declared schema, or invalid_input naming the bad field. */
  parseBody(request: FastifyRequest): BodyOutput<S['body']>;
  /** The path parameters, parsed with the declared schema. */
  parseParams(request: FastifyRequest): Output<S['params']>;
};

/**
 * Declares a route's contract. The schemas are built once, here; parsing a request is the same `parseWith` call a
 * handler would make itself, so error messages name the field as everywhere else.
 */
export function routeContract<const S extends RouteSpec>(spec: S): RouteContract<S> {
  const json = spec.body?.type === 'multipart' ? undefined : spec.body;
  const query = parser(spec, 'query', spec.query, 'query');
  const params = parser(spec, 'params', spec.params, 'path');
  const body = parser(spec, 'body', json?.schema, json?.what ?? 'body');
  const optionalBody = json?.optional === true;
  return {
    ...spec,
    parseQuery: (request) => query(request.query),
    parseBody: (request) => body(optionalBody ? (request.body ?? {}) : request.body),
    parseParams: (request) => params(request.params),
  } as RouteContract<S>;
}

/** Parses with the declared schema; calling it for an undeclared part is a programming error. */
function parser(spec: RouteSpec, part: string, schema: z.ZodType | undefined, what: string) {
  if (!schema) {
    return (_value: unknown): never => {
      throw new Error(`${spec.method} ${spec.url} declares no ${part} schema`);
    };
  }
  return (value: unknown) => parseWith(schema, value, what);
}

/** Route options a contract does not cover: rate limits, a WebSocket handler, hooks before the handler. */
export type ExtraRouteOptions<S extends RouteSpec = RouteSpec> = Partial<
  Omit<
    RouteOptions<RawServerDefault, IncomingMessage, ServerResponse, { Params: ParamsOf<S['url']> }>,
    'method' | 'url' | 'handler'
  >
>;

/**
 * Registers a route from its contract: Fastify routes it with the contract's access rule and body type, and the
 * instance's route registry keeps the contract for the API document. The handler is Fastify's own, unwrapped.
 */
export function addRoute<S extends RouteSpec>(
  app: FastifyInstance,
  contract: RouteContract<S>,
  handler: ContractHandler<S>,
  extra: ExtraRouteOptions<S> = {},
): void {
  app.routeContracts.add(contract);
  app.route({
    ...extra,
    method: contract.method,
    url: contract.url,
    config: { ...extra.config, access: contract.access, body: contract.body?.type ?? 'json' },
    handler: handler as unknown as RouteOptions['handler'],
  } as RouteOptions);
}
