import { describe, expect, it } from 'vitest';
import { readAloud } from './read-aloud.js';

describe('the blame check of what the script reads aloud', () => {
  const check = (text: string) => readAloud(text, ['Bob Chen']);

  it('passes a systemic sentence as it is', () => {
    expect(check('Pool size changes are not validated against expected peak load')).toBeUndefined();
  });

  it("offers the analyzer's rewrite of a blameful sentence", () => {
    expect(check('Bob forgot to run the migration')).toEqual({ rewrite: 'The migration step did not run.' });
  });

  it('names the finding when the analyzer has no rewrite', () => {
    const verdict = check('Retrain Bob on the deploy process');
    expect(verdict).toMatchObject({ problem: expect.stringMatching(/^"Retrain": .+/) });
  });
});
