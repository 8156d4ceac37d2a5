import path from 'node:path';

/**
 * The file under `root` that an app:// URL asks for, or null when it would leave `root` (path traversal)
 * or is malformed. `/` and unknown extensionless paths serve index.html (client-side routes).
 */
export function resolveAppFile(root: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || path.extname(pathname) === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  const base = path.resolve(root);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}
