import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeIssues } from '../domain/validate.js';
import { categories, rules } from '../language/index.js';
import { CliError } from './errors.js';

const ruleNames = new Set<string>([...categories, ...rules.map((rule) => rule.id)]);

const names = (what: string) =>
  z.array(z.string({ error: `expected ${what} as a string` }).min(1), {
    error: `expected an array of ${what}`,
  });

/** The lint settings a project may keep in debrief.config.json or under "debrief" in package.json. */
export const lintConfigSchema = z.strictObject(
  {
    disable: z
      .array(
        z.string().refine((name) => ruleNames.has(name), {
          error: (issue) =>
            `unknown rule ${JSON.stringify(issue.input)}; expected a rule id such as counterfactual/modal-perfect or a category (${categories.join(', ')})`,
        }),
        { error: 'expected an array of rule ids or categories' },
      )
      .optional(),
    people: names('names of people').optional(),
    teams: names('team names').optional(),
    allow: names('allowed phrases').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; accepted keys are disable, people, teams, allow`
        : 'expected an object with the keys disable, people, teams, allow',
  },
);
export type LintConfig = z.infer<typeof lintConfigSchema>;

function parseJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

function validate(value: unknown, where: string): LintConfig {
  const result = lintConfigSchema.safeParse(value);
  if (result.success) return result.data;
  throw new CliError(
    `invalid configuration in ${where}: ${describeIssues(result.error)[0] ?? 'unknown problem'}`,
  );
}

/** Loads the lint configuration: an explicit file, else debrief.config.json, else package.json's "debrief" key. */
export function loadLintConfig(cwd: string, explicit?: string): LintConfig {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new CliError(`configuration file not found: ${explicit}`);
    return validate(parseJson(path), explicit);
  }
  const own = resolve(cwd, 'debrief.config.json');
  if (existsSync(own)) return validate(parseJson(own), 'debrief.config.json');
  const pkg = resolve(cwd, 'package.json');
  if (existsSync(pkg)) {
    const value = parseJson(pkg) as { debrief?: unknown } | null;
    if (value && typeof value === 'object' && value.debrief !== undefined) {
      return validate(value.debrief, 'package.json "debrief"');
    }
  }
  return {};
}
