// Reads a YAML data file and validates it with its zod schema; every problem names the file and the entry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, visit } from 'yaml';
import type { z } from 'zod';

/** A generated module: its path from the project root and its full text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** Reads `path` (from `root`) as YAML and parses it with `schema`; throws one message listing every problem. */
export function loadYaml<S extends z.ZodType>(root: string, path: string, schema: S): z.output<S> {
  const doc = parseDocument(readFileSync(join(root, path), 'utf8'), { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new Error(`${path}: ${doc.errors.map((error) => error.message).join('\n')}`);
  }
  // A space at the end of a line of a block scalar is part of the value but invisible (and editors strip it).
  visit(doc, {
    Scalar(_, node) {
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      if (block && /[ \t](?:\n|$)/.test(String(node.value))) {
        throw new Error(
          `${path}: a block scalar ends a line with a space; quote the value instead: ${node.value}`,
        );
      }
    },
  });
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  at ${issue.path.join('.') || '(top)'}: ${issue.message}`,
    );
    throw new Error(`${path} is not well formed:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** Runs `work`, prefixing any error with where it happened. */
export function within<T>(where: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}
