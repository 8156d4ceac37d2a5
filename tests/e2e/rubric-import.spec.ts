import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures/council';
import { completedTeaSet, packWithWrongSum } from './fixtures/rubric-files';

const SHOTS = 'test-results/screenshots';

function jsonFile(name: string, content: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) };
}

test('importing a completed 148 set 11 makes it a new, scorable version of the pack', async ({ page, council }) => {
  await page.goto('/#/rubric');
  await page.getByLabel('Bộ tiêu chí', { exact: true }).selectOption('148/2023');
  await page.getByLabel('Bộ sản phẩm').selectOption('11');
  await expect(page.getByText('Bộ tiêu chí này chưa đầy đủ').first()).toBeVisible();

  await page.locator('input[type="file"]').setInputFiles(jsonFile('bo-11-hoan-chinh.json', completedTeaSet()));

  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập 148/2023, phiên bản 2.' })).toBeVisible();
  await expect(page.getByLabel('Bộ tiêu chí', { exact: true })).toHaveValue('148/2023');
  await expect(page.getByLabel('Bộ tiêu chí', { exact: true }).locator('option:checked')).toHaveText(
    '148/2023 (phiên bản 2)',
  );
  await expect(page.getByLabel('Bộ sản phẩm').locator('option[value="11"]')).toHaveText('11. Chè tươi, chè chế biến');
  await expect(page.locator('article[data-criterion="C-6.3"]')).toContainText('Bã chè');
  await expect(page.getByText('Tổng điểm tối đa: 100')).toBeVisible();
  await expect(page.getByText('Bộ tiêu chí này chưa đầy đủ')).toHaveCount(0);
  await expect(page.getByText(/Bộ 11: Phiếu bộ 11 đã hoàn chỉnh/)).toBeVisible();
  expect(readdirSync(`${council.dataDir}/rubric-packs`)).toEqual(['148%2F2023@2.json']);
  await page.screenshot({ path: `${SHOTS}/rubric-import-success.png` });
});

test('a rubric file that does not add up is refused with what is wrong and where, and nothing changes', async ({
  page,
  council,
}) => {
  await page.goto('/#/rubric');
  await page.locator('input[type="file"]').setInputFiles(jsonFile('sai-tong.json', packWithWrongSum()));

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không nhập được tệp “sai-tong.json”. Không có gì thay đổi.');
  await expect(alert).toContainText('bộ 1: các tiêu chí của mục 1 cộng lại 18 điểm, mục ghi 17');
  await expect(alert).toContainText('trường sets[0].sections[0]');
  await expect(alert).toContainText('bộ 1: phần A cộng lại 39 điểm, cần 40');
  await expect(page.getByLabel('Bộ tiêu chí', { exact: true }).locator('option')).toHaveText([
    '26/2026 (phiên bản 1)',
    '148/2023 (phiên bản 1)',
  ]);
  await page.screenshot({ path: `${SHOTS}/rubric-import-refused.png` });

  await page.locator('input[type="file"]').setInputFiles({
    name: 'hong.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "ocop-council/rubric-pack@1", '),
  });
  await expect(page.getByRole('alert')).toContainText('Không nhập được tệp “hong.json”');
  await expect(page.getByRole('alert')).toContainText('tệp không phải JSON hợp lệ');
  expect(() => readdirSync(`${council.dataDir}/rubric-packs`)).toThrow();
});
