import type { z } from 'zod';
import { CliError } from './errors.js';

/** `severity` → `--severity`, `dueDate` → `--due-date`. */
export function flagName(field: string): string {
  return `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Parses flag values through a domain schema; a bad value becomes one line naming the flag and what is accepted.
 * `names` maps a schema field (or a dotted path into one) to its flag where the two differ (`dueDate` → `--due`,
 * `moments.detected` → `--detected`).
 */
export function parseFlags<S extends z.ZodType>(
  schema: S,
  values: unknown,
  names: Record<string, string> = {},
): z.infer<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).map(String);
  // The longest named prefix of the issue's path wins: `moments.impactStart.at` → `--impact-start`.
  let flag: string | undefined;
  for (let end = path.length; end > 0 && flag === undefined; end--)
    flag = names[path.slice(0, end).join('.')];
  flag ??= path[0] !== undefined && typeof issue?.path[0] === 'string' ? flagName(path[0]) : 'input';
  throw new CliError(`${flag}: ${issue?.message ?? 'invalid value'}`);
}

/**
 * An operation's refusal said in the flags the person typed: the operation names its field ("factorId: no factor
 * F9", "invalid action: dueDate (2026-11-01) is before the incident's start"); the command line had `--factor` and
 * `--due`. Other errors pass through.
 */
export function inFlagTerms(error: unknown, names: Record<string, string>): unknown {
  if (!(error instanceof Error)) return error;
  for (const [field, flag] of Object.entries(names)) {
    const named = new RegExp(`^(?:invalid \\w+: )?${field}(?=: | \\()`);
    if (named.test(error.message)) return new CliError(error.message.replace(named, flag));
  }
  return error;
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
