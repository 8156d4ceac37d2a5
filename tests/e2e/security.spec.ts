import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/csp';
import { expect, test, type NavigationLock } from './fixtures/navigation-lock';

/**
 * What an attacker's script (or a careless click) in the app page can reach. Navigation and new windows are
 * refused by the real lockNavigation, wired to Chromium by fixtures/navigation-lock.ts (in the packaged app
 * main installs it on the window's WebContents; tests/electron/smoke.spec.ts checks it in Electron where a
 * binary exists). Remote frames, fetches, images, scripts and form posts never get that far: the CSP that
 * the build writes into index.html blocks them in the page itself.
 */

// Nothing here may reach the internet: requests the routes cannot catch go to a closed local port.
test.use({ proxy: { server: 'http://127.0.0.1:9', bypass: '127.0.0.1' } });

const REMOTE = 'https://example.com/';
const HEADING = 'Bộ tiêu chí đánh giá';

async function openApp(page: Page): Promise<string> {
  await page.goto('/#/rubric');
  await expect(page.getByRole('heading', { level: 1, name: HEADING })).toBeVisible();
  return page.url();
}

/** The app page is where it was, shows its screen, answers over window.council, and is the only window. */
async function expectAppIntact(page: Page, lock: NavigationLock, appUrl: string): Promise<void> {
  expect(lock.remotePages).toEqual([]);
  expect(page.url()).toBe(appUrl);
  // Read from the DOM rather than with a locator: after a form submission the CSP cancelled, Playwright
  // keeps waiting for a navigation that never comes before it resolves locators.
  const headings = await page.evaluate(() =>
    Array.from(document.querySelectorAll('h1'))
      .filter((h1) => h1.checkVisibility())
      .map((h1) => h1.textContent),
  );
  expect(headings).toEqual([HEADING]);
  const info = await page.evaluate(() => window.council.app.info());
  expect(info.ok).toBe(true);
  await expect.poll(() => page.context().pages()).toEqual([page]);
}

/** Starts collecting the page's CSP violations; the returned function reads them. */
async function watchViolations(page: Page): Promise<() => Promise<{ directive: string; blocked: string }[]>> {
  await page.evaluate(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { violations: typeof seen }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { violations: { directive: string; blocked: string }[] }).violations);
}

/** Adds an element built from HTML to the page (as injected content would), outside React's tree. */
async function inject(page: Page, html: string): Promise<void> {
  await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), html);
}

test('the built page carries the app’s Content-Security-Policy', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    CONTENT_SECURITY_POLICY,
  );
});

test('a script sending the page to a remote site is refused, and the app stays', async ({ page, lock }) => {
  const appUrl = await openApp(page);
  await page.evaluate((url) => (window.location.href = url), REMOTE);
  await expect.poll(() => lock.decisions).toContainEqual({ kind: 'will-navigate', url: REMOTE, allowed: false });
  await expectAppIntact(page, lock, appUrl);
  expect(lock.remoteRequests).toEqual([REMOTE]);
});

test('a clicked link to a remote site is refused, and the app stays', async ({ page, lock }) => {
  const appUrl = await openApp(page);
  await inject(page, `<a id="plain-link" href="${REMOTE}">plain remote link</a>`);
  await page.getByRole('link', { name: 'plain remote link' }).click();
  await expect.poll(() => lock.decisions).toContainEqual({ kind: 'will-navigate', url: REMOTE, allowed: false });
  await expectAppIntact(page, lock, appUrl);
});

test('a clicked target=_blank link opens no window', async ({ page, lock }) => {
  const appUrl = await openApp(page);
  await inject(page, `<a href="${REMOTE}" target="_blank" rel="opener">remote link in a new window</a>`);
  await page.getByRole('link', { name: 'remote link in a new window' }).click();
  await expect.poll(() => lock.decisions).toContainEqual({ kind: 'window-open', url: REMOTE, allowed: false });
  await expectAppIntact(page, lock, appUrl);
  expect(lock.decisions.filter((decision) => decision.allowed && decision.kind === 'window-open')).toEqual([]);
});

test('window.open to a remote site opens no window', async ({ page, lock }) => {
  const appUrl = await openApp(page);
  await page.evaluate((url) => void window.open(url), REMOTE);
  await expect.poll(() => lock.decisions).toContainEqual({ kind: 'window-open', url: REMOTE, allowed: false });
  await expectAppIntact(page, lock, appUrl);
  expect(lock.remoteRequests).toEqual([REMOTE]);
});

test('window.open to the app’s own page or to a blank page opens no window either', async ({ page, lock }) => {
  const appUrl = await openApp(page);
  await page.evaluate(() => void window.open('/index.html'));
  await page.evaluate(() => void window.open());
  await expect.poll(() => lock.decisions.filter((decision) => decision.kind === 'window-open')).toHaveLength(2);
  expect(lock.decisions.filter((decision) => decision.kind === 'window-open')).toEqual(
    expect.arrayContaining([
      { kind: 'window-open', url: new URL('/index.html', appUrl).href, allowed: false },
      { kind: 'window-open', url: 'about:blank', allowed: false },
    ]),
  );
  await expectAppIntact(page, lock, appUrl);
  expect(lock.remoteRequests).toEqual([]);
});

test('a form posting to a remote site is stopped by the CSP before any request', async ({ page, lock }) => {
  const appUrl = await openApp(page);
  const violations = await watchViolations(page);
  await inject(
    page,
    `<form method="post" action="${REMOTE}login"><input name="pin" value="1234" /><button>send the form</button></form>`,
  );
  // noWaitAfter: the click would otherwise wait for the navigation the CSP cancelled.
  await page.getByRole('button', { name: 'send the form' }).click({ noWaitAfter: true });
  await expect.poll(violations).toContainEqual({ directive: 'form-action', blocked: `${REMOTE}login` });
  await expectAppIntact(page, lock, appUrl);
  expect(lock.remoteRequests).toEqual([]);
});

/**
 * Remote content the page might try to pull in, the CSP directive that must stop it, and the URL the
 * violation reports (for frames Chromium reports only the origin, so as not to leak a path).
 */
const REMOTE_CONTENT = [
  {
    what: 'an iframe',
    directive: 'frame-src',
    tag: 'iframe',
    attribute: 'src',
    url: `${REMOTE}frame`,
    reported: 'https://example.com',
  },
  { what: 'an image', directive: 'img-src', tag: 'img', attribute: 'src', url: `${REMOTE}pixel.png`, reported: null },
  {
    what: 'a script',
    directive: 'script-src-elem',
    tag: 'script',
    attribute: 'src',
    url: `${REMOTE}evil.js`,
    reported: null,
  },
  {
    what: 'a stylesheet',
    directive: 'style-src-elem',
    tag: 'link',
    attribute: 'href',
    url: `${REMOTE}s.css`,
    reported: null,
  },
] as const;

for (const { what, directive, tag, attribute, url, reported } of REMOTE_CONTENT) {
  test(`${what} from a remote site is blocked by the CSP (${directive}) before any request`, async ({ page, lock }) => {
    const appUrl = await openApp(page);
    const violations = await watchViolations(page);
    // Built with the DOM, as a script would (HTML parsed by insertAdjacentHTML never runs its scripts).
    await page.evaluate(
      ([name, key, value]) => {
        const element = document.createElement(name);
        if (name === 'link') element.setAttribute('rel', 'stylesheet');
        element.setAttribute(key, value);
        document.body.append(element);
      },
      [tag, attribute, url] as const,
    );
    await expect.poll(violations).toContainEqual({ directive, blocked: reported ?? url });
    await expectAppIntact(page, lock, appUrl);
    expect(lock.remoteRequests).toEqual([]);
  });
}

test('fetch to a remote site rejects and is reported as a CSP violation, without a request', async ({ page, lock }) => {
  const appUrl = await openApp(page);
  const violations = await watchViolations(page);
  const outcome = await page.evaluate(
    (url) =>
      fetch(url).then(
        () => 'answered',
        (error: unknown) => (error instanceof Error ? error.name : String(error)),
      ),
    `${REMOTE}api`,
  );
  expect(outcome).toBe('TypeError');
  await expect.poll(violations).toContainEqual({ directive: 'connect-src', blocked: `${REMOTE}api` });
  await expectAppIntact(page, lock, appUrl);
  expect(lock.remoteRequests).toEqual([]);
});

test('window.council refuses a frame that is not the app’s main frame', async ({ page }) => {
  await openApp(page);
  // A srcdoc frame is the one frame the CSP lets the page add; it gets its own window.council binding.
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>embedded</p>';
    document.body.append(frame);
  });
  await expect.poll(() => page.frames().length).toBe(2);
  const child = page.frames().find((frame) => frame !== page.mainFrame());
  if (!child) throw new Error('the iframe did not appear');
  await child.waitForFunction(() => typeof window.council === 'object');
  const fromFrame = await child.evaluate(() => window.council.rubric.list());
  expect(fromFrame).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'issue.ipc.forbidden' } });
  const fromApp = await page.evaluate(() => window.council.rubric.list());
  expect(fromApp.ok).toBe(true);
});
