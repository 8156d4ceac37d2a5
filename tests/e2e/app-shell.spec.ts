import { expect, test } from './fixtures/council';
import { seedWorkspace } from './fixtures/workspace';

const SHOTS = 'test-results/screenshots';

test('before any council exists, every area but the rubrics and the archive leads to the welcome screen', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Hội đồng OCOP');
  for (const hash of ['#/dashboard', '#/council', '#/products', '#/sessions']) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Chào mừng đến với Hội đồng OCOP' })).toBeVisible();
  }
  await page.goto('/#/rubric');
  await expect(page.getByRole('heading', { level: 1, name: 'Bộ tiêu chí đánh giá' })).toBeVisible();
  // A new laptop restores the council's backup from the archive, so the archive opens without a council.
  await page.goto('/#/archive');
  await expect(page.getByRole('heading', { level: 1, name: 'Lưu trữ' })).toBeVisible();
});

test('the shell offers the areas of the product in Vietnamese, each with something to do', async ({ page }) => {
  await seedWorkspace(page);
  await page.goto('/#/dashboard');
  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.locator('.nav-label')).toHaveText([
    'Tổng quan',
    'Hội đồng',
    'Sản phẩm',
    'Phiên chấm',
    'Tài liệu',
    'Lưu trữ',
    'Bộ tiêu chí',
  ]);
  await expect(nav.getByRole('link', { name: 'Tổng quan' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.brand-tagline')).toHaveText('Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường');

  for (const [link, heading] of [
    ['Hội đồng', 'Hội đồng'],
    ['Sản phẩm', 'Sản phẩm'],
    ['Phiên chấm', 'Phiên chấm'],
    ['Tài liệu', 'Tài liệu'],
    ['Lưu trữ', 'Lưu trữ'],
    ['Bộ tiêu chí', 'Bộ tiêu chí đánh giá'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
  }
  // Areas still to come say what they will hold and where to go meanwhile.
  await nav.getByRole('link', { name: 'Phiên chấm' }).click();
  await expect(page.getByText('Chưa có phiên chấm nào.', { exact: false })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/shell-sessions.png` });
  await page.getByRole('link', { name: 'Mở bộ tiêu chí' }).click();
  await expect(page.getByRole('heading', { name: 'Bộ tiêu chí đánh giá' })).toBeVisible();
});

test('the interface switches to English and remembers it', async ({ page }) => {
  await page.goto('/#/rubric');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Scoring rubrics' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).locator('.nav-label')).toHaveText([
    'Overview',
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
