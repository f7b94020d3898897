import { z } from 'zod';
import { type Severity, severities } from '../../domain/index.js';
import { describeIssues } from '../../domain/validate.js';
import { categories, learnedModelId, learnedRuleId, rules } from '../../language/index.js';
import { CliError } from '../errors.js';

// The learned model (src/language/learned.ts) is switched off as "learned-model", or per category as
// "<category>/learned-model".
const ruleNames = new Set<string>([
  ...categories,
  ...rules.map((rule) => rule.id),
  learnedModelId,
  ...categories.map(learnedRuleId),
]);

const names = (what: string) =>
  z.array(z.string({ error: `expected ${what} as a string` }).min(1), {
    error: `expected an array of ${what}`,
  });

/** Days a severity's actions may take to close; null judges none. */
const targetDays = z
  .number({ error: 'expected a whole number of days, or null for no target' })
  .int({ error: 'expected a whole number of days, or null for no target' })
  .min(1, { error: 'expected at least 1 day' })
  .max(3_650, { error: 'expected at most 3650 days' })
  .nullable()
  .optional();

/** The lint settings a project may keep in debrief.config.json or under "debrief" in package.json. */
export const lintConfigSchema = z.strictObject(
  {
    disable: z
      .array(
        z.string().refine((name) => ruleNames.has(name), {
          error: (issue) =>
            `unknown rule ${JSON.stringify(issue.input)}; expected a rule id such as counterfactual/modal-perfect, a category (${categories.join(', ')}) or learned-model`,
        }),
        { error: 'expected an array of rule ids or categories' },
      )
      .optional(),
    people: names('names of people').optional(),
    teams: names('team names').optional(),
    allow: names('allowed phrases').optional(),
    closureTargets: z
      .strictObject(
        Object.fromEntries(severities.map((severity) => [severity, targetDays])) as Record<
          Severity,
          typeof targetDays
        >,
        { error: `expected an object such as {"SEV1": 30, "SEV4": null} with keys ${severities.join(', ')}` },
      )
      .optional(),
    // Checked in full, with ${NAME} filled from the environment, by the verbs that send (project-reminders.ts).
    reminders: z
      .record(z.string(), z.unknown(), { error: 'expected an object (see "Reminders" in the README)' })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; accepted keys are disable, people, teams, allow, closureTargets, reminders`
        : 'expected an object with the keys disable, people, teams, allow, closureTargets, reminders',
  },
);
export type LintConfig = z.infer<typeof lintConfigSchema>;

/** Validates a configuration value, or throws a CliError naming the key and what is accepted. */
export function validateLintConfig(value: unknown, where: string): LintConfig {
  const result = lintConfigSchema.safeParse(value);
  if (result.success) return result.data;
  throw new CliError(
    `invalid configuration in ${where}: ${describeIssues(result.error)[0] ?? 'unknown problem'}`,
  );
}
