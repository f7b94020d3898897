import { describe, expect, it } from 'vitest';
import { factorCategoryInputSchema, factorFieldsSchema, nearestFactorCategory } from './factor.js';

describe('factor categories as people type them', () => {
  it('takes a category in any case, and its label with spaces or "and"', () => {
    expect(factorCategoryInputSchema.parse('Training')).toBe('training');
    expect(factorCategoryInputSchema.parse('CODE_REVIEW')).toBe('code-review');
    expect(factorCategoryInputSchema.parse(' Monitoring and alerting ')).toBe('monitoring-alerting');
    expect(factorCategoryInputSchema.parse('Training and practice')).toBe('training');
    expect(factorCategoryInputSchema.parse('on call & escalation')).toBe('on-call-escalation');
  });

  it('reads the category of a factor through the same rule', () => {
    expect(factorFieldsSchema.parse({ title: 'No drills', category: 'Training' }).category).toBe('training');
  });

  it('suggests the nearest category for a misspelt or partial one', () => {
    expect(nearestFactorCategory('trainin')).toBe('training');
    expect(nearestFactorCategory('monitoring')).toBe('monitoring-alerting');
    expect(nearestFactorCategory('runbook')).toBe('runbooks-documentation');
    expect(nearestFactorCategory('configuraton')).toBe('configuration');
    expect(nearestFactorCategory('people')).toBeUndefined();
  });

  it('rejects an unknown category with the list, and a "did you mean" when one is near', () => {
    const near = factorCategoryInputSchema.safeParse('trainin');
    expect(near.error?.issues[0]?.message).toMatch(
      /^expected one of code-review, .*, training, got "trainin"; did you mean training\?$/,
    );
    const far = factorCategoryInputSchema.safeParse('people');
    expect(far.error?.issues[0]?.message).toMatch(
      /^expected one of code-review, .*, training, got "people"$/,
    );
  });
});
