import { describe, expect, it } from 'vitest';
import { ownerChoices } from './owner-choices.js';

describe('ownerChoices', () => {
  it('offers participants first, then owners given already, then accounts, each name once in any case', () => {
    expect(
      ownerChoices(
        ['Zhang Wei', 'Ana Lima'],
        ['platform team', 'ana lima', ''],
        ['Özlem Kaya', 'ZHANG WEI', 'Björn Berg'],
      ),
    ).toEqual(['Ana Lima', 'Zhang Wei', 'platform team', 'Björn Berg', 'Özlem Kaya']);
  });
});
