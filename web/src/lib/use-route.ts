import { useEffect, useState } from 'react';
import { parseRoute, type Route } from './route.js';

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location));
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

/** Goes to a hash href; leaves a real path such as /setup behind so the hash route takes over. */
export function navigate(href: string): void {
  if (window.location.pathname !== '/') {
    window.history.pushState(null, '', `/${href}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  } else {
    window.location.hash = href.replace(/^#/, '');
  }
}
