import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { denyPermissions, lockNavigation } from './harden-session';
import { APP_ENTRY_URL, APP_ORIGIN } from './navigation';

interface FakeEvent {
  readonly preventDefault: () => void;
}
type Listener = (event: FakeEvent, url: string) => void;
type WindowOpenHandler = (details: { url: string; disposition: string }) => { action: string };

/** Records what lockNavigation registers, and replays events the way Electron emits them. */
class RecordingContents {
  readonly windowOpenHandlers: WindowOpenHandler[] = [];
  readonly listeners = new Map<string, Listener[]>();

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandlers.push(handler);
  }

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  /** Emits `name` for `url`; true when some listener prevented the default (Electron then does nothing). */
  emit(name: string, url: string): boolean {
    let prevented = false;
    for (const listener of this.listeners.get(name) ?? []) listener({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }

  /** What Electron would do with window.open / target=_blank for `url` (its last handler wins). */
  openWindow(url: string, disposition = 'foreground-tab'): string | undefined {
    return this.windowOpenHandlers.at(-1)?.({ url, disposition }).action;
  }
}

const DEV_SERVER = 'http://localhost:5173';
const ORIGINS = [APP_ORIGIN, DEV_SERVER];

function locked(): RecordingContents {
  const contents = new RecordingContents();
  lockNavigation(contents as unknown as WebContents, ORIGINS);
  return contents;
}

const FOREIGN_URLS = [
  'https://example.com/',
  'http://example.com/index.html',
  'http://127.0.0.1:9999/',
  'http://localhost:5174/',
  'http://localhost:5173.evil.example/',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'app://other/index.html',
  'chrome://settings',
  'not a url',
];

const APP_URLS = [APP_ENTRY_URL, `${APP_ORIGIN}/#/rubric`, `${APP_ORIGIN}/sessions?id=1`, `${DEV_SERVER}/#/dashboard`];

describe('lockNavigation', () => {
  it('registers a window-open handler and guards navigation, redirects and webviews', () => {
    const contents = locked();
    expect(contents.windowOpenHandlers).toHaveLength(1);
    expect([...contents.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
  });

  it.each([...FOREIGN_URLS, ...APP_URLS])('denies window.open and target=_blank for %s', (url) => {
    const contents = locked();
    for (const disposition of ['foreground-tab', 'background-tab', 'new-window', 'other']) {
      expect(contents.openWindow(url, disposition)).toBe('deny');
    }
  });

  it.each(FOREIGN_URLS)('refuses to navigate or redirect the window to %s', (url) => {
    const contents = locked();
    expect(contents.emit('will-navigate', url)).toBe(true);
    expect(contents.emit('will-redirect', url)).toBe(true);
  });

  it.each(APP_URLS)('lets the app move between its own pages (%s)', (url) => {
    const contents = locked();
    expect(contents.emit('will-navigate', url)).toBe(false);
    expect(contents.emit('will-redirect', url)).toBe(false);
  });

  it('allows only the origins it was given: the dev server is foreign to a packaged window', () => {
    const contents = new RecordingContents();
    lockNavigation(contents as unknown as WebContents, [APP_ORIGIN]);
    expect(contents.emit('will-navigate', `${DEV_SERVER}/`)).toBe(true);
    expect(contents.emit('will-navigate', APP_ENTRY_URL)).toBe(false);
  });

  it.each(['', APP_ENTRY_URL, 'https://example.com/'])('refuses to attach a webview (src %j)', (url) => {
    expect(locked().emit('will-attach-webview', url)).toBe(true);
  });
});

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean;

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'idle-detection',
  'window-management',
  'hid',
  'serial',
  'usb',
  'storage-access',
  'unknown',
];

describe('denyPermissions', () => {
  function denied(): { request: RequestHandler; check: CheckHandler } {
    const handlers: { request?: RequestHandler; check?: CheckHandler } = {};
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    };
    denyPermissions(session as unknown as Session);
    if (!handlers.request || !handlers.check) throw new Error('denyPermissions did not install both handlers');
    return { request: handlers.request, check: handlers.check };
  }

  it.each(PERMISSIONS)('answers a request for %s with a refusal, exactly once', (permission) => {
    const answers: boolean[] = [];
    denied().request({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
  });

  it.each(PERMISSIONS)('says %s is not granted when Chromium checks, even for the app’s own origin', (permission) => {
    const { check } = denied();
    expect(check({}, permission, APP_ORIGIN)).toBe(false);
    expect(check({}, permission, 'https://example.com')).toBe(false);
  });
});
