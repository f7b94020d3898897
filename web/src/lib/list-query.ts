import { incidentPageSize, incidentStatuses } from '../../../src/domain/index.js';

/** The filters of the incident list, as kept in the page's hash query. */
export interface ListFilters {
  /**
   * '' (the default) lists the incidents still open, 'any' every incident, else one status. Closed incidents are
   * the archive: their follow-up is done, so they leave the default list and stay one choice away.
   */
  status: string;
  severity: string;
  service: string;
  q: string;
  offset: number;
}

/** One page of the list: the API's default page, so the first page and the API agree. */
export const pageSize = incidentPageSize;

/** Reads filters from the hash query, ignoring what is missing or malformed. */
export function filtersFrom(query: URLSearchParams): ListFilters {
  const offset = Number.parseInt(query.get('offset') ?? '0', 10);
  return {
    status: query.get('status') ?? '',
    severity: query.get('severity') ?? '',
    service: query.get('service') ?? '',
    q: query.get('q') ?? '',
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}

/** The hash query for a set of filters; empty filters are left out so links stay short. */
export function filtersQuery(filters: ListFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of ['status', 'severity', 'service', 'q'] as const) {
    const value = filters[key].trim();
    if (value !== '') query.set(key, value);
  }
  if (filters.offset > 0) query.set('offset', String(filters.offset));
  return query;
}

/** Every status but closed: what the list shows by default. */
export const openStatuses = incidentStatuses.filter((status) => status !== 'closed');

/** The API path that lists incidents for a set of filters, one page at a time. */
export function incidentsPath(filters: ListFilters): string {
  const query = filtersQuery(filters);
  if (filters.status === '') query.set('status', openStatuses.join(','));
  if (filters.status === 'any') query.delete('status');
  query.set('limit', String(pageSize));
  return `/api/incidents?${query.toString()}`;
}
