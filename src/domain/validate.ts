import type { z } from 'zod';
import { invalidInput } from './errors.js';

/** Formats a zod issue path as `actions[2].dueDate`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One line per zod issue: `field: message`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(issue.path);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
}

/** Parses a value with a schema, or throws invalid_input naming the first bad field (all issues in details). */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what = 'input'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = describeIssues(result.error);
  throw invalidInput(`invalid ${what}: ${lines[0] ?? 'unknown problem'}`, lines);
}
