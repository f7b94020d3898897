import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from '../errors.js';

/** A configuration value found on disk and where it came from (for error messages). */
export interface FoundConfig {
  value: unknown;
  where: string;
}

function parseJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Finds the lint configuration: an explicit file, else debrief.config.json, else package.json's "debrief" key.
 * It only reads JSON; validation (and zod) is loaded when something was found, to keep start-up fast.
 */
export function findLintConfig(cwd: string, explicit?: string): FoundConfig | undefined {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new CliError(`configuration file not found: ${explicit}`);
    return { value: parseJson(path), where: explicit };
  }
  const own = resolve(cwd, 'debrief.config.json');
  if (existsSync(own)) return { value: parseJson(own), where: 'debrief.config.json' };
  const pkg = resolve(cwd, 'package.json');
  if (existsSync(pkg)) {
    const value = parseJson(pkg) as { debrief?: unknown } | null;
    if (value && typeof value === 'object' && value.debrief !== undefined) {
      return { value: value.debrief, where: 'package.json "debrief"' };
    }
  }
  return undefined;
}
