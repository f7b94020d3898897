/** The pages of the app; the hash holds the route so the server only ever serves one HTML file. */
export type Route =
  | { page: 'list'; query: URLSearchParams }
  | { page: 'login' }
  | { page: 'setup'; token: string }
  | { page: 'new' }
  | { page: 'actions'; query: URLSearchParams }
  | { page: 'search'; query: URLSearchParams }
  | { page: 'insights' }
  | { page: 'users' }
  | { page: 'incident'; id: string; tab: IncidentTab }
  /** The projector's view of a review meeting; without `reviewId`, the one running or next. */
  | { page: 'present'; id: string; reviewId: string | undefined }
  | { page: 'not-found'; path: string };

export const incidentTabs = ['overview', 'timeline', 'actions', 'review', 'report'] as const;
export type IncidentTab = (typeof incidentTabs)[number];

/** A path segment decoded, or kept as written when its escapes are malformed (`%`, `%zz`), so no link throws. */
function decodeSegment(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function isTab(value: string | undefined): value is IncidentTab {
  return (incidentTabs as readonly string[]).includes(value ?? '');
}

/**
 * Reads the route from a location. Links printed by `debrief serve` are real paths (`/setup?token=…`,
 * `/incidents/INC-…`), which the server answers with the app; the app itself navigates with the hash. A hash
 * route wins when there is one.
 */
export function parseRoute(location: { pathname: string; search: string; hash: string }): Route {
  const hash = location.hash.replace(/^#/, '');
  const raw = hash !== '' ? hash : `${location.pathname}${location.search}`;
  const questionMark = raw.indexOf('?');
  const path = questionMark === -1 ? raw : raw.slice(0, questionMark);
  const query = new URLSearchParams(questionMark === -1 ? '' : raw.slice(questionMark + 1));
  const parts = path
    .split('/')
    .filter((part) => part !== '')
    .map(decodeSegment);
  const [first, second, third, fourth] = parts;
  if (first === undefined) return { page: 'list', query };
  if (first === 'login' && parts.length === 1) return { page: 'login' };
  if (first === 'setup' && parts.length === 1) return { page: 'setup', token: query.get('token') ?? '' };
  if (first === 'new' && parts.length === 1) return { page: 'new' };
  if (first === 'actions' && parts.length === 1) return { page: 'actions', query };
  if (first === 'search' && parts.length === 1) return { page: 'search', query };
  if (first === 'insights' && parts.length === 1) return { page: 'insights' };
  if (first === 'users' && parts.length === 1) return { page: 'users' };
  if (
    first === 'incidents' &&
    second !== undefined &&
    third === 'review' &&
    fourth === 'present' &&
    parts.length === 4
  ) {
    return { page: 'present', id: second, reviewId: query.get('review') ?? undefined };
  }
  if (first === 'incidents' && second !== undefined && parts.length <= 3) {
    if (third === undefined) return { page: 'incident', id: second, tab: 'overview' };
    if (isTab(third)) return { page: 'incident', id: second, tab: third };
  }
  return { page: 'not-found', path };
}

/** The href of a route, for links. */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'list':
    case 'actions':
    case 'search': {
      const base = route.page === 'list' ? '#/' : `#/${route.page}`;
      const query = route.query.toString();
      return query === '' ? base : `${base}?${query}`;
    }
    case 'login':
      return '#/login';
    case 'setup':
      return `#/setup?token=${encodeURIComponent(route.token)}`;
    case 'new':
      return '#/new';
    case 'users':
      return '#/users';
    case 'insights':
      return '#/insights';
    case 'incident': {
      const base = `#/incidents/${encodeURIComponent(route.id)}`;
      return route.tab === 'overview' ? base : `${base}/${route.tab}`;
    }
    case 'present': {
      const base = `#/incidents/${encodeURIComponent(route.id)}/review/present`;
      return route.reviewId ? `${base}?review=${encodeURIComponent(route.reviewId)}` : base;
    }
    case 'not-found':
      return `#${route.path}`;
  }
}

/** The href of an incident's page or one of its tabs. */
export function incidentHref(id: string, tab: IncidentTab = 'overview'): string {
  return routeHref({ page: 'incident', id, tab });
}
