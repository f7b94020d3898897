import { describe, expect, it } from 'vitest';
import { objections } from '../../../src/playbook/index.js';
import { searchObjections } from './objection-search.js';

describe('objection search', () => {
  it('lists every objection for an empty search', () => {
    expect(searchObjections(objections, '   ')).toHaveLength(objections.length);
  });

  it('finds an objection by words of what was said, in any case and order', () => {
    const found = searchObjections(objections, 'REVIEW caught');
    expect(found.map((objection) => objection.id)).toContain('caught-in-review');
    expect(found.length).toBeLessThan(objections.length);
  });

  it('matches curly apostrophes with straight ones', () => {
    const found = searchObjections(objections, "wasn't this caught");
    expect(found.map((objection) => objection.id)).toEqual(['caught-in-review']);
  });

  it('searches the response and redirect too, and who says it', () => {
    expect(searchObjections(objections, 'dependency was failing').map((o) => o.id)).toContain(
      'vendor-broke-it',
    );
    expect(searchObjections(objections, 'executive').every((o) => o.saidBy.includes('executive'))).toBe(true);
  });

  it('finds an objection by who usually raises it, in plain words', () => {
    const found = searchObjections(objections, 'senior engineer').map((o) => o.id);
    expect(found).toContain('what-was-the-mistake');
    expect(found).not.toContain('who-is-responsible');
  });

  // Written from how an executive or engineer phrases an objection, before the word families were chosen.
  it.each([
    ['blame', 'who-made-the-mistake'],
    ['fault', 'what-was-the-mistake'],
    ['careless', 'more-careful'],
    ['sloppy', 'more-careful'],
    ['fire', 'fire-someone'],
    ['punish', 'fire-someone'],
    ['accountable', 'who-is-accountable'],
    ['hero', 'heroics'],
    ['who did this', 'who-made-the-mistake'],
  ])('finds an objection by what a word means in the room: %s', (query, id) => {
    const found = searchObjections(objections, query).map((o) => o.id);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(objections.length);
    expect(found).toContain(id);
  });

  it('finds nothing for words no objection contains', () => {
    expect(searchObjections(objections, 'xylophone')).toEqual([]);
  });
});
