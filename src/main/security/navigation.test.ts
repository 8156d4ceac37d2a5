import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl } from './navigation';
import { resolveAppFile } from './protocol-path';

describe('isAppUrl', () => {
  const origins = [APP_ORIGIN, 'http://localhost:5173'];

  it.each([
    'app://council/index.html',
    'app://council/#/rubric',
    'http://localhost:5173/',
    'http://localhost:5173/x?y=1',
  ])('accepts the app’s own page %s', (url) => expect(isAppUrl(url, origins)).toBe(true));

  it.each([
    'https://example.com/',
    'http://localhost:5174/',
    'app://other/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url, origins)).toBe(false));
});

describe('resolveAppFile', () => {
  const root = '/opt/ocop/out/renderer';

  it('serves files below the renderer folder', () => {
    expect(resolveAppFile(root, 'app://council/assets/index.js')).toBe('/opt/ocop/out/renderer/assets/index.js');
  });

  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveAppFile(root, 'app://council/')).toBe('/opt/ocop/out/renderer/index.html');
    expect(resolveAppFile(root, 'app://council/rubric')).toBe('/opt/ocop/out/renderer/index.html');
  });

  it.each(['app://council/../../etc/passwd.txt', 'app://council/%2e%2e/%2e%2e/etc/passwd.txt'])(
    'keeps dot segments inside the renderer folder (the URL parser resolves them first): %s',
    (url) => {
      expect(resolveAppFile(root, url)).toBe('/opt/ocop/out/renderer/etc/passwd.txt');
    },
  );

  it.each([
    'app://council/assets/..%2f..%2f..%2fmain%2findex.js',
    'app://council/..%2F..%2Fsecret.txt',
    'app://council/a%00.js',
  ])('refuses an encoded path that would leave the renderer folder, or a NUL byte: %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});
