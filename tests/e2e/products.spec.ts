import type { Page } from '@playwright/test';
import { format } from 'date-fns';
import { certificateValidUntil } from '../../src/shared/domain/certificates/certificate-validity';
import { addDaysIso, addMonthsIso, type IsoDate } from '../../src/shared/domain/dates/iso-date';
import { searchWords } from '../../src/shared/domain/text/search-words';
import { expect, test } from './fixtures/council';
import { TEST_COUNCIL, seedWorkspace } from './fixtures/workspace';

const SHOTS = 'test-results/screenshots';
const TODAY = format(new Date(), 'yyyy-MM-dd') as IsoDate;
const STAMP = '2025-02-10T08:00:00.000Z';

/** How many records a store of the workspace's database holds. */
async function countRecords(page: Page, store: string): Promise<number> {
  return page.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ocop-council');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open'));
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('count'));
    });
    db.close();
    return count;
  }, store);
}

/** Seeds the workspace, then opens the app afresh at `hash` (seeding writes behind the running app). */
async function seedAndOpen(page: Page, hash: string, records?: Parameters<typeof seedWorkspace>[1]): Promise<void> {
  await seedWorkspace(page, records);
  await page.goto(`/${hash}`);
  await page.reload();
}

function producer(id: string, name: string, extra: Record<string, unknown> = {}) {
  const record = {
    id,
    name,
    type: 'cooperative',
    representative: { name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' },
    address: 'Bản Bình Lư, xã Bình Lư, huyện Tam Đường, tỉnh Lai Châu',
    communeCode: '03637',
    phone: '0912345678',
    registrationNumber: '12/2019/HTX',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
  return { ...record, searchWords: searchWords(record.name, record.representative.name, record.address) };
}

function product(id: string, name: string, productSet: number, owner: { id: string; name: string }, code: string) {
  return {
    id,
    name,
    productSet,
    producerId: owner.id,
    code,
    description: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    searchWords: searchWords(name, code, owner.name),
  };
}

function certificate(id: string, productId: string, stars: number, decisionDate: IsoDate, extra = {}) {
  return {
    id,
    productId,
    stars,
    score: stars === 4 ? 78.5 : 64.25,
    decisionNumber: `${id.slice(-3)}/QĐ-UBND`,
    decisionDate,
    issuer: 'Ủy ban nhân dân huyện Tam Đường',
    certificateNumber: `GCN-${id.slice(-3)}`,
    validUntil: certificateValidUntil(decisionDate),
    reEvaluationAppliedOn: null,
    replaces: null,
    note: '',
    createdAt: `${decisionDate}T08:00:00.000Z`,
    ...extra,
  };
}

function dossier(id: string, productId: string, history: { status: string; on: string; note?: string }[], extra = {}) {
  const last = history[history.length - 1]?.status ?? 'received';
  const outcome = ['complete', 'returned', 'disqualified'].includes(last)
    ? last
    : last === 'evaluated'
      ? 'complete'
      : 'pending';
  const checked = history.filter((e) => e.status === outcome).at(-1);
  return {
    id,
    productId,
    year: 2025,
    attempt: 'first',
    receivedOn: history[0]?.on ?? '2025-03-01',
    roundId: null,
    forms: { mau01: true, mau02: true, mau03: last !== 'returned' },
    evidence: ['registration', 'food-safety', 'test-results', 'label-packaging'],
    samples: { required: 5, received: last === 'returned' ? 2 : 5 },
    precheck: { outcome, on: checked?.on ?? null, notes: checked?.note ?? '' },
    evaluation: null,
    history: history.map((e) => ({ note: '', ...e })),
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

test('the secretary adds a producer, a product and a dossier, pre-checks it twice, and finds it all after a reload', async ({
  page,
}) => {
  await seedAndOpen(page, '#/products');
  await expect(
    page.getByRole('heading', { name: 'Chưa có chủ thể nào. Hãy thêm chủ thể trước, rồi thêm sản phẩm của họ.' }),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/products-empty-products.png` });
  for (const [tab, heading, shot] of [
    ['Chủ thể', 'Chưa có chủ thể nào. Hãy thêm chủ thể trước, rồi thêm sản phẩm của họ.', 'producers'],
    ['Hồ sơ', 'Chưa có hồ sơ nào.', 'dossiers'],
    ['Giấy chứng nhận', 'Chưa có giấy chứng nhận nào.', 'certificates'],
  ] as const) {
    await page
      .getByRole('navigation', { name: 'Các mục của khu vực Sản phẩm' })
      .getByRole('link', { name: tab })
      .click();
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/products-empty-${shot}.png` });
  }

  // The products tab's next step leads to the producer form.
  await page.goto('/#/products');
  await page.getByRole('link', { name: 'Thêm chủ thể' }).click();
  let dialog = page.getByRole('dialog', { name: 'Thêm chủ thể' });
  await expect(dialog.getByLabel('Tên chủ thể')).toBeFocused();
  await dialog.getByLabel('Tên chủ thể').fill('Hợp tác xã Nông nghiệp và Dịch vụ Miến dong Bình Lư');
  await dialog.getByLabel('Loại hình').selectOption({ label: 'Hợp tác xã' });
  await dialog.getByLabel('Họ và tên người đại diện').fill('Lò Thị Hoa');
  await dialog.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await dialog.getByLabel('Dân tộc').fill('Thái');
  await dialog.getByLabel('Địa chỉ').fill('Bản Nà Đon, xã Bình Lư, huyện Tam Đường, tỉnh Lai Châu');
  await dialog.getByLabel('Mã xã').fill('3637');
  await dialog.getByLabel('Số điện thoại').fill('12345');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.locator('[data-field="communeCode"] .field-error')).toHaveText(
    'mã xã phải gồm đúng 5 chữ số (theo danh mục đơn vị hành chính)',
  );
  await expect(dialog.locator('[data-field="phone"] .field-error')).toHaveText(
    'số điện thoại phải có 10 chữ số, bắt đầu bằng 0 (hoặc +84)',
  );
  await expect(dialog.getByRole('alert')).toContainText('Chưa lưu được: 2 lỗi cần sửa');
  await expect(dialog.getByRole('alert')).toContainText('Mã xã: mã xã phải gồm đúng 5 chữ số');
  expect(await countRecords(page, 'producers')).toBe(0);
  await page.screenshot({ path: `${SHOTS}/products-producer-form-errors.png` });

  await dialog.getByLabel('Mã xã').fill('03637');
  await dialog.getByLabel('Số điện thoại').fill('0912 345 678');
  await dialog.getByLabel('Số điện thoại').press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Hợp tác xã Nông nghiệp và Dịch vụ Miến dong Bình Lư' }),
  ).toBeVisible();
  await expect(page.getByText('Lò Thị Hoa (Nữ, Thái)')).toBeVisible();
  await expect(page.getByText('Chủ thể này chưa có sản phẩm nào.')).toBeVisible();

  // A product of this producer, with its code.
  await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
  dialog = page.getByRole('dialog', { name: 'Thêm sản phẩm' });
  await expect(dialog.getByLabel('Tên sản phẩm')).toBeFocused();
  await dialog.getByLabel('Tên sản phẩm').fill('Miến dong Bình Lư');
  await dialog.getByLabel('Bộ sản phẩm').selectOption('6');
  await expect(dialog.getByLabel('Bộ sản phẩm').locator('option:checked')).toHaveText('6. Chế biến từ gạo, ngũ cốc');
  await expect(dialog.getByRole('combobox', { name: 'Chủ thể *' })).toHaveValue(/.+/);
  await dialog.getByLabel('Mã sản phẩm').fill('12-03637-1');
  await expect(dialog.getByText('(T)-(X)-(STT)-(Năm), ví dụ 12-03691-5-2026', { exact: false })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/products-product-form.png` });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.locator('[data-field="code"] .field-error')).toHaveText(
    'mã sản phẩm phải có dạng (T)-(X)-(STT)-(Năm), ví dụ 12-03691-5-2026',
  );
  expect(await countRecords(page, 'products')).toBe(0);
  await dialog.getByLabel('Mã sản phẩm').fill('12-03637-1-2025');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Miến dong Bình Lư' })).toBeVisible();
  await expect(page.getByText('Sản phẩm chưa có hồ sơ nào.')).toBeVisible();
  await expect(page.getByText('Chưa có giấy chứng nhận nào cho sản phẩm này.')).toBeVisible();

  // Its dossier: Mẫu 01 and 02 only, 3 of 5 samples.
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  dialog = page.getByRole('dialog', { name: 'Tiếp nhận hồ sơ' });
  await dialog.getByLabel('Năm đánh giá').fill('2025');
  await dialog.getByLabel('Ngày nhận hồ sơ').fill('2025-03-10');
  await dialog.getByLabel('Mẫu 01: Phiếu đăng ký sản phẩm').check();
  await dialog.getByLabel('Mẫu 02: Phiếu tự đánh giá').check();
  await dialog.getByLabel('Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (hoặc tương đương)').check();
  await dialog.getByLabel('Phiếu kết quả kiểm nghiệm sản phẩm').check();
  await dialog.getByLabel('Số mẫu đã nhận').fill('3');
  await expect(dialog.getByText('Cần nộp 5 mẫu sản phẩm.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/products-dossier-form.png` });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hồ sơ 2025: Miến dong Bình Lư' })).toBeVisible();

  // Pre-check: returned with what to complete (required), then complete.
  await page.getByRole('button', { name: 'Kiểm tra hồ sơ' }).click();
  dialog = page.getByRole('dialog', { name: 'Kiểm tra hồ sơ: Miến dong Bình Lư' });
  await dialog.getByLabel('Trả lại để bổ sung, hoàn thiện').check();
  await dialog.getByLabel('Ngày kiểm tra').fill('2025-03-15');
  await dialog.getByRole('button', { name: 'Ghi kết quả kiểm tra' }).click();
  await expect(dialog.locator('[data-field="precheck.notes"] .field-error')).toHaveText(
    'hãy ghi rõ cần bổ sung gì hoặc lý do loại hồ sơ',
  );
  await dialog.getByLabel('Cần bổ sung, hoàn thiện những gì').fill('Bổ sung Mẫu 03 của UBND xã và 2 mẫu sản phẩm.');
  await page.screenshot({ path: `${SHOTS}/products-precheck-dialog.png` });
  await dialog.getByRole('button', { name: 'Ghi kết quả kiểm tra' }).click();
  await expect(dialog).toHaveCount(0);
  const timeline = page.getByRole('list', { name: 'Các bước của hồ sơ theo thời gian' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(page.locator('.detail-head .pill')).toHaveText('Trả lại để bổ sung');

  await page.getByRole('button', { name: 'Kiểm tra hồ sơ' }).click();
  dialog = page.getByRole('dialog', { name: 'Kiểm tra hồ sơ: Miến dong Bình Lư' });
  await expect(dialog.getByLabel('Hồ sơ đầy đủ, chuyển hội đồng chấm điểm')).toBeChecked();
  await dialog.getByLabel('Ngày kiểm tra').fill('2025-03-25');
  await dialog.getByLabel('Ngày kiểm tra').press('Enter');
  await expect(dialog).toHaveCount(0);

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Hồ sơ 2025: Miến dong Bình Lư' })).toBeVisible();
  await expect(timeline.getByRole('listitem')).toHaveText([
    /10\/03\/2025\s*Đã tiếp nhận/,
    /15\/03\/2025\s*Trả lại để bổ sung\s*Bổ sung Mẫu 03 của UBND xã và 2 mẫu sản phẩm\./,
    /25\/03\/2025\s*Đã nộp bổ sung/,
    /25\/03\/2025\s*Đầy đủ/,
  ]);
  await expect(page.locator('.detail-head .pill')).toHaveText('Đầy đủ');
  await page.screenshot({ path: `${SHOTS}/products-dossier-detail.png`, fullPage: true });

  await page.goto('/#/products/producers');
  await expect(page.getByRole('row', { name: /Hợp tác xã Nông nghiệp và Dịch vụ Miến dong Bình Lư/ })).toContainText(
    'Lò Thị Hoa (Nữ, Thái)',
  );
  await page.goto('/#/products/dossiers');
  await expect(page.getByRole('row', { name: /Miến dong Bình Lư/ })).toContainText('Đầy đủ');

  // Search without diacritics, then Tab to the row and open it with Enter.
  await page.goto('/#/products');
  const search = page.getByRole('searchbox', { name: 'Tìm tên, mã, chủ thể (không cần dấu)' });
  await search.fill('mien dong binh lu');
  const row = page.getByRole('row', { name: /Miến dong Bình Lư/ });
  await expect(row).toContainText('12-03637-1-2025');
  await expect(row).toContainText('6. Chế biến từ gạo, ngũ cốc');
  await search.fill('che shan');
  await expect(page.getByText('Không có mục nào khớp với tìm kiếm và bộ lọc.')).toBeVisible();
  await search.fill('binh lu');
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Miến dong Bình Lư' })).toBeVisible();
  await expect(page.getByRole('row', { name: /2025/ })).toContainText('Đầy đủ');
  await page.screenshot({ path: `${SHOTS}/products-product-detail.png`, fullPage: true });
});

test('a certificate is recorded valid for 36 months, revoked on a ground, and corrected without losing the old one', async ({
  page,
}) => {
  const coop = producer('producer-1', 'HTX Chè Shan tuyết Tả Lèng');
  const tea = product('product-1', 'Chè Shan tuyết cổ thụ Tả Lèng', 11, coop, '12-03640-2-2025');
  const honey = product('product-2', 'Mật ong bạc hà Hồ Thầu', 4, coop, '12-03643-1-2023');
  await seedAndOpen(page, '#/products/certificates', {
    councils: [TEST_COUNCIL],
    producers: [coop],
    products: [tea, honey],
  });
  await expect(page.getByRole('heading', { name: 'Chưa có giấy chứng nhận nào.' })).toBeVisible();
  await page.getByRole('button', { name: 'Ghi nhận giấy chứng nhận' }).click();
  let dialog = page.getByRole('dialog', { name: 'Ghi nhận giấy chứng nhận' });
  await dialog
    .getByRole('combobox', { name: 'Sản phẩm *' })
    .selectOption({ label: 'Chè Shan tuyết cổ thụ Tả Lèng (12-03640-2-2025)' });
  await dialog.getByLabel('Hạng sao').selectOption({ label: '4 sao' });
  await dialog.getByLabel('Điểm trung bình').fill('78.5');
  await dialog.getByLabel('Số quyết định công nhận').fill('1520/QĐ-UBND');
  await expect(dialog.getByText('Nhập ngày quyết định để thấy ngày hết hiệu lực (cộng 36 tháng).')).toBeVisible();
  await dialog.getByLabel('Ngày quyết định').fill('2025-05-31');
  await expect(dialog.getByText('Hiệu lực đến 31/05/2028 (ngày quyết định cộng 36 tháng).')).toBeVisible();
  await expect(dialog.getByLabel('Cơ quan ban hành')).toHaveValue('Ủy ban nhân dân huyện Tam Đường');
  await dialog.getByLabel('Số giấy chứng nhận').fill('GCN-2025-011');
  await page.screenshot({ path: `${SHOTS}/products-certificate-form.png` });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Giấy chứng nhận GCN-2025-011' })).toBeVisible();
  await expect(page.locator('.facts')).toContainText('31/05/2028');
  await expect(page.locator('.detail-head .pill')).toHaveText('Còn hiệu lực');

  // Revoke it: the ground is required.
  await page.getByRole('button', { name: 'Thu hồi' }).click();
  dialog = page.getByRole('dialog', { name: 'Thu hồi giấy chứng nhận GCN-2025-011' });
  await dialog.getByLabel('Số quyết định thu hồi').fill('87/QĐ-UBND');
  await dialog.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }).click();
  await expect(dialog.getByRole('alert')).toContainText('hãy chọn một căn cứ thu hồi (1–6)');
  expect(await countRecords(page, 'revocations')).toBe(0);
  await dialog.getByLabel('3. Vi phạm về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn').check();
  await dialog.getByLabel('Ghi chú').fill('Kết quả kiểm tra của Đoàn liên ngành: nhãn sai thành phần.');
  await page.screenshot({ path: `${SHOTS}/products-revoke-dialog.png` });
  await dialog.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.detail-head .pill')).toHaveText('Đã thu hồi');
  await expect(page.getByText('Căn cứ 3: Vi phạm về chất lượng', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hiệu chỉnh' })).toHaveCount(0);

  await page.getByRole('link', { name: '← Sổ giấy chứng nhận' }).click();
  await expect(page.getByRole('row', { name: /GCN-2025-011/ })).toContainText('Đã thu hồi');

  // A second certificate, corrected: the old one stays, marked replaced.
  await page.getByRole('button', { name: 'Ghi nhận giấy chứng nhận' }).click();
  dialog = page.getByRole('dialog', { name: 'Ghi nhận giấy chứng nhận' });
  await dialog
    .getByRole('combobox', { name: 'Sản phẩm *' })
    .selectOption({ label: 'Mật ong bạc hà Hồ Thầu (12-03643-1-2023)' });
  await dialog.getByLabel('Hạng sao').selectOption({ label: '3 sao' });
  await dialog.getByLabel('Số quyết định công nhận').fill('2210/QĐ-UBND');
  await dialog.getByLabel('Ngày quyết định').fill('2024-11-20');
  await dialog.getByLabel('Số giấy chứng nhận').fill('GCN-2024-040');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Giấy chứng nhận GCN-2024-040' })).toBeVisible();
  await page.getByRole('button', { name: 'Hiệu chỉnh' }).click();
  dialog = page.getByRole('dialog', { name: 'Hiệu chỉnh giấy chứng nhận GCN-2024-040' });
  await expect(dialog.getByLabel('Số quyết định công nhận')).toHaveValue('2210/QĐ-UBND');
  await dialog.getByLabel('Hạng sao').selectOption({ label: '4 sao' });
  await dialog.getByLabel('Lý do hiệu chỉnh').fill('Ghi sai hạng sao so với quyết định.');
  await expect(dialog.getByText('Hiệu lực đến 20/11/2027 (ngày quyết định cộng 36 tháng).')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/products-correct-dialog.png` });
  await dialog.getByRole('button', { name: 'Lưu bản hiệu chỉnh' }).click();
  await expect(page.getByRole('link', { name: 'Mở bản cũ' })).toBeVisible();
  await expect(page.locator('.detail-head .stars-rating')).toHaveAttribute('aria-label', '4 sao');

  await page.reload();
  await page.getByRole('link', { name: '← Sổ giấy chứng nhận' }).click();
  const rows = page.getByRole('row', { name: /GCN-2024-040/ });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Đã thay thế' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Còn hiệu lực' })).toHaveCount(1);
  await page.getByLabel('Trạng thái').selectOption({ label: 'Đã thay thế' });
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Trạng thái').selectOption({ label: 'Đã thu hồi' });
  await expect(page.getByRole('row', { name: /GCN-2025-011/ })).toBeVisible();
  await page.getByLabel('Trạng thái').selectOption({ label: 'Mọi trạng thái' });
  await page.screenshot({ path: `${SHOTS}/products-certificates-after-revoke-and-correct.png` });

  // The product's rating history marks the replaced and the current record.
  await page.goto(`/#/products/item/${honey.id}`);
  const history = page.getByRole('list', { name: 'Các giấy chứng nhận của sản phẩm, mới nhất trước' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').filter({ hasText: 'Đã thay thế' })).toHaveCount(1);
});

test('the registers with data: every tab, detail page and dialog', async ({ page }) => {
  const coop = producer('producer-1', 'Hợp tác xã Nông nghiệp và Dịch vụ Chè Shan tuyết cổ thụ Tả Lèng', {
    representative: { name: 'Tẩn Thị Mai', sex: 'female', ethnicity: 'Dao' },
  });
  const household = producer('producer-2', 'Hộ kinh doanh Lò Văn Thắng', {
    type: 'household-business',
    communeCode: '',
    phone: '',
    registrationNumber: '',
  });
  const company = producer('producer-3', 'Công ty TNHH Du lịch cộng đồng Sin Suối Hồ', {
    type: 'enterprise',
    representative: { name: 'Vàng A Dơ', sex: 'male', ethnicity: 'Mông' },
  });
  const tea = product(
    'product-1',
    'Chè Shan tuyết cổ thụ Tả Lèng hộp thiếc cao cấp 200 g',
    11,
    coop,
    '12-03640-2-2025',
  );
  const honey = product('product-2', 'Mật ong bạc hà Hồ Thầu', 4, household, '12-03643-1-2022');
  const noodle = product('product-3', 'Miến dong Bình Lư', 6, household, '12-03637-1-2022');
  const village = product('product-4', 'Bản du lịch cộng đồng Sin Suối Hồ', 26, company, '');
  // Today's re-evaluation window holds a certificate expiring in 150 days.
  const windowDecision = addMonthsIso(addDaysIso(TODAY, 150), -36);
  // Enough producers for the producer choice to offer its filter box.
  const more = Array.from({ length: 12 }, (_, i) => producer(`producer-x${i}`, `Tổ hợp tác sản xuất số ${i + 1}`));
  await seedAndOpen(page, '#/products', {
    councils: [TEST_COUNCIL],
    producers: [coop, household, company, ...more],
    products: [tea, honey, noodle, village],
    certificates: [
      certificate('cert-011', tea.id, 4, '2025-05-31' as IsoDate),
      certificate('cert-004', honey.id, 3, windowDecision),
      certificate('cert-006', noodle.id, 3, '2022-06-15' as IsoDate),
    ],
    dossiers: [
      dossier('dossier-1', tea.id, [
        { status: 'received', on: '2025-03-10' },
        { status: 'returned', on: '2025-03-15', note: 'Bổ sung Mẫu 03 và 2 mẫu sản phẩm.' },
        { status: 'resubmitted', on: '2025-03-25' },
        { status: 'complete', on: '2025-03-25' },
      ]),
      dossier('dossier-2', noodle.id, [{ status: 'received', on: '2025-04-02' }], { attempt: 're-evaluation' }),
      dossier('dossier-3', honey.id, [
        { status: 'received', on: '2025-04-05' },
        { status: 'returned', on: '2025-04-12', note: 'Thiếu phiếu kết quả kiểm nghiệm.' },
      ]),
      dossier('dossier-4', village.id, [{ status: 'received', on: '2025-04-08' }], {
        samples: { required: 0, received: 0 },
        evidence: ['registration', 'product-story'],
      }),
    ],
  });

  await expect(page.getByText('4 mục')).toBeVisible();
  const teaRow = page.getByRole('row', { name: /Chè Shan tuyết cổ thụ Tả Lèng hộp thiếc/ });
  await expect(teaRow.getByRole('img', { name: '4 sao' })).toBeVisible();
  await expect(teaRow).toContainText('Còn hiệu lực');
  await expect(page.getByRole('row', { name: /Mật ong/ })).toContainText('Trong thời hạn đề nghị đánh giá lại');
  await expect(page.getByRole('row', { name: /Miến dong/ })).toContainText('Hết hiệu lực');
  await expect(page.getByRole('row', { name: /Sin Suối Hồ/ })).toContainText('Chưa xếp hạng');
  await page.screenshot({ path: `${SHOTS}/products-tab-products.png` });
  await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
  const productDialog = page.getByRole('dialog', { name: 'Thêm sản phẩm' });
  await expect(productDialog.getByLabel('Tên sản phẩm')).toBeFocused();
  await productDialog.getByRole('searchbox', { name: 'Lọc danh sách: Chủ thể' }).fill('sin suoi');
  await expect(productDialog.getByRole('combobox', { name: 'Chủ thể *' }).locator('option')).toHaveText([
    '— Chọn chủ thể —',
    'Công ty TNHH Du lịch cộng đồng Sin Suối Hồ',
  ]);
  await productDialog.getByRole('combobox', { name: 'Chủ thể *' }).selectOption({ index: 1 });
  await page.screenshot({ path: `${SHOTS}/products-product-form-filter.png` });
  // Esc first clears the filter box (as search boxes do), then closes the dialog.
  await page.keyboard.press('Escape');
  await expect(productDialog.getByRole('searchbox', { name: 'Lọc danh sách: Chủ thể' })).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(productDialog).toHaveCount(0);
  await page.getByLabel('Bộ sản phẩm').selectOption('11');
  await expect(page.getByText('1 / 4 mục')).toBeVisible();
  await page.getByLabel('Bộ sản phẩm').selectOption('');

  await page.goto('/#/products/producers');
  await expect(page.getByRole('row', { name: /Tẩn Thị Mai/ })).toContainText('Tẩn Thị Mai (Nữ, Dao)');
  await page.screenshot({ path: `${SHOTS}/products-tab-producers.png` });
  await expect(page.getByText('15 mục')).toBeVisible();
  await page.getByLabel('Loại hình').selectOption({ label: 'Hộ kinh doanh' });
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('row', { name: /Hộ kinh doanh Lò Văn Thắng/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hộ kinh doanh Lò Văn Thắng' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/products-producer-detail.png`, fullPage: true });
  await page.getByRole('button', { name: 'Sửa chủ thể' }).click();
  const producerDialog = page.getByRole('dialog', { name: 'Sửa chủ thể “Hộ kinh doanh Lò Văn Thắng”' });
  await expect(producerDialog.getByLabel('Tên chủ thể')).toBeFocused();
  await expect(producerDialog.getByText('Tiêu chí 3.2 của phiếu đánh giá', { exact: false })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/products-producer-form.png` });
  await page.keyboard.press('Escape');
  await expect(producerDialog).toHaveCount(0);

  await page.goto('/#/products/dossiers');
  await expect(page.getByText('4 mục')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/products-tab-dossiers.png` });
  await page.getByLabel('Trạng thái').selectOption({ label: 'Trả lại để bổ sung' });
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row', { name: /Mật ong/ })).toBeVisible();
  await page.getByLabel('Trạng thái').selectOption('');
  await page.getByRole('searchbox').fill('ban du lich');
  await expect(page.getByText('1 / 4 mục')).toBeVisible();
  await page.getByRole('row', { name: /Sin Suối Hồ/ }).click();
  await expect(page.getByText('Sản phẩm dịch vụ: không nộp mẫu')).toBeVisible();
  await page.getByRole('button', { name: 'Sửa hồ sơ' }).click();
  await expect(
    page.getByRole('dialog', { name: /Sửa hồ sơ/ }).getByText('Sản phẩm dịch vụ: không nộp mẫu'),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/products-dossier-form-service.png` });
  await page.keyboard.press('Escape');

  await page.goto('/#/products/certificates');
  const windowRow = page.getByRole('row', { name: /GCN-004/ });
  await expect(windowRow).toContainText('Trong thời hạn đề nghị đánh giá lại');
  await expect(windowRow).toContainText('còn 150 ngày');
  await expect(page.getByRole('row', { name: /GCN-006/ })).toContainText('Hết hiệu lực');
  await page.screenshot({ path: `${SHOTS}/products-tab-certificates.png` });
  await windowRow.click();
  await page.getByRole('button', { name: 'Ghi nhận đề nghị đánh giá lại' }).click();
  const apply = page.getByRole('dialog', { name: 'Đề nghị đánh giá lại: Mật ong bạc hà Hồ Thầu' });
  await page.screenshot({ path: `${SHOTS}/products-reevaluation-dialog.png` });
  await apply.getByRole('button', { name: 'Lưu' }).click();
  await expect(apply).toHaveCount(0);
  await expect(page.getByText('Chủ thể đã đề nghị đánh giá lại ngày', { exact: false })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/products-certificate-detail.png`, fullPage: true });

  // English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/products');
  await expect(page.getByRole('row', { name: /Mật ong/ })).toContainText('In the re-evaluation window');
  await page.screenshot({ path: `${SHOTS}/products-tab-products-english.png` });
});
