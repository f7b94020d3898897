import type { z } from 'zod';
import { CliError } from './errors.js';

/** `severity` → `--severity`, `dueDate` → `--due-date`. */
export function flagName(field: string): string {
  return `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Parses flag values through a domain schema; a bad value becomes one line naming the flag and what is accepted.
 * `names` maps a schema field to its flag where the two differ (`dueDate` → `--due`).
 */
export function parseFlags<S extends z.ZodType>(
  schema: S,
  values: unknown,
  names: Record<string, string> = {},
): z.infer<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path[0];
  const flag = typeof field === 'string' ? (names[field] ?? flagName(field)) : 'input';
  throw new CliError(`${flag}: ${issue?.message ?? 'invalid value'}`);
}

/** Drops undefined values, so optional flags that were not given stay absent. */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  return out;
}

/** Collects a repeatable option (`--service a --service b`, also `--service a,b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  ];
}
