import { describe, expect, it } from 'vitest';
import { incidentHref, parseRoute, routeHref } from '../lib/route.js';

describe('the review tab route', () => {
  it('is read from the incident path and written back the same way', () => {
    expect(parseRoute({ pathname: '/', search: '', hash: '#/incidents/INC-7/review' })).toEqual({
      page: 'incident',
      id: 'INC-7',
      tab: 'review',
    });
    expect(incidentHref('INC-7', 'review')).toBe('#/incidents/INC-7/review');
  });

  it('reads the presenter view, with or without the review it shows', () => {
    const route = parseRoute({
      pathname: '/',
      search: '',
      hash: '#/incidents/INC-7/review/present?review=REV-1',
    });
    expect(route).toEqual({ page: 'present', id: 'INC-7', reviewId: 'REV-1' });
    expect(routeHref(route)).toBe('#/incidents/INC-7/review/present?review=REV-1');
    expect(parseRoute({ pathname: '/', search: '', hash: '#/incidents/INC-7/review/present' })).toEqual({
      page: 'present',
      id: 'INC-7',
      reviewId: undefined,
    });
    expect(parseRoute({ pathname: '/', search: '', hash: '#/incidents/INC-7/review/other' }).page).toBe(
      'not-found',
    );
  });
});
