/** The app's own origin: the renderer is served from this privileged scheme so IndexedDB keeps one origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'council';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a page of the app itself (its origin is one of `origins`). Anything else is refused. */
export function isAppUrl(url: string, origins: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    const origin = parsed.protocol === `${APP_SCHEME}:` ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
    return origins.includes(origin);
  } catch {
    return false;
  }
}
