import { describe, expect, it } from 'vitest';
import { shownNumber, storedNumber } from './impact-section.js';

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
