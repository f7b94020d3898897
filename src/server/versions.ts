import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalidInput, parseWith } from '../domain/index.js';

// A whole number, or its digits as text (a query string, a header): never `true`, `[2]` or `1e3`.
const versionSchema = z.union(
  [
    z.number().int().positive(),
    z
      .string()
      .trim()
      .regex(/^[1-9]\d{0,14}$/)
      .transform(Number),
  ],
  { error: 'expected the version you read, a whole number such as 3' },
);

/** `?version=`: how a DELETE, which has no body, says which version it read (or an If-Match header). */
export const versionQuerySchema = z.object({ version: versionSchema.optional() });

/**
 * The version a write is based on: `version` in the body or query, else the If-Match header (`3`, `"3"`,
 * `W/"3"`). Without one a write could silently overwrite someone else's change, so it is required.
 */
export function expectedVersion(request: FastifyRequest): number {
  const body = request.body as { version?: unknown } | undefined;
  const query = request.query as { version?: unknown } | undefined;
  const fromBody = body && typeof body === 'object' ? body.version : undefined;
  const fromHeader = request.headers['if-match']?.replace(/^W\//, '').replace(/"/g, '').trim();
  if (fromBody === undefined && query?.version === undefined && fromHeader === '*') {
    throw invalidInput('If-Match: * is not taken here; send the version you read, such as If-Match: 3');
  }
  const value = fromBody ?? query?.version ?? (fromHeader || undefined);
  if (value === undefined) {
    throw invalidInput(
      'version: expected the version you read, in the body, ?version= or an If-Match header',
    );
  }
  return parseWith(versionSchema, value, 'version');
}

/** The body as an object without its `version`, or invalid_input when it is not an object. */
export function patchBody(request: FastifyRequest): Record<string, unknown> {
  const body = request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidInput('expected a JSON object with the fields to change');
  }
  const { version: _version, ...fields } = body as Record<string, unknown>;
  return fields;
}

/**
 * Validates a partial update against the whole record it produces (so cross-field rules such as moment order
 * hold), and returns only the changed fields, parsed.
 */
export function validatedPatch<S extends z.ZodType>(
  schema: S,
  current: object,
  patch: Record<string, unknown>,
  what: string,
): Partial<z.infer<S>> {
  const merged = parseWith(schema, { ...current, ...patch }, what) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) if (key in merged) out[key] = merged[key];
  return out as Partial<z.infer<S>>;
}
