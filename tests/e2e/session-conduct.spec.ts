import type { Page } from '@playwright/test';
import { format } from 'date-fns';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IsoDate } from '../../src/shared/domain/dates/iso-date';
import type { RubricPack } from '../../src/shared/domain/rubric/rubric-pack.schema';
import type { Choice } from '../../src/shared/domain/session/session-file.schema';
import { pointsOf } from '../../src/shared/domain/testing/session-builder';
import { searchWords } from '../../src/shared/domain/text/search-words';
import { expect, test } from './fixtures/council';
import { TEST_COUNCIL, seedWorkspace } from './fixtures/workspace';

const SHOTS = 'test-results/screenshots';
const TODAY = format(new Date(), 'yyyy-MM-dd') as IsoDate;
const YEAR = Number(TODAY.slice(0, 4));
const STAMP = `${YEAR - 1}-02-10T08:00:00.000Z`;
const EXAMPLE = path.resolve('tests/fixtures/sessions/lai-chau-2026-small.session.json');

/** The district council of Tam Đường: chair, vice-chair, five members and a secretary (8; quorum 6). */
const MEMBERS = [
  ['m1', 'Nguyễn Văn Chính', 'chair', true],
  ['m2', 'Lò Thị Phó', 'vice-chair', true],
  ['m3', 'Tao Văn Hòa', 'member', true],
  ['m4', 'Bùi Minh Đức', 'member', true],
  ['m5', 'Chẻo Thị Lả', 'member', true],
  ['m6', 'Hoàng Văn Tùng', 'member', true],
  ['m7', 'Vàng Thị Mai Phương Thảo Nguyên', 'member', true],
  ['m8', 'Đinh Thị Thư', 'secretary', false],
] as const;

/** Products whose dossiers passed the pre-check: sets 6, 4 and 26 score; set 11 is incomplete in 148/2023. */
const PRODUCTS = [
  ['p1', 'Miến dong Bình Lư', 6],
  ['p2', 'Mật ong bạc hà Tam Đường', 4],
  ['p3', 'Du lịch cộng đồng bản Sì Thâu Chải', 26],
  ['p4', 'Chè Shan tuyết cổ thụ', 11],
] as const;

function records() {
  const producer = {
    id: 'h1',
    name: 'HTX Nông sản Bình Lư',
    type: 'cooperative',
    representative: { name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' },
    address: 'Bản Bình Lư, xã Bình Lư, huyện Tam Đường, tỉnh Lai Châu',
    communeCode: '03637',
    phone: '0912345678',
    registrationNumber: '12/2019/HTX',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  return {
    councils: [TEST_COUNCIL],
    members: MEMBERS.map(([id, name, role, scores]) => ({
      id,
      body: 'council',
      name,
      title: '',
      organisation: '',
      role,
      scores,
      phone: '',
      activeFrom: `${YEAR - 1}-01-01`,
      activeTo: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    })),
    rounds: [
      {
        id: 'r1',
        profile: 'district-2023',
        year: YEAR,
        number: 1,
        deadline: `${YEAR}-12-30`,
        dossiersBy: null,
        status: 'open',
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    ],
    producers: [{ ...producer, searchWords: searchWords(producer.name, producer.representative.name) }],
    products: PRODUCTS.map(([id, name, productSet]) => ({
      id,
      name,
      productSet,
      producerId: 'h1',
      code: '',
      description: '',
      createdAt: STAMP,
      updatedAt: STAMP,
      searchWords: searchWords(name, producer.name),
    })),
    dossiers: PRODUCTS.map(([id, , productSet]) => ({
      id: `d-${id}`,
      productId: id,
      year: YEAR,
      attempt: 'first',
      receivedOn: `${YEAR}-03-01`,
      roundId: 'r1',
      forms: { mau01: true, mau02: true, mau03: true },
      evidence: [],
      samples: { required: productSet === 26 ? 0 : 5, received: productSet === 26 ? 0 : 5 },
      precheck: { outcome: 'complete', on: `${YEAR}-03-05`, notes: '' },
      evaluation: null,
      history: [
        { status: 'received', on: `${YEAR}-03-01`, note: '' },
        { status: 'complete', on: `${YEAR}-03-05`, note: '' },
      ],
      createdAt: STAMP,
      updatedAt: STAMP,
    })),
  };
}

async function seedAndOpen(page: Page, hash: string, seed: Parameters<typeof seedWorkspace>[1]): Promise<void> {
  await seedWorkspace(page, seed);
  await page.goto(`/${hash}`);
  await page.reload();
}

function presence(page: Page, name: string) {
  return page.getByRole('checkbox', { name: `${name} có mặt` });
}

test('the secretary creates a session, calls the roll, meets the quorum gate, declares a conflict and starts', async ({
  page,
}) => {
  await seedAndOpen(page, '#/sessions', records());
  await expect(page.getByRole('heading', { level: 1, name: 'Phiên chấm' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chưa có phiên chấm nào.' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/session-list-empty.png` });

  // A new session: prefilled for the open round, the council's place and its profile's pack.
  await page.getByRole('link', { name: 'Tạo phiên chấm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tạo phiên chấm' })).toBeVisible();
  await expect(page.getByLabel('Tên phiên chấm')).toHaveValue(`Phiên chấm đợt 1 năm ${YEAR}`);
  await expect(page.getByLabel('Địa điểm')).toHaveValue('Tam Đường');
  await expect(page.getByLabel('Bộ tiêu chí')).toHaveValue('148/2023@1');
  const tea = page.getByRole('checkbox', { name: 'Chọn Chè Shan tuyết cổ thụ' });
  await expect(tea).toBeDisabled();
  await expect(page.getByText('Phiếu của bộ 11 chưa đầy đủ trong bộ tiêu chí 148/2023')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Chọn Miến dong Bình Lư' })).toBeChecked();
  await expect(page.getByText('Đã chọn 3 sản phẩm')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/session-new.png`, fullPage: true });
  await page.getByRole('button', { name: 'Tạo phiên chấm' }).click();

  // The session opens on its conduct tab, with everyone present.
  await expect(page.getByRole('heading', { level: 1, name: `Phiên chấm đợt 1 năm ${YEAR}` })).toBeVisible();
  const quorum = page.locator('.quorum-line');
  await expect(quorum).toContainText('8/8 có mặt; cần ít nhất 6 (3/4) và Chủ tịch có mặt: đủ điều kiện');

  // One member is absent: still a quorum.
  await presence(page, 'Hoàng Văn Tùng').uncheck();
  await expect(quorum).toContainText('7/8 có mặt; cần ít nhất 6 (3/4) và Chủ tịch có mặt: đủ điều kiện');
  await expect(presence(page, 'Hoàng Văn Tùng')).not.toBeChecked();
  await page.screenshot({ path: `${SHOTS}/session-roll-call.png`, fullPage: true });

  // Too many absent: the quorum gate blocks the start, and says why.
  await presence(page, 'Bùi Minh Đức').uncheck();
  await expect(quorum).toContainText('6/8 có mặt');
  await presence(page, 'Chẻo Thị Lả').uncheck();
  await expect(quorum).toContainText('5/8 có mặt; cần ít nhất 6 (3/4) và Chủ tịch có mặt: còn thiếu 1 thành viên');
  const start = page.getByRole('button', { name: 'Bắt đầu chấm' });
  await expect(start).toBeDisabled();
  await expect(page.getByText('Chưa đủ số lượng thành viên để họp: 5/8 có mặt, cần ít nhất 6')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/session-quorum-blocked.png`, fullPage: true });
  await presence(page, 'Bùi Minh Đức').check();
  await presence(page, 'Chẻo Thị Lả').check();

  // The chair absent: blocked too, whatever the count.
  await presence(page, 'Nguyễn Văn Chính').uncheck();
  await expect(quorum).toContainText('6/8 có mặt; cần ít nhất 6 (3/4) và Chủ tịch có mặt: Chủ tịch vắng mặt');
  await expect(page.getByText('Chủ tịch hội đồng chưa có mặt; theo quy chế')).toBeVisible();
  await expect(start).toBeDisabled();
  await presence(page, 'Nguyễn Văn Chính').check();
  await expect(quorum).toContainText('7/8 có mặt; cần ít nhất 6 (3/4) và Chủ tịch có mặt: đủ điều kiện');

  // A PIN for the chair (never shown again).
  await page.getByRole('button', { name: 'Mã PIN của Nguyễn Văn Chính' }).click();
  let dialog = page.getByRole('dialog', { name: 'Mã PIN của Nguyễn Văn Chính' });
  await dialog.getByLabel('Mã PIN mới').fill('12');
  await dialog.getByRole('button', { name: 'Lưu mã PIN' }).click();
  await expect(dialog.getByText('Mã PIN gồm từ 4 đến 8 chữ số.')).toBeVisible();
  await dialog.getByLabel('Mã PIN mới').fill('2468');
  await dialog.getByRole('button', { name: 'Lưu mã PIN' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Nguyễn Văn Chính/ })).toContainText('Đã đặt');

  // A conflict of interest: the vice-chair is related to the honey producer.
  await page.getByRole('button', { name: 'Khai báo xung đột lợi ích với Mật ong bạc hà Tam Đường' }).click();
  dialog = page.getByRole('dialog', { name: 'Xung đột lợi ích: Mật ong bạc hà Tam Đường' });
  await dialog.getByLabel('Thành viên khai báo').selectOption({ label: 'Lò Thị Phó (Phó Chủ tịch)' });
  await dialog.getByLabel('Quan hệ với chủ thể').fill('Em gái của giám đốc hợp tác xã');
  await dialog.getByRole('button', { name: 'Khai báo' }).click();
  await expect(dialog).toBeHidden();
  const honey = page.getByRole('table', { name: 'Sản phẩm của phiên' }).getByRole('row', { name: /Mật ong/ });
  await expect(honey).toContainText('Lò Thị Phó');
  await expect(honey).toContainText('Em gái của giám đốc hợp tác xã');
  await page.locator('#conduct-products-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/session-conflicts.png`, fullPage: true });

  // Start: the board shows every sheet as not scored, and never a score.
  await expect(page.getByText('Đủ điều kiện bắt đầu.')).toBeVisible();
  await start.click();
  await expect(page.getByRole('heading', { name: 'Tiến độ chấm' })).toBeVisible();
  const board = page.getByRole('table', { name: 'Tiến độ chấm: sản phẩm × thành viên' });
  // 6 present scoring members (the secretary does not score), 3 products, one recusal: 17 sheets.
  await expect(page.getByText('0/17 phiếu đã niêm phong · 0 đang chấm · 17 chưa chấm')).toBeVisible();
  await expect(board.getByRole('img', { name: 'Nguyễn Văn Chính, Miến dong Bình Lư: chưa chấm' })).toBeVisible();
  await expect(
    board.getByRole('img', { name: 'Lò Thị Phó, Mật ong bạc hà Tam Đường: không chấm (xung đột lợi ích)' }),
  ).toBeVisible();
  await expect(board.getByRole('columnheader', { name: /Hoàng Văn Tùng/ })).toHaveCount(0);
  await expect(page.getByText('Không chấm: Hoàng Văn Tùng (vắng), Đinh Thị Thư (không chấm điểm)')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/session-progress-board.png`, fullPage: true });

  // The roll call is closed now.
  await page.locator('summary', { hasText: 'Điểm danh' }).click();
  await expect(presence(page, 'Hoàng Văn Tùng')).toBeDisabled();

  // Early opening needs the chair's PIN.
  await page.getByRole('button', { name: 'Mở phiếu trước' }).click();
  dialog = page.getByRole('dialog', { name: 'Chủ tịch cho mở phiếu trước' });
  await expect(dialog.getByText('Còn 17 phiếu chưa niêm phong.')).toBeVisible();
  await dialog.getByLabel('Mã PIN của Chủ tịch').fill('1111');
  await dialog.getByRole('button', { name: 'Mở phiếu' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Mã PIN của Chủ tịch: mã PIN không đúng');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByRole('heading', { name: 'Tiến độ chấm' })).toBeVisible();

  // The list shows the session with its step and its sheets.
  await page.goto('/#/sessions');
  const row = page.getByRole('table', { name: 'Danh sách phiên chấm' }).getByRole('row', { name: /Phiên chấm đợt 1/ });
  await expect(row).toContainText('Đang chấm');
  await expect(row).toContainText('0/17');
  await expect(row).toContainText(`Đợt 1/${YEAR}`);
  await page.screenshot({ path: `${SHOTS}/session-list.png` });
});

/** The example session with one member's tea sheet lowered by more than the spread threshold. */
function flaggedExample(): string {
  const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
    sheets: { member: string; product: string; choices: Record<string, Choice> }[];
  };
  const pack = JSON.parse(readFileSync(path.resolve('resources/rubric-packs/26-2026.json'), 'utf8')) as RubricPack;
  const set = pack.sets.find((s) => s.no === 11);
  const sheet = file.sheets.find((s) => s.member === 'c1' && s.product === 'q1');
  if (!set || !sheet) throw new Error('example');
  let dropped = 0;
  for (const criterion of set.criteria) {
    if (dropped >= 14) break;
    dropped += pointsOf(criterion, sheet.choices[criterion.id] ?? null);
    sheet.choices[criterion.id] = null;
  }
  return JSON.stringify(file);
}

async function importFile(page: Page, name: string, text: string, title: string): Promise<void> {
  await page.goto('/#/sessions');
  await page
    .getByLabel('Nhập tệp phiên chấm (session@1 JSON)')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const dialog = page.getByRole('dialog', { name: 'Nhập tệp phiên chấm' });
  await expect(dialog).toContainText('5 thành viên, 2 sản phẩm, 10 phiếu đã chấm (bộ tiêu chí 26/2026 (v1))');
  await dialog.getByLabel('Tên phiên chấm').fill(title);
  await dialog.getByRole('button', { name: 'Nhập phiên chấm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a session file imports from the list; a broken one lists its problems; review, rescore round, confirm, finalise, amend', async ({
  page,
}) => {
  await seedAndOpen(page, '#/sessions', { councils: [TEST_COUNCIL] });

  // A broken file: every problem with its sheet and field, nothing imported.
  const broken = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { sheets: { choices: Record<string, unknown> }[] };
  const first = broken.sheets[0];
  if (!first) throw new Error('sheet');
  first.choices['A-9.9'] = 1;
  first.choices['A-1.1'] = 7;
  await page.getByLabel('Nhập tệp phiên chấm (session@1 JSON)').setInputFiles({
    name: 'hong.session.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const refusal = page.getByRole('alert').filter({ hasText: 'Không nhập được tệp hong.session.json' });
  await expect(refusal).toContainText('Phiếu số 1 (thành viên c1, sản phẩm q1, vòng 1), trường choices["A-9.9"]');
  await expect(refusal).toContainText('tiêu chí “A-9.9” không có trong bộ sản phẩm 11');
  await expect(refusal).toContainText('trường choices["A-1.1"]');
  await page.screenshot({ path: `${SHOTS}/session-import-refused.png` });
  await page
    .getByLabel('Nhập tệp phiên chấm (session@1 JSON)')
    .setInputFiles({ name: 'rong.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ') });
  await expect(page.getByRole('alert')).toContainText('Tệp không phải JSON hợp lệ');

  // The flagged file: every sheet sealed, so the session opens in review, with the tea flagged.
  await importFile(page, 'lai-chau-lech.session.json', flaggedExample(), 'Phiên chấm Lai Châu (chênh lệch)');
  await expect(page.getByRole('heading', { name: 'Xem xét chênh lệch điểm' })).toBeVisible();
  const spread = page.getByRole('table', { name: 'Sản phẩm chênh lệch vượt ngưỡng' });
  await expect(spread.getByRole('row', { name: /Hồng trà Tam Đường/ })).toContainText('> 10');
  await expect(page.getByText('Hồng trà Tam Đường: Chênh lệch lớn, chấm lại')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xác nhận kết quả' })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/session-spread-review.png`, fullPage: true });

  // A re-score round for the tea: round 2 on the board, the wine already sealed.
  await page.getByRole('button', { name: 'Mở vòng chấm lại' }).click();
  await expect(page.getByRole('heading', { name: 'Tiến độ chấm' })).toBeVisible();
  const board = page.getByRole('table', { name: 'Tiến độ chấm: sản phẩm × thành viên' });
  await expect(board.getByRole('row', { name: /Hồng trà Tam Đường/ })).toContainText('Vòng 2');
  await expect(page.getByText('5/10 phiếu đã niêm phong')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/session-progress-board-round2.png`, fullPage: true });

  // The unchanged example: confirm (the chair, no PIN), finalise, amend.
  await importFile(page, 'lai-chau-2026-small.session.json', readFileSync(EXAMPLE, 'utf8'), 'Phiên chấm Lai Châu');
  await expect(page.getByText('Không có sản phẩm nào chênh lệch quá 10 điểm.')).toBeVisible();
  await page.getByRole('button', { name: 'Xác nhận kết quả' }).click();
  let dialog = page.getByRole('dialog', { name: 'Xác nhận kết quả phiên chấm' });
  await expect(dialog.getByLabel('Chủ tịch hội đồng')).toHaveValue('c1');
  await dialog.getByLabel('Ý kiến của Chủ tịch').fill('Thống nhất kết quả chấm.');
  await dialog.getByRole('button', { name: 'Xác nhận kết quả' }).click();
  await expect(page.getByRole('heading', { name: 'Kết thúc và khóa phiên' })).toBeVisible();
  await expect(page.getByText('Chủ tịch Hà Văn Bình đã xác nhận kết quả lúc')).toBeVisible();
  await expect(page.getByText('Sau khi khóa, không phiếu nào sửa trực tiếp được nữa.').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/session-confirmed.png`, fullPage: true });

  await page.getByRole('button', { name: 'Kết thúc và khóa phiên' }).click();
  dialog = page.getByRole('dialog', { name: 'Kết thúc và khóa phiên?' });
  await dialog.getByRole('button', { name: 'Khóa phiên' }).click();
  await expect(page.getByRole('heading', { name: 'Phiên đã kết thúc và khóa' })).toBeVisible();
  await expect(page.locator('.version-facts')).toContainText('Phiên bản 1');
  await expect(page.locator('.version-facts code')).toHaveText(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
  await page.screenshot({ path: `${SHOTS}/session-finalised.png`, fullPage: true });

  // The export: a session@1 file named after the title.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tệp phiên chấm (session@1)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('phien-cham-lai-chau.session.json');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; sheets: unknown[] };
  expect([exported.format, exported.sheets.length]).toEqual(['ocop-council/session@1', 10]);

  // An amendment by the chair: one criterion of one sheet, with the reason.
  await page.getByRole('button', { name: 'Điều chỉnh kết quả' }).click();
  await page.getByLabel('Phiếu cần sửa').selectOption({ label: 'Hồng trà Tam Đường · vòng 1 · Lý Thị Sen' });
  await page.getByRole('radio', { name: 'Không đạt mục nào, 0 điểm' }).first().check({ force: true });
  await expect(page.getByText('1 tiêu chí đã sửa so với phiếu đã niêm phong.')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi điều chỉnh' }).click();
  await expect(page.getByText('Lý do điều chỉnh: hãy ghi lý do điều chỉnh')).toBeVisible();
  await page.getByLabel('Lý do điều chỉnh').fill('Sửa lỗi nhập phiếu giấy của bà Sen ở tiêu chí A-1.1');
  await page.screenshot({ path: `${SHOTS}/session-amend.png` });
  await page.getByRole('button', { name: 'Ghi điều chỉnh' }).click();
  await expect(page.getByText('Đã ghi điều chỉnh: kết quả phiên bản 2.')).toBeVisible();
  await expect(page.locator('.version-facts')).toContainText('Phiên bản 2');
  await expect(page.locator('.version-facts')).toContainText('Sửa lỗi nhập phiếu giấy của bà Sen');
  await page.screenshot({ path: `${SHOTS}/session-amended.png`, fullPage: true });
});
