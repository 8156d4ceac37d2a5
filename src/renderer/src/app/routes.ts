import { useCallback, useEffect, useState } from 'react';

/** The app's areas, in navigation order. */
export const ROUTES = ['dashboard', 'council', 'products', 'sessions', 'documents', 'archive', 'rubric'] as const;
export type Route = (typeof ROUTES)[number];

/** Where the user is: an area and, within it, a path (`#/products/dossiers/abc` → products, [dossiers, abc]). */
export interface Location {
  readonly area: Route;
  readonly path: readonly string[];
}

const DEFAULT_ROUTE: Route = 'dashboard';

export function parseLocation(hash: string): Location {
  const [area = '', ...path] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((part) => decodeURIComponent(part));
  return (ROUTES as readonly string[]).includes(area)
    ? { area: area as Route, path: path.filter((p) => p !== '') }
    : { area: DEFAULT_ROUTE, path: [] };
}

/** The link to an area, or to a path inside it. */
export function hrefOf(route: Route, ...path: readonly string[]): string {
  return `#/${[route, ...path].map((part) => encodeURIComponent(part)).join('/')}`;
}

export function navigate(route: Route, ...path: readonly string[]): void {
  window.location.hash = hrefOf(route, ...path);
}

/** The current location, kept in the URL hash so a reload stays where the user was. */
export function useLocation(): Location {
  const [location, setLocation] = useState<Location>(() => parseLocation(window.location.hash));
  const onHashChange = useCallback(() => setLocation(parseLocation(window.location.hash)), []);
  useEffect(() => {
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [onHashChange]);
  return location;
}

/** The current area. */
export function useRoute(): Route {
  return useLocation().area;
}
