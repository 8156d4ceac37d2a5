import { expect, test } from './fixtures/council';

const SHOTS = 'test-results/screenshots';

test.describe('rubric viewer', () => {
  test('a member opens the viewer, picks set 11 and reads its criteria, markers and inferred items', async ({
    page,
  }) => {
    await page.goto('/#/rubric');
    await expect(page.getByRole('heading', { name: 'Bộ tiêu chí đánh giá' })).toBeVisible();
    await expect(page.getByLabel('Bộ tiêu chí', { exact: true })).toHaveValue('26/2026');

    await page.getByLabel('Bộ sản phẩm').selectOption('11');
    await expect(page.getByRole('heading', { name: /11\. Chè tươi, chè chế biến/ })).toBeVisible();

    // Parts and sections exactly as the form has them.
    await expect(page.getByRole('heading', { name: 'Phần A. Sản phẩm và sức mạnh cộng đồng (40 điểm)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Phần C. Chất lượng sản phẩm (35 điểm)' })).toBeVisible();
    const criteria = page.locator('article.criterion');
    await expect(criteria).toHaveCount(32);

    // A criterion with its options, points and the "none applies" choice.
    const origin = page.locator('article[data-criterion="A-1.1"]');
    await expect(origin).toContainText('1.1 Nguồn nguyên liệu');
    await expect(origin).toContainText('Tối đa 3 điểm');
    await expect(origin.locator('li.option')).toHaveCount(4);
    await expect(origin.locator('li.option').nth(1)).toContainText('từ 50% đến dưới 75%');
    await expect(origin.locator('li.option').nth(1).locator('.star-marker')).toHaveAccessibleName(
      'Mức tối thiểu cho 3 sao',
    );
    await expect(origin.getByText('Không đạt mục nào (0 điểm)')).toBeVisible();

    // Sub-criteria under their heading; a corrected cell; star markers; an inferred bilingual-label item.
    await expect(page.getByText('6.1. Ngoại hình (4 điểm)')).toBeVisible();
    await expect(page.locator('article[data-criterion="C-6.1.1"] .badge.corrected').first()).toBeVisible();
    await expect(page.locator('.star-marker').first()).toBeVisible();
    const bilingual = page.locator('article[data-criterion="A-2.4"]');
    await expect(bilingual.locator('.criterion-head .badge.inferred')).toHaveText('Suy luận');

    await page.screenshot({ path: `${SHOTS}/rubric-viewer-set-11.png`, fullPage: false });
    await origin.scrollIntoViewIfNeeded();
    await page.locator('article[data-criterion="C-6.1.1"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/rubric-viewer-set-11-sensory.png` });
  });

  test('an incomplete 148 set is shown with its gap and marked as not scorable', async ({ page }) => {
    await page.goto('/#/rubric');
    await page.getByLabel('Bộ tiêu chí', { exact: true }).selectOption('148/2023');
    const sets = page.getByLabel('Bộ sản phẩm');
    await expect(sets.locator('option[value="11"]')).toHaveText('11. Chè tươi, chè chế biến (chưa đầy đủ)');
    await sets.selectOption('11');
    await expect(page.getByText('Cấp huyện theo QĐ 148/QĐ-TTg (2023); Cấp tỉnh theo QĐ 148 sửa đổi')).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'Bộ tiêu chí này chưa đầy đủ' });
    await expect(notice).toContainText('97/100');
    await expect(notice).toContainText('phần C: 32/35');
    await expect(notice).toContainText('Chưa thể chấm bộ này');
    await page.screenshot({ path: `${SHOTS}/rubric-viewer-148-set-11-incomplete.png` });
  });

  test('the chosen pack and set survive a reload', async ({ page }) => {
    await page.goto('/#/rubric');
    await page.getByLabel('Bộ tiêu chí', { exact: true }).selectOption('148/2023');
    await page.getByLabel('Bộ sản phẩm').selectOption('26');
    await expect(page.getByRole('heading', { name: /26\. Dịch vụ du lịch cộng đồng/ })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Bộ tiêu chí', { exact: true })).toHaveValue('148/2023');
    await expect(page.getByLabel('Bộ sản phẩm')).toHaveValue('26');
    // Tourism criteria with two alternative option lists.
    const variants = page.locator('article[data-criterion="C-8"] .variant');
    await expect(variants).toHaveCount(2);
    await expect(variants.first()).toContainText('Trường hợp a');
  });
});
