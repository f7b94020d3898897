import { describe, expect, it } from 'vitest';
import { factorCategories } from '../domain/index.js';
import { categoriesHelp } from './factors.js';

describe('debrief factors help', () => {
  it('lists every contributing-factor category the domain accepts, in its order', () => {
    expect(categoriesHelp.split(', ')).toEqual([...factorCategories]);
  });
});
