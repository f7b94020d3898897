import { describe, expect, it } from 'vitest';
import { incidentHref, parseRoute } from '../lib/route.js';

describe('the review tab route', () => {
  it('is read from the incident path and written back the same way', () => {
    expect(parseRoute({ pathname: '/', search: '', hash: '#/incidents/INC-7/review' })).toEqual({
      page: 'incident',
      id: 'INC-7',
      tab: 'review',
    });
    expect(incidentHref('INC-7', 'review')).toBe('#/incidents/INC-7/review');
  });
});
