import { describe, expect, it } from 'vitest';
import { readFirstNameList } from './first-name-list.js';

describe('the broad first-name list', () => {
  it('reads first names from many places out of the installed package', () => {
    const has = readFirstNameList();
    expect(has).toBeDefined();
    for (const name of ['olumide', 'priya', 'kwame', 'bence', 'teodor', 'meiling', 'josé', 'ayşe'])
      expect(has?.(name), name).toBe(true);
  });

  it('does not hold words that are no one’s name', () => {
    const has = readFirstNameList();
    for (const word of ['kubectl', 'postgres', 'rollback', 'latency']) expect(has?.(word), word).toBe(false);
  });
});
