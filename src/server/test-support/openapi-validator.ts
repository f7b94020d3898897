import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type JsonObject = Record<string, unknown>;

/** Checks JSON responses against what an OpenAPI document says the operation answers. */
export interface ResponseChecker {
  /** The problems of a response body for `METHOD /concrete/path`: none when it matches the documented schema. */
  problems(method: string, url: string, status: number, body: unknown): string[];
}

/**
 * Compiles every JSON schema in the document with ajv (JSON Schema 2020-12, OpenAPI 3.1's dialect), so a schema
 * ajv cannot read fails here, and returns a checker for responses.
 */
export function responseChecker(document: JsonObject): ResponseChecker {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // The whole document is one resource, so the components' `#/components/schemas/…` references resolve.
  ajv.addSchema(document, 'openapi');
  const paths = document.paths as Record<string, Record<string, JsonObject>>;
  const routes = Object.keys(paths).map((path) => ({
    path,
    pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
  }));
  const pointer = (...parts: string[]) =>
    `openapi#/${parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const responses = operation.responses as Record<string, { content?: Record<string, unknown> }>;
      for (const [status, response] of Object.entries(responses)) {
        if (response.content?.['application/json'] === undefined) continue;
        ajv.getSchema(
          pointer('paths', path, method, 'responses', status, 'content', 'application/json', 'schema'),
        );
      }
    }
  }
  return {
    problems(method, url, status, body) {
      const path = url.split('?')[0] ?? url;
      const route = routes.find((candidate) => candidate.pattern.test(path));
      if (!route) return [`${method} ${path} is not in the document`];
      const verb = method.toLowerCase();
      const operation = paths[route.path]?.[verb];
      if (!operation) return [`${method} ${route.path} is not in the document`];
      const responses = operation.responses as Record<string, { content?: Record<string, unknown> }>;
      if (!responses[status]) return [`${method} ${route.path} does not document status ${status}`];
      if (responses[status].content?.['application/json'] === undefined) return [];
      const validate = ajv.getSchema(
        pointer(
          'paths',
          route.path,
          verb,
          'responses',
          String(status),
          'content',
          'application/json',
          'schema',
        ),
      );
      if (!validate) return [`no schema for ${method} ${route.path} ${status}`];
      if (validate(body)) return [];
      return (validate.errors ?? []).map(
        (error) => `${method} ${route.path} ${status}: ${error.instancePath || '/'} ${error.message ?? ''}`,
      );
    },
  };
}
