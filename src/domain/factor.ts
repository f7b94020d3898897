import { z } from 'zod';
import { limits } from './limits.js';
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
export const factorCategorySchema = z.enum(factorCategories, {
  error: (issue) => `expected one of ${factorCategories.join(', ')}, got ${JSON.stringify(issue.input)}`,
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

export const factorFieldsSchema = z.object({
  title: requiredLine(limits.title),
  category: factorCategorySchema,
  description: proseText(20_000).default(''),
});
export type FactorFields = z.infer<typeof factorFieldsSchema>;
export type FactorInput = z.input<typeof factorFieldsSchema>;

/** A contributing factor as part of an incident. */
export const factorSchema = factorFieldsSchema.extend({ id: requiredLine(64) });
export type Factor = z.infer<typeof factorSchema>;
