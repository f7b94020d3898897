import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './route.js';

const at = (hash: string, pathname = '/', search = '') => parseRoute({ pathname, search, hash });

describe('routes', () => {
  it('an empty hash shows the incident list', () => {
    expect(at('').page).toBe('list');
    expect(at('#/').page).toBe('list');
  });

  it('the list keeps its filters in the hash query', () => {
    const route = at('#/?status=draft&q=timeout');
    expect(route.page === 'list' && route.query.get('status')).toBe('draft');
    expect(route.page === 'list' && route.query.get('q')).toBe('timeout');
  });

  it('the search page keeps its words in the hash query, and links back to them', () => {
    const route = at('#/search?q=pool%20timeout');
    expect(route.page === 'search' && route.query.get('q')).toBe('pool timeout');
    expect(routeHref(route)).toBe('#/search?q=pool+timeout');
  });

  it('an incident id and tab are read from the path', () => {
    expect(at('#/incidents/INC-1234ABCD/timeline')).toEqual({
      page: 'incident',
      id: 'INC-1234ABCD',
      tab: 'timeline',
    });
    expect(at('#/incidents/INC-1')).toEqual({ page: 'incident', id: 'INC-1', tab: 'overview' });
  });

  it('an unknown tab is not found rather than silently the overview', () => {
    expect(at('#/incidents/INC-1/nope').page).toBe('not-found');
  });

  it('the setup link works as a real path and as a hash route', () => {
    expect(at('', '/setup', '?token=abc')).toEqual({ page: 'setup', token: 'abc' });
    expect(at('#/setup?token=xyz')).toEqual({ page: 'setup', token: 'xyz' });
  });

  it('a real path printed by the server reaches the same page as its hash route', () => {
    expect(at('', '/incidents/INC-DEMOG0PA')).toEqual({
      page: 'incident',
      id: 'INC-DEMOG0PA',
      tab: 'overview',
    });
    expect(at('', '/', '').page).toBe('list');
  });

  it('a hash route wins over the path it was reached from', () => {
    expect(at('#/new', '/setup', '?token=abc').page).toBe('new');
  });

  it('hrefs parse back to the same route', () => {
    for (const hash of [
      '#/login',
      '#/new',
      '#/incidents/INC-9/actions',
      '#/actions?overdue=true',
      '#/?q=db',
    ]) {
      expect(routeHref(at(hash))).toBe(hash);
    }
  });

  it('a malformed escape in the hash is a page not found, not an error', () => {
    expect(at('#/%')).toEqual({ page: 'not-found', path: '/%' });
    expect(at('#/incidents/%E0%A4%A/timeline')).toEqual({
      page: 'incident',
      id: '%E0%A4%A',
      tab: 'timeline',
    });
    expect(at('', '/incidents/%zz').page).toBe('incident');
  });
});
