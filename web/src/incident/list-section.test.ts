import { describe, expect, it } from 'vitest';
import { asItems } from './list-section.js';

describe('a list typed one item per line', () => {
  it('drops blank lines and the list marks people type', () => {
    expect(asItems('- The runbook worked\n\n2. The alert fired\n  * Mei knew the cache  \n')).toEqual([
      'The runbook worked',
      'The alert fired',
      'Mei knew the cache',
    ]);
  });
});
