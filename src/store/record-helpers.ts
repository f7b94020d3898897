import { ConflictError } from '../domain/index.js';

let lastMillis = 0;

/**
 * The current time as stored: ISO 8601 UTC with milliseconds. Strictly increasing within a process, so records
 * written one after another never share a timestamp and "newest first" keeps the order they were written in.
 */
export function nowIso(): string {
  lastMillis = Math.max(Date.now(), lastMillis + 1);
  return new Date(lastMillis).toISOString();
}

/** Throws a conflict (carrying the record as stored) when `current` is not at the version the writer read. */
export function requireVersion(what: string, current: { version: number }, expected: number): void {
  if (current.version !== expected) {
    throw new ConflictError(
      `${what} changed since version ${expected}; it is now at version ${current.version}`,
      current,
    );
  }
}

/** Drops keys whose value is undefined, so a patch can clear an optional field and zod sees it absent. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Applies a patch to stored fields: given keys replace, `undefined` clears an optional field. */
export function applyPatch(current: object, patch: object): Record<string, unknown> {
  return withoutUndefined({ ...current, ...patch }) as Record<string, unknown>;
}

/** The top-level fields that differ between two records, each with its old and new value. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { old: unknown; new: unknown }> {
  const changes: Record<string, { old: unknown; new: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { old: before[key] ?? null, new: after[key] ?? null };
    }
  }
  return changes;
}

/** Escapes `%`, `_` and `\` for a LIKE pattern used with `escape '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Splits a list into chunks, keeping statements under the databases' parameter limits. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
