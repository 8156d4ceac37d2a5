import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/council';
import { seedWorkspace, TEST_COUNCIL } from './fixtures/workspace';

const SHOTS = 'test-results/screenshots';

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path).buffer);
  return workbook;
}

async function xlsx(name: string, workbook: ExcelJS.Workbook) {
  return {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

/** Opens the archive area of the seeded workspace (a reload, so the app reads what the seed wrote). */
async function openArchive(page: Page): Promise<void> {
  await page.goto('/#/archive');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Lưu trữ' })).toBeVisible();
}

/** How many records a store of the workspace's IndexedDB holds. */
async function countIn(page: Page, store: string): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ocop-council');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('count failed'));
    });
    db.close();
    return count;
  }, store);
}

/** The template as a secretary fills it: 3 producers, 4 products, the product on row 5 in a set that does not exist. */
function fillIn(template: ExcelJS.Workbook): ExcelJS.Workbook {
  const producers = template.getWorksheet('Chủ thể');
  const products = template.getWorksheet('Sản phẩm');
  if (!producers || !products) throw new Error('the template lacks its sheets');
  const rows: (string | number)[][] = [
    [
      'Hợp tác xã Miến dong Bình Lư',
      'Hợp tác xã',
      'Lò Văn Minh',
      'Nam',
      'Thái',
      'Xã Bình Lư, huyện Tam Đường',
      '03637',
      '0912345678',
      '12/2019/HTX',
    ],
    ['Hộ kinh doanh Mật ong Sơn Bình', 'Hộ kinh doanh', 'Tẩn Thị Mai', 'Nữ', 'Dao', 'Xã Sơn Bình', '03640'],
    ['Công ty TNHH Chè Tả Lèng', 'Doanh nghiệp', 'Nguyễn Văn Hùng', 'Nam', 'Kinh', 'Xã Tả Lèng', '', '', '6200123456'],
  ];
  rows.forEach((values, index) => (producers.getRow(index + 2).values = values));
  const productRows: (string | number)[][] = [
    ['Miến dong Bình Lư', 6, 'Hợp tác xã Miến dong Bình Lư', '12-03637-1-2025', 'Miến làm thủ công'],
    ['Mật ong bạc hà', 4, 'Hộ kinh doanh Mật ong Sơn Bình'],
    ['Chè Shan tuyết Tả Lèng', 11, 'Công ty TNHH Chè Tả Lèng'],
    ['Chè đen Tả Lèng', 27, 'Công ty TNHH Chè Tả Lèng'],
  ];
  productRows.forEach((values, index) => (products.getRow(index + 2).values = values));
  return template;
}

test('imports producers and products from the Excel template: every error by row and column, nothing until they are fixed or skipped', async ({
  page,
}) => {
  await seedWorkspace(page);
  await openArchive(page);
  await expect(page.getByRole('heading', { name: 'Nhập và xuất Excel' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exchange-archive.png`, fullPage: true });

  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp mẫu (.xlsx)' }).click();
  const download = await templateDownload;
  expect(download.suggestedFilename()).toBe('mau-nhap-chu-the-san-pham-OCOP.xlsx');
  const template = await workbookOf(download);
  expect(template.worksheets.map((s) => s.name)).toEqual(['Chủ thể', 'Sản phẩm', 'Hướng dẫn']);
  await expect(page.getByText('Đã tạo tệp mẫu “mau-nhap-chu-the-san-pham-OCOP.xlsx”.')).toBeVisible();

  // The untouched template: nothing to import, and the screen says so.
  const fileInput = page.locator('input[type="file"][accept*=".xlsx"]');
  await fileInput.setInputFiles(await xlsx('mau-chua-dien.xlsx', template));
  await expect(
    page.getByText('Tệp “mau-chua-dien.xlsx” chưa có dòng dữ liệu nào. Không có gì được nhập.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập', exact: true })).toHaveCount(0);

  // Filled in, with one invalid row: reported with its sheet, row and column.
  const filled = await xlsx('chu-the-san-pham.xlsx', fillIn(template));
  await fileInput.setInputFiles(filled);
  await expect(page.getByRole('heading', { name: 'Kiểm tra tệp “chu-the-san-pham.xlsx”' })).toBeVisible();
  const counts = page.locator('.exchange-counts tbody tr');
  await expect(counts.nth(0)).toHaveText(['Chủ thể', '3', '3', '0', '0'].join(''));
  await expect(counts.nth(1)).toHaveText(['Sản phẩm', '4', '3', '0', '1'].join(''));
  const errors = page.getByRole('region', { name: 'Các lỗi cần sửa (1)' });
  await expect(errors.getByRole('listitem')).toHaveText([
    'Sheet Sản phẩm, dòng 5, cột Bộ sản phẩm: bộ sản phẩm phải là một số nguyên từ 1 đến 26 (đang ghi “27”)',
  ]);
  await page.screenshot({ path: `${SHOTS}/exchange-preview-errors.png`, fullPage: true });

  // Import with an invalid row: nothing is written, and the screen says why.
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Chưa nhập gì: tệp còn 1 dòng có lỗi.');
  expect(await countIn(page, 'producers')).toBe(0);
  expect(await countIn(page, 'products')).toBe(0);
  await page.screenshot({ path: `${SHOTS}/exchange-import-refused.png`, fullPage: true });

  // The explicit choice: skip the invalid row, import the six valid ones.
  await page.getByRole('button', { name: 'Bỏ qua các dòng lỗi và nhập 6 dòng hợp lệ' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Đã nhập 3 chủ thể và 3 sản phẩm.' });
  await expect(done).toBeVisible();
  await expect(done).toContainText('Bỏ qua vì có lỗi: 0 dòng chủ thể, 1 dòng sản phẩm.');
  expect(await countIn(page, 'producers')).toBe(3);
  expect(await countIn(page, 'products')).toBe(3);
  await page.screenshot({ path: `${SHOTS}/exchange-imported.png`, fullPage: true });

  // The same file again: everything is already there, nothing is added twice.
  await fileInput.setInputFiles(filled);
  await expect(counts.nth(0)).toHaveText(['Chủ thể', '3', '0', '3', '0'].join(''));
  await expect(counts.nth(1)).toHaveText(['Sản phẩm', '4', '0', '3', '1'].join(''));
  await expect(page.getByRole('button', { name: /Bỏ qua các dòng lỗi/ })).toHaveCount(0);
  expect(await countIn(page, 'products')).toBe(3);

  // Corrected and imported again: only the corrected row is new; the rest is said to be there already.
  const corrected = fillIn(await workbookOf(download));
  const correctedProducts = corrected.getWorksheet('Sản phẩm');
  if (correctedProducts) correctedProducts.getCell('B5').value = 11;
  await fileInput.setInputFiles(await xlsx('chu-the-san-pham-da-sua.xlsx', corrected));
  await expect(page.getByText('Mọi dòng đều hợp lệ.')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  const again = page.getByRole('status').filter({ hasText: 'Đã nhập 0 chủ thể và 1 sản phẩm.' });
  await expect(again).toContainText('Đã có trong dữ liệu, bỏ qua: 3 chủ thể, 3 sản phẩm.');
  expect(await countIn(page, 'producers')).toBe(3);
  expect(await countIn(page, 'products')).toBe(4);

  // The imported products are in the products area.
  await page.getByRole('link', { name: 'Sản phẩm' }).first().click();
  await expect(page.getByText('Chè Shan tuyết Tả Lèng').first()).toBeVisible();
});

test('refuses a file that is not an .xlsx, saying what to do', async ({ page }) => {
  await seedWorkspace(page);
  await openArchive(page);
  await page.locator('input[type="file"][accept*=".xlsx"]').setInputFiles({
    name: 'danh-sach.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Tên chủ thể;Loại hình\nHTX A;HTX\n'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không đọc được tệp “danh-sach.csv”. Không có gì được nhập.');
  await expect(alert).toContainText('đây không phải tệp Excel .xlsx; hãy dùng tệp mẫu của ứng dụng');

  // In English, the screen speaks English; the file's own sheet and column names stay as the file has them.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import from Excel' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the template (.xlsx)' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exchange-english.png`, fullPage: true });
});

test('exports every register to one workbook, a sheet each, that reads back', async ({ page }) => {
  const producer = {
    id: 'p1',
    name: 'Hợp tác xã Miến dong Bình Lư',
    type: 'cooperative',
    representative: { name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' },
    address: 'Xã Bình Lư',
    communeCode: '03637',
    phone: '',
    registrationNumber: '12/2019/HTX',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-01T08:00:00.000Z',
    searchWords: ['hop', 'tac', 'xa', 'mien', 'dong', 'binh', 'lu'],
  };
  const product = {
    id: 'q1',
    name: 'Miến dong Bình Lư',
    productSet: 6,
    producerId: 'p1',
    code: '12-03637-1-2022',
    description: '',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-01T08:00:00.000Z',
    searchWords: ['mien', 'dong', 'binh', 'lu'],
  };
  const certificate = {
    id: 'g1',
    productId: 'q1',
    stars: 3,
    score: 62.5,
    decisionNumber: '456/QĐ-UBND',
    decisionDate: '2022-06-30',
    issuer: 'UBND huyện Tam Đường',
    certificateNumber: 'GCN-2022-007',
    validUntil: '2025-06-30',
    reEvaluationAppliedOn: null,
    replaces: null,
    note: '',
    createdAt: '2025-03-01T08:00:00.000Z',
  };
  const plan = {
    year: 2025,
    firstEvaluations: 6,
    upgrades: 1,
    reEvaluations: 5,
    updatedAt: '2025-03-01T08:00:00.000Z',
  };
  await seedWorkspace(page, {
    councils: [TEST_COUNCIL],
    producers: [producer],
    products: [product],
    certificates: [certificate],
    planTargets: [plan],
  });
  await openArchive(page);
  const registers = page.locator('.exchange-panel').filter({ hasText: 'Xuất ra Excel' }).locator('tbody tr');
  await expect(registers).toHaveText([
    'Hội đồngđã thiết lập',
    'Thành viên0',
    'Chủ thể1',
    'Sản phẩm1',
    'Hồ sơ0',
    'Đợt đánh giá0',
    'Giấy chứng nhận1',
    'Thu hồi0',
    'Kế hoạch1',
  ]);

  const exportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất ra Excel' }).click();
  const download = await exportDownload;
  expect(download.suggestedFilename()).toMatch(/^so-lieu-OCOP-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByText(`Đã tạo tệp “${download.suggestedFilename()}”.`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exchange-exported.png`, fullPage: true });

  const workbook = await workbookOf(download);
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    'Hội đồng',
    'Thành viên',
    'Chủ thể',
    'Sản phẩm',
    'Hồ sơ',
    'Đợt đánh giá',
    'Giấy chứng nhận',
    'Thu hồi',
    'Kế hoạch',
  ]);
  expect(workbook.getWorksheet('Hội đồng')?.getRow(2).values).toEqual([
    undefined,
    'Tên hội đồng',
    TEST_COUNCIL.councilName,
  ]);
  expect(workbook.getWorksheet('Chủ thể')?.getRow(2).getCell(1).value).toBe('Hợp tác xã Miến dong Bình Lư');
  expect(workbook.getWorksheet('Sản phẩm')?.getRow(2).values).toEqual([
    undefined,
    'Miến dong Bình Lư',
    6,
    'Hợp tác xã Miến dong Bình Lư',
    '12-03637-1-2022',
    undefined,
    '12/2019/HTX',
  ]);
  const certificates = workbook.getWorksheet('Giấy chứng nhận');
  expect(certificates?.getRow(2).getCell(9).value).toBe('GCN-2022-007');
  expect(certificates?.getRow(2).getCell(10).value).toEqual(new Date(Date.UTC(2025, 5, 30)));
  expect(certificates?.getRow(2).getCell(11).value).toBe('Hết hiệu lực');
  expect(workbook.getWorksheet('Kế hoạch')?.getRow(2).values).toEqual([undefined, 2025, 6, 1, 5]);
  for (const sheet of workbook.worksheets) expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen' });
});
