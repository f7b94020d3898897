import { describe, expect, it } from 'vitest';
import { filtersFrom, filtersQuery, incidentsPath } from './list-query.js';

describe('incident list filters', () => {
  it('missing filters read as empty and offset as zero', () => {
    expect(filtersFrom(new URLSearchParams(''))).toEqual({
      status: '',
      severity: '',
      service: '',
      q: '',
      offset: 0,
    });
  });

  it('a malformed or negative offset reads as zero', () => {
    expect(filtersFrom(new URLSearchParams('offset=abc')).offset).toBe(0);
    expect(filtersFrom(new URLSearchParams('offset=-5')).offset).toBe(0);
  });

  it('empty and blank filters are left out of the query', () => {
    const query = filtersQuery({ status: 'draft', severity: '', service: '  ', q: 'db', offset: 0 });
    expect(query.toString()).toBe('status=draft&q=db');
  });

  it('the API path carries the filters and a page size', () => {
    const path = incidentsPath({ status: '', severity: 'SEV1', service: 'checkout', q: 'a&b', offset: 25 });
    expect(path).toBe(
      '/api/incidents?severity=SEV1&service=checkout&q=a%26b&offset=25&status=draft%2Cin-review%2Cpublished&limit=25',
    );
  });

  it('lists the open incidents by default, every one with any, and the archive with closed', () => {
    const filters = { status: '', severity: '', service: '', q: '', offset: 0 };
    expect(incidentsPath(filters)).toBe('/api/incidents?status=draft%2Cin-review%2Cpublished&limit=25');
    expect(incidentsPath({ ...filters, status: 'any' })).toBe('/api/incidents?limit=25');
    expect(incidentsPath({ ...filters, status: 'closed' })).toBe('/api/incidents?status=closed&limit=25');
    expect(filtersQuery({ ...filters, status: 'any' }).toString()).toBe('status=any');
  });
});
