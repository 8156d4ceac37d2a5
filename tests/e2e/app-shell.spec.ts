import { expect, test } from './fixtures/council';

const SHOTS = 'test-results/screenshots';

test('the shell offers the areas of the product in Vietnamese, each with a next step', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.locator('.nav-label')).toHaveText([
    'Hội đồng',
    'Sản phẩm',
    'Phiên chấm',
    'Tài liệu',
    'Lưu trữ',
    'Bộ tiêu chí',
  ]);
  await expect(page).toHaveTitle('Hội đồng OCOP');
  await expect(nav.getByRole('link', { name: 'Hội đồng' })).toHaveAttribute('aria-current', 'page');
  await page.screenshot({ path: `${SHOTS}/shell-council.png` });

  for (const [link, heading] of [
    ['Sản phẩm', 'Sản phẩm'],
    ['Phiên chấm', 'Phiên chấm'],
    ['Tài liệu', 'Tài liệu'],
    ['Lưu trữ', 'Lưu trữ'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
  }
  await page.getByRole('link', { name: 'Mở bộ tiêu chí' }).click();
  await expect(page.getByRole('heading', { name: 'Bộ tiêu chí đánh giá' })).toBeVisible();
});

test('the interface switches to English and remembers it', async ({ page }) => {
  await page.goto('/#/rubric');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Scoring rubrics' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).locator('.nav-label')).toHaveText([
    'Council',
    'Products',
    'Sessions',
    'Documents',
    'Archive',
    'Rubrics',
  ]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Scoring rubrics' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${SHOTS}/rubric-viewer-english.png` });
});
