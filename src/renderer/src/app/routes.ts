import { useCallback, useEffect, useState } from 'react';

/** The app's areas, in navigation order. */
export const ROUTES = ['council', 'products', 'sessions', 'documents', 'archive', 'rubric'] as const;
export type Route = (typeof ROUTES)[number];

const DEFAULT_ROUTE: Route = 'council';

function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : DEFAULT_ROUTE;
}

export function hrefOf(route: Route): string {
  return `#/${route}`;
}

/** The current area, kept in the URL hash so a reload stays where the user was. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  const onHashChange = useCallback(() => setRoute(routeFromHash(window.location.hash)), []);
  useEffect(() => {
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [onHashChange]);
  return route;
}
