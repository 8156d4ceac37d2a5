import type { Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures/council';
import { seedWorkspace, TEST_COUNCIL } from './fixtures/workspace';

const SHOTS = 'test-results/screenshots';
const EXAMPLE = path.resolve('tests/fixtures/sessions/lai-chau-2026-small.session.json');
const STAMP = '2026-02-10T08:00:00.000Z';

/** The council, plus the example's two products in the register (so certificates can be recorded for them). */
function registerRecords() {
  const producer = {
    id: 'h1',
    name: 'Công ty CP đầu tư phát triển Chè Tam Đường',
    type: 'enterprise',
    representative: { name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' },
    address: 'Thị trấn Tam Đường, huyện Tam Đường, tỉnh Lai Châu',
    communeCode: '03637',
    phone: '0912345678',
    registrationNumber: '6200012345',
    createdAt: STAMP,
    updatedAt: STAMP,
    searchWords: ['cong', 'ty', 'che', 'tam', 'duong'],
  };
  const product = (id: string, name: string, productSet: number) => ({
    id,
    name,
    productSet,
    producerId: 'h1',
    code: '',
    description: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    searchWords: name.toLowerCase().split(' '),
  });
  return {
    producers: [producer],
    products: [product('q1', 'Hồng trà Tam Đường', 11), product('q2', 'Rượu ngô men lá Sà Dề Phìn', 14)],
  };
}

/** A paper session still in preparation, big enough that its blank sheets take a while: 12 members × 14 products. */
function paperSession() {
  const members = Array.from({ length: 12 }, (_, i) => ({
    memberId: `pm${i + 1}`,
    name: `Thành viên Hội đồng số ${i + 1}`,
    role: i === 0 ? 'chair' : 'member',
    title: '',
    scores: true,
    present: true,
    pinHash: null,
    packetKey: 'b'.repeat(64),
  }));
  const products = Array.from({ length: 14 }, (_, i) => ({
    productId: `pp${i + 1}`,
    dossierId: null,
    name: `Sản phẩm thử số ${i + 1}`,
    productSet: i % 2 === 0 ? 11 : 14,
    producerName: 'HTX Nông sản Bình Lư',
    code: '',
    attempt: 'first',
    conflicts: [],
    disqualified: null,
    round: 1,
  }));
  return {
    id: 'paper-session',
    councilName: TEST_COUNCIL.councilName,
    roundId: null,
    title: 'Phiên chấm giấy đợt 2',
    profile: 'province-2026',
    pack: { id: '26/2026', version: 1 },
    rules: TEST_COUNCIL.rules,
    date: '2026-10-15',
    place: 'Tam Đường',
    members,
    products,
    phase: 'preparing',
    revealedAt: null,
    confirmation: null,
    finalisedAt: null,
    remoteMember: null,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

/** Imports the example session file from the session list, then confirms and finalises it; returns its id. */
async function finalisedExample(page: Page): Promise<string> {
  await page.goto('/#/sessions');
  await page.reload();
  await page
    .getByLabel('Nhập tệp phiên chấm (session@1 JSON)')
    .setInputFiles({ name: 'lai-chau.session.json', mimeType: 'application/json', buffer: readFileSync(EXAMPLE) });
  let dialog = page.getByRole('dialog', { name: 'Nhập tệp phiên chấm' });
  await dialog.getByLabel('Tên phiên chấm').fill('Phiên chấm Lai Châu');
  await dialog.getByRole('button', { name: 'Nhập phiên chấm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phiên chấm Lai Châu' })).toBeVisible();
  await page.getByRole('button', { name: 'Xác nhận kết quả' }).click();
  dialog = page.getByRole('dialog', { name: 'Xác nhận kết quả phiên chấm' });
  await dialog.getByRole('button', { name: 'Xác nhận kết quả' }).click();
  await page.getByRole('button', { name: 'Kết thúc và khóa phiên' }).click();
  dialog = page.getByRole('dialog', { name: 'Kết thúc và khóa phiên?' });
  await dialog.getByRole('button', { name: 'Khóa phiên' }).click();
  await expect(page.getByRole('heading', { name: 'Phiên đã kết thúc và khóa' })).toBeVisible();
  const id = /#\/sessions\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no session id in ${page.url()}`);
  return id;
}

function archiveDir(dataDir: string, sessionId: string): string {
  return path.join(dataDir, 'archive', 'sessions', sessionId, 'documents');
}

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

test('makes the tally and the minutes of a finalised session, keeps them with their hashes, opens one, flags a tampered file, and issues certificates', async ({
  page,
  council,
}) => {
  // Real PDFs are rendered (and the whole session is conducted first): more than the default 30 s.
  test.setTimeout(90_000);
  await seedWorkspace(page, { councils: [TEST_COUNCIL], ...registerRecords() });
  const sessionId = await finalisedExample(page);

  // The documents area: pick the session.
  await page.getByRole('link', { name: 'Tài liệu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tài liệu' })).toBeVisible();
  await expect(page.getByText('Chọn một phiên chấm để tạo tài liệu của phiên đó.')).toBeVisible();
  await page.getByLabel('Phiên chấm', { exact: true }).selectOption({ value: sessionId });
  await expect(page.getByText('Phiên đã kết thúc và khóa: kết quả phiên bản 1.')).toBeVisible();
  await expect(page.getByText('Phiên này chưa có tài liệu nào được lưu.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Bảng tổng hợp kết quả/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Biên bản họp hội đồng/ })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/documents-session.png`, fullPage: true });

  // The tally and the minutes.
  await page.getByLabel('Số thứ tự biên bản').fill('3');
  await page.getByRole('button', { name: 'Tạo tài liệu' }).click();
  const made = page.locator('.job-result');
  await expect(made.getByText('Đã tạo 2 tệp')).toBeVisible({ timeout: 30_000 });
  await expect(made.getByText('Đã lưu vào kho lưu trữ của phiên.')).toBeVisible();
  const madeTable = made.getByRole('table', { name: 'Các tệp vừa tạo' });
  await expect(madeTable.getByRole('row', { name: /bang-tong-hop\.pdf/ })).toContainText('Bảng tổng hợp kết quả');
  await expect(madeTable.getByRole('row', { name: /bien-ban-hop-hoi-dong\.pdf/ })).toContainText(
    /[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/,
  );
  expect(filesIn(archiveDir(council.dataDir, sessionId))).toEqual([
    'bang-tong-hop.pdf',
    'bien-ban-hop-hoi-dong.pdf',
    'documents.json',
  ]);

  // "Lưu vào thư mục…": main's folder dialog (the stub answers with a temporary folder), then a copy there.
  await made.getByRole('button', { name: 'Lưu vào thư mục…' }).click();
  await expect(made.getByText(`Đã lưu 2 tệp vào ${council.chosenFolder ?? ''}.`)).toBeVisible();
  expect(filesIn(council.chosenFolder ?? '')).toEqual(['bang-tong-hop.pdf', 'bien-ban-hop-hoi-dong.pdf']);

  // The archive's list, every file checked against its SHA-256.
  const archived = page.getByRole('region', { name: 'Tài liệu đã lưu của phiên' });
  await expect(archived.getByText('Cả 2 tệp còn nguyên vẹn (SHA-256 khớp với lúc tạo).')).toBeVisible();
  const index = JSON.parse(
    readFileSync(path.join(archiveDir(council.dataDir, sessionId), 'documents.json'), 'utf8'),
  ) as {
    files: { file: string; sha256: string }[];
  };
  const tallyHash = index.files.find((f) => f.file === 'bang-tong-hop.pdf')?.sha256 ?? '';
  const tallyRow = archived.getByRole('row', { name: /bang-tong-hop\.pdf/ });
  await expect(tallyRow).toContainText(`${tallyHash.slice(0, 4)}-${tallyHash.slice(4, 8)}-${tallyHash.slice(8, 12)}`);
  await expect(tallyRow).toContainText('Nguyên vẹn');
  await page.screenshot({ path: `${SHOTS}/documents-made.png`, fullPage: true });

  // Open: main asks the system's viewer (the stub records the file).
  await archived.getByRole('button', { name: 'Mở bang-tong-hop.pdf' }).click();
  await expect(archived.getByText('Đã mở bang-tong-hop.pdf trong trình xem PDF.')).toBeVisible();
  expect(council.opened).toEqual([path.join(archiveDir(council.dataDir, sessionId), 'bang-tong-hop.pdf')]);
  await archived.getByRole('button', { name: 'In bien-ban-hop-hoi-dong.pdf' }).click();
  await expect(archived.getByText('chọn In (Ctrl+P) ở đó')).toBeVisible();

  // A file changed on disk is flagged.
  writeFileSync(path.join(archiveDir(council.dataDir, sessionId), 'bang-tong-hop.pdf'), '%PDF-1.3 sửa tay');
  await archived.getByRole('button', { name: 'Kiểm tra lại' }).click();
  await expect(archived.getByText('1 tệp đã bị thay đổi, 0 tệp không còn so với lúc tạo.')).toBeVisible();
  await expect(tallyRow).toContainText('Đã bị thay đổi');
  await expect(archived.getByRole('row', { name: /bien-ban-hop-hoi-dong\.pdf/ })).toContainText('Nguyên vẹn');
  await tallyRow.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/documents-tampered.png`, fullPage: true });

  // Certificates: the decision first, then "Cấp giấy chứng nhận" records the recognised tea in the register.
  const issuing = page.getByRole('region', { name: 'Cấp giấy chứng nhận' });
  await expect(issuing.getByText('Nhập số và ngày quyết định công nhận ở trên trước.')).toBeVisible();
  await page.getByLabel('Số quyết định công nhận').fill('125/QĐ-UBND');
  await page.getByLabel('Ngày quyết định').fill('15/08/2026');
  const tea = issuing.getByRole('row', { name: /Hồng trà Tam Đường/ });
  await expect(tea).toContainText('4 sao');
  await expect(tea).toContainText('79,00');
  await expect(tea).toContainText('01/GCN-OCOP');
  await expect(tea).toContainText('Sẽ cấp');
  await expect(issuing.getByRole('row', { name: /Rượu ngô/ })).toHaveCount(0);

  // Certificates cannot be printed before they are in the register.
  await page.getByRole('checkbox', { name: /Giấy chứng nhận/ }).check();
  await page.getByRole('button', { name: 'Tạo tài liệu' }).click();
  await expect(
    page.getByText('Còn 1 sản phẩm được công nhận chưa có giấy chứng nhận theo quyết định này'),
  ).toBeVisible();

  await issuing.getByRole('button', { name: 'Cấp giấy chứng nhận (1)' }).click();
  await expect(issuing.getByText('Đã cấp 1 giấy chứng nhận.')).toBeVisible();
  await expect(tea).toContainText('Đã cấp');
  await page.screenshot({ path: `${SHOTS}/documents-certificates.png`, fullPage: true });

  // Now the decision and the certificates print, with the register's number.
  await page.getByRole('checkbox', { name: /Tờ trình và dự thảo quyết định/ }).check();
  await page.getByRole('checkbox', { name: /Bảng tổng hợp kết quả/ }).uncheck();
  await page.getByRole('checkbox', { name: /Biên bản họp hội đồng/ }).uncheck();
  await page.getByRole('button', { name: 'Tạo tài liệu' }).click();
  await expect(made.getByText('Đã tạo 4 tệp')).toBeVisible({ timeout: 30_000 });
  await expect(made.getByRole('row', { name: /giay-chung-nhan\.pdf/ })).toBeVisible();
  await expect(archived.getByRole('row', { name: /giay-chung-nhan\.pdf/ })).toContainText('Nguyên vẹn');

  // A second issuing changes nothing: the tea already has its certificate from this decision.
  await expect(issuing.getByText('Mọi sản phẩm đã có giấy chứng nhận của quyết định này.')).toBeVisible();

  // The register shows it.
  await issuing.getByRole('link', { name: 'Xem sổ giấy chứng nhận' }).click();
  const register = page.getByRole('row', { name: /Hồng trà Tam Đường/ });
  await expect(register).toContainText('01/GCN-OCOP');
  await expect(register).toContainText('125/QĐ-UBND');
  await page.screenshot({ path: `${SHOTS}/documents-register.png`, fullPage: true });
});

test('a large batch shows its progress and, when cancelled, leaves no file behind', async ({ page, council }) => {
  test.setTimeout(90_000);
  await seedWorkspace(page, { councils: [TEST_COUNCIL], sessions: [paperSession()] });
  await page.goto('/#/documents');
  await page.reload();
  await page
    .getByLabel('Phiên chấm', { exact: true })
    .selectOption({ label: 'Phiên chấm giấy đợt 2 · 15/10/2026 · Chuẩn bị' });
  await expect(page.getByText('Phiên chưa kết thúc và khóa')).toBeVisible();
  // Not finalised: the decision and the certificates cannot be ticked.
  await expect(page.getByRole('checkbox', { name: /Giấy chứng nhận/ })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: /Tờ trình và dự thảo quyết định/ })).toBeDisabled();

  await page.getByRole('button', { name: 'Bỏ chọn' }).click();
  await page.getByRole('checkbox', { name: /Phiếu đánh giá trống/ }).check();
  await page.getByRole('button', { name: 'Chọn thư mục…' }).click();
  await expect(page.getByText(`Lưu thêm vào: ${council.chosenFolder ?? ''}`)).toBeVisible();
  await page.getByRole('button', { name: 'Tạo tài liệu' }).click();

  const progress = page.locator('.job-progress');
  await expect(progress.getByText(/Đang tạo \d+\/12: phieu-cham-trong-thanh-vien-hoi-dong-so-\d+\.pdf/)).toBeVisible({
    timeout: 20_000,
  });
  // A few files in: the bar has moved.
  await expect(progress.getByText(/Đang tạo ([3-9]|1[01])\/12/)).toBeVisible({ timeout: 20_000 });
  await expect(progress.getByRole('progressbar', { name: 'Tiến độ tạo tài liệu' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/documents-progress.png`, fullPage: true });
  // The job runs in main: leaving the screen and coming back picks its progress up again.
  await page.getByRole('link', { name: 'Mẫu giấy chứng nhận' }).click();
  await expect(page.getByRole('region', { name: 'Xem trước nội dung' })).toBeVisible();
  await page.goBack();
  await expect(progress.getByText(/Đang tạo \d+\/12/)).toBeVisible();
  // The Cancel button has the focus: Enter cancels.
  await expect(progress.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã hủy. Không tệp nào của lần tạo này được giữ lại.')).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: `${SHOTS}/documents-cancelled.png`, fullPage: true });

  // Nothing partial anywhere: not in the archive, not in the chosen folder.
  expect(filesIn(archiveDir(council.dataDir, 'paper-session'))).toEqual([]);
  expect(filesIn(council.chosenFolder ?? '')).toEqual([]);
  await expect(page.getByText('Phiên này chưa có tài liệu nào được lưu.')).toBeVisible();
});

test('the certificate template is edited beside a live preview of its texts and kept', async ({ page }) => {
  await seedWorkspace(page, { councils: [TEST_COUNCIL] });
  await page.goto('/#/documents/template');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Mẫu giấy chứng nhận', level: 2 })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Xem trước nội dung' });
  await expect(preview).toContainText('ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG');
  await expect(preview).toContainText('GIẤY CHỨNG NHẬN');
  await expect(preview).toContainText('SẢN PHẨM OCOP ĐẠT 4 SAO');

  await page.getByLabel('Cách đánh số giấy chứng nhận').fill('GCN-OCOP');
  await expect(page.getByText('Cách đánh số phải có {{n}} (số thứ tự).')).toBeVisible();
  await page.getByLabel('Cách đánh số giấy chứng nhận').fill('{{n}}/{{year}}/GCN-TĐ');
  await page.getByLabel('Tiêu đề').fill('CHỨNG NHẬN SẢN PHẨM OCOP');
  await page.getByLabel('Họ tên người ký').fill('Lò Văn Thắng');
  await page.getByLabel('Viền').selectOption({ label: 'Viền đơn' });
  await expect(preview).toContainText('CHỨNG NHẬN SẢN PHẨM OCOP');
  await expect(preview).toContainText(/Số: 01\/\d{4}\/GCN-TĐ/);
  await expect(preview).toContainText('Lò Văn Thắng');
  await page.getByRole('button', { name: 'Lưu mẫu' }).click();
  await expect(page.getByText('Đã lưu mẫu giấy chứng nhận.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/documents-template.png`, fullPage: true });

  await page.reload();
  await expect(page.getByLabel('Tiêu đề')).toHaveValue('CHỨNG NHẬN SẢN PHẨM OCOP');
  await expect(page.getByLabel('Viền')).toHaveValue('simple');
});
