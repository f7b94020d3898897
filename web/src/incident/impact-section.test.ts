import { describe, expect, it } from 'vitest';
import { mergeValues } from '../lib/merge-values.js';
import {
  businessForm,
  impactValues,
  shownNumber,
  storedBusiness,
  storedImpact,
  storedNumber,
} from './impact-section.js';

describe('the impact numbers', () => {
  it('shows the error budget in percent and stores it as the fraction the reports read', () => {
    expect(shownNumber('errorBudgetBurn', 0.34)).toBe('34');
    expect(shownNumber('errorBudgetBurn', 1.2)).toBe('120');
    expect(storedNumber('errorBudgetBurn', '34')).toBe(0.34);
    expect(storedNumber('errorBudgetBurn', '12.5')).toBe(0.125);
  });

  it('keeps counts as they are', () => {
    expect(shownNumber('usersAffected', 1200)).toBe('1200');
    expect(storedNumber('failedRequests', '5000')).toBe(5000);
    expect(storedNumber('usersAffected', '')).toBeUndefined();
  });
});

describe('the cost and SLA executives read', () => {
  it('shows the stored cost and SLA in the form, "not assessed" when the SLA was never judged', () => {
    expect(businessForm({ description: '' })).toEqual({ cost: '', slaBreached: '', sla: '' });
    expect(
      businessForm({ description: '', cost: 'about €42,000', slaBreached: false, sla: 'Enterprise plans' }),
    ).toEqual({ cost: 'about €42,000', slaBreached: 'no', sla: 'Enterprise plans' });
  });

  it('stores what was filled in and leaves blank fields out rather than storing them empty', () => {
    expect(storedBusiness({ cost: ' about €42,000 ', slaBreached: 'yes', sla: '' })).toEqual({
      cost: 'about €42,000',
      slaBreached: true,
    });
    expect(storedBusiness({ cost: '', slaBreached: '', sla: '' })).toEqual({});
  });

  it('reads a stored impact into the form and back unchanged', () => {
    const impact = {
      description: 'Users could not pay.',
      usersAffected: 1200,
      errorBudgetBurn: 0.34,
      cost: 'about €42,000',
      slaBreached: true,
    };
    expect(storedImpact(impactValues(impact))).toEqual(impact);
  });

  it('keeps a number one person typed and a description the other changed', () => {
    const base = impactValues({ description: 'Users could not pay.' });
    const mine = { ...base, usersAffected: '1200' };
    const theirs = { ...base, description: 'Users in the EU could not pay.' };
    const merge = mergeValues(base, mine, theirs, ['description']);
    expect(storedImpact(merge.values)).toEqual({
      description: 'Users in the EU could not pay.',
      usersAffected: 1200,
    });
  });
});
