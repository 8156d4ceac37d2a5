import { _electron as electron, expect, test } from '@playwright/test';

test('the packaged app starts hardened, serves the renderer from app:// and answers over IPC', async () => {
  const app = await electron.launch({ args: ['.'], env: { ...process.env, NODE_ENV: 'production' } });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Hội đồng OCOP');
    expect(page.url()).toBe('app://council/index.html');

    // The renderer has no Node and only window.council; a remote page cannot be opened or navigated to.
    const globals = await page.evaluate(() => {
      const scope = globalThis as { require?: unknown; process?: unknown; Buffer?: unknown };
      return [typeof scope.require, typeof scope.process, typeof scope.Buffer];
    });
    expect(globals).toEqual(['undefined', 'undefined', 'undefined']);
    const packs = await page.evaluate(async () => {
      const result = await window.council.rubric.list();
      return result.ok ? result.data.map((pack) => pack.id) : [];
    });
    expect(packs).toEqual(['26/2026', '148/2023']);
    expect(await page.evaluate(() => window.open('https://example.com'))).toBeNull();
    await page.evaluate(() => {
      window.location.href = 'https://example.com';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/council\//);
    // The same lockNavigation that tests/e2e/security.spec.ts drives in Chromium, here on the real
    // WebContents: a clicked target=_blank link and a file:// navigation are refused as well.
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://example.com/';
      link.target = '_blank';
      link.textContent = 'remote link';
      document.body.append(link);
      link.click();
    });
    await page.evaluate(() => {
      window.location.href = 'file:///etc/hosts';
    });
    await page.waitForTimeout(500);
    expect(app.windows()).toEqual([page]);
    expect(page.url()).toMatch(/^app:\/\/council\//);

    await page.getByRole('link', { name: 'Bộ tiêu chí' }).click();
    await page.getByLabel('Bộ sản phẩm').selectOption('11');
    await expect(page.locator('article.criterion')).toHaveCount(32);
  } finally {
    await app.close();
  }
});
