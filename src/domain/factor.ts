import { z } from 'zod';
import { limits } from './limits.js';
import { nearestChoice } from './nearest.js';
import { proseText, requiredLine } from './text.js';

/**
 * Categories of contributing factors: systemic conditions, never people. `training` is how the organisation
 * prepares people (onboarding, drills, time to learn), not a verdict that someone needs retraining.
 */
export const factorCategories = [
  'code-review',
  'automated-testing',
  'monitoring-alerting',
  'deploy-release',
  'configuration',
  'capacity',
  'dependencies',
  'architecture-resilience',
  'runbooks-documentation',
  'on-call-escalation',
  'communication',
  'tooling',
  'training',
] as const;
type CategoryId = (typeof factorCategories)[number];

export const factorCategorySchema = z.enum(factorCategories, {
  error: (issue): string => {
    const near = typeof issue.input === 'string' ? nearestFactorCategory(issue.input) : undefined;
    return `expected one of ${factorCategories.join(', ')}, got ${JSON.stringify(issue.input)}${near ? `; did you mean ${near}?` : ''}`;
  },
});
export type FactorCategory = z.infer<typeof factorCategorySchema>;

/** Human names of the categories, for tables and reports. */
export const factorCategoryLabels: Record<FactorCategory, string> = {
  'code-review': 'Code review',
  'automated-testing': 'Automated testing',
  'monitoring-alerting': 'Monitoring and alerting',
  'deploy-release': 'Deploy and release',
  configuration: 'Configuration',
  capacity: 'Capacity',
  dependencies: 'Dependencies',
  'architecture-resilience': 'Architecture and resilience',
  'runbooks-documentation': 'Runbooks and documentation',
  'on-call-escalation': 'On-call and escalation',
  communication: 'Communication',
  tooling: 'Tooling',
  training: 'Training and practice',
};

// "Monitoring and alerting", "CODE_REVIEW", "on call & escalation" → monitoring-alerting, code-review, …
function categoryKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && word !== 'and')
    .join('-');
}

// Each category under its id and its label, both as keys.
const categoryKeys: ReadonlyArray<[string, CategoryId]> = factorCategories.flatMap((category) => [
  [category, category] as [string, CategoryId],
  [categoryKey(factorCategoryLabels[category]), category] as [string, CategoryId],
]);

/** The category a person meant by its id or label in any case and spelling of separators, or undefined. */
export function factorCategoryFromText(text: string): CategoryId | undefined {
  const key = categoryKey(text);
  return categoryKeys.find(([known]) => known === key)?.[1];
}

/**
 * The category nearest an unknown one, for a "did you mean": the one it starts (`monitoring`), else one within a
 * typo or two (`trainin`, `configuraton`); undefined when none is near.
 */
export function nearestFactorCategory(text: string): CategoryId | undefined {
  const near = nearestChoice(
    categoryKey(text),
    categoryKeys.map(([known]) => known),
  );
  return categoryKeys.find(([known]) => known === near)?.[1];
}

/**
 * A category as people type it: any case, its label ("Training and practice"), spaces or underscores for hyphens;
 * an unknown one is refused with the list and the nearest category.
 */
export const factorCategoryInputSchema = z
  .string({ error: `expected one of ${factorCategories.join(', ')}` })
  .overwrite((text) => factorCategoryFromText(text) ?? text)
  .pipe(factorCategorySchema)
  .meta({ enum: [...factorCategories], description: 'any case, or the category label, is accepted' });

export const factorFieldsSchema = z.object({
  title: requiredLine(limits.title),
  category: factorCategoryInputSchema,
  description: proseText(20_000).default(''),
});
export type FactorFields = z.infer<typeof factorFieldsSchema>;
/** A factor as code builds it: the category is one of the list (the schema also reads it as people type it). */
export type FactorInput = Omit<z.input<typeof factorFieldsSchema>, 'category'> & { category: FactorCategory };

/** A contributing factor as part of an incident. */
export const factorSchema = factorFieldsSchema.extend({ id: requiredLine(64) });
export type Factor = z.infer<typeof factorSchema>;
