import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { pinHash } from '../../src/shared/domain/council-session/member-pin';
import type { CouncilSession } from '../../src/shared/domain/council-session/session.schema';
import type { SheetState } from '../../src/shared/domain/council-session/sheet-events';
import type { SheetPacket } from '../../src/shared/domain/council-session/sheet-packet';
import { searchWords } from '../../src/shared/domain/text/search-words';
import { bindCouncil, expect, test } from './fixtures/council';
import { storeEvents, storeSheets } from './fixtures/idb-store';
import { seedWorkspace, TEST_COUNCIL } from './fixtures/workspace';

/**
 * The scoring tab: members taking turns (PIN, autosave through a reload, seal), paper sheets typed twice,
 * and a member kit scored on a second laptop whose sealed packet comes back (duplicate ignored, tampered
 * refused). The session is seeded in 'scoring' straight into IndexedDB (the conduct screens are built
 * alongside).
 */
const SHOTS = 'test-results/screenshots';
const SESSION = 'e2e-scoring';
const STAMP = '2026-07-20T01:00:00.000Z';
const TITLE = 'Phiên chấm đợt 1 năm 2026';
const CRITERIA = 32; // sets 11 and 6 of 26/2026
const COUNCIL = {
  ...TEST_COUNCIL,
  profile: 'province-2026',
  level: 'province',
  unitName: 'tỉnh Lai Châu',
  councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lai Châu',
  authority: 'Ủy ban nhân dân tỉnh Lai Châu',
  placeName: 'Lai Châu',
  helperGroupName: 'Tổ tư vấn',
};

const MEMBERS = [
  { id: 'm-chair', name: 'Trần Văn Chủ', role: 'chair', scores: true },
  { id: 'm-vice', name: 'Lò Thị Phó', role: 'vice-chair', scores: true },
  { id: 'm-hoa', name: 'Lò Thị Hoa', role: 'member', scores: true },
  { id: 'm-binh', name: 'Hà Văn Bình', role: 'member', scores: true },
  { id: 'm-sec', name: 'Nguyễn Thị Thư', role: 'secretary', scores: false },
] as const;
const PRODUCTS = [
  { id: 'p-tea', name: 'Chè Shan tuyết Tả Lèng', set: 11, code: '12-03637-1-2026' },
  { id: 'p-noodle', name: 'Miến dong Bình Lư', set: 6, code: '12-03637-2-2026' },
] as const;

function hex(seed: number): string {
  return seed.toString(16).padStart(2, '0').repeat(32);
}

/** The council's records (members, producer, products, dossiers that passed the pre-check) and the session. */
function workspace(): Record<string, unknown[]> {
  const producer = {
    id: 'producer-1',
    name: 'Hợp tác xã Chè Tả Lèng',
    type: 'cooperative',
    representative: { name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' },
    address: 'xã Tả Lèng, tỉnh Lai Châu',
    communeCode: '03637',
    phone: '0912345678',
    registrationNumber: '12/2019/HTX',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  const session: CouncilSession = {
    id: SESSION,
    councilName: COUNCIL.councilName,
    roundId: null,
    title: TITLE,
    profile: 'province-2026',
    pack: { id: '26/2026', version: 1 },
    rules: COUNCIL.rules,
    date: '2026-07-20' as CouncilSession['date'],
    place: 'Lai Châu',
    members: MEMBERS.map((m, i) => ({
      memberId: m.id,
      name: m.name,
      role: m.role,
      title: '',
      scores: m.scores,
      present: true,
      pinHash: m.id === 'm-chair' ? pinHash(SESSION, m.id, '2468') : null,
      packetKey: hex(i + 17),
    })),
    products: PRODUCTS.map((p, i) => ({
      productId: p.id,
      dossierId: `dossier-${i + 1}`,
      name: p.name,
      productSet: p.set,
      producerName: producer.name,
      code: p.code,
      attempt: 'first',
      // Lò Thị Hoa is related to the noodle producer: she scores the tea only.
      conflicts: p.id === 'p-noodle' ? [{ memberId: 'm-hoa', note: 'Người nhà của chủ thể' }] : [],
      disqualified: null,
      round: 1,
    })),
    phase: 'scoring',
    revealedAt: null,
    confirmation: null,
    finalisedAt: null,
    remoteMember: null,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  return {
    councils: [COUNCIL],
    members: MEMBERS.map((m) => ({
      id: m.id,
      body: 'council',
      name: m.name,
      title: '',
      organisation: '',
      role: m.role,
      scores: m.scores,
      phone: '',
      activeFrom: '2026-06-01',
      activeTo: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    })),
    producers: [
      { ...producer, searchWords: searchWords(producer.name, producer.representative.name, producer.address) },
    ],
    products: PRODUCTS.map((p) => ({
      id: p.id,
      name: p.name,
      productSet: p.set,
      producerId: producer.id,
      code: p.code,
      description: '',
      createdAt: STAMP,
      updatedAt: STAMP,
      searchWords: searchWords(p.name, p.code, producer.name),
    })),
    dossiers: PRODUCTS.map((p, i) => ({
      id: `dossier-${i + 1}`,
      productId: p.id,
      year: 2026,
      attempt: 'first',
      receivedOn: '2026-06-10',
      roundId: null,
      forms: { mau01: true, mau02: true, mau03: true },
      evidence: ['registration', 'food-safety'],
      samples: { required: 5, received: 5 },
      precheck: { outcome: 'complete', on: '2026-06-20', notes: '' },
      evaluation: null,
      history: [
        { status: 'received', on: '2026-06-10', note: '' },
        { status: 'complete', on: '2026-06-20', note: '' },
      ],
      createdAt: STAMP,
      updatedAt: STAMP,
    })),
    sessions: [session],
  };
}

async function open(page: Page, hash: string): Promise<void> {
  await seedWorkspace(page, workspace());
  await page.goto(`/${hash}`);
  await page.reload();
}

/** A screenshot: the whole page, or (for the long sheets) what the user sees now. */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/session-score-${name}.png`, fullPage });
}

/** The top of a long sheet: its heading, the sticky totals and the first criteria. */
async function sheetTop(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name, false);
}

async function sheetOf(page: Page, memberId: string, productId: string): Promise<SheetState | undefined> {
  const sheets = await storeSheets(page);
  return sheets.find((s) => s.id === `${SESSION}|${memberId}|${productId}|1|primary`);
}

/** The digit typed for criterion `index`: options 1 and 2 in turn (every criterion of sets 11 and 6 has two). */
const keyFor = (index: number): string => String((index % 2) + 1);

/** Types criteria `from`..`to` - 1 by keyboard, from the focused one (each digit moves on to the next). */
async function typeCriteria(page: Page, from: number, to: number, override: Record<number, string> = {}) {
  for (let index = from; index < to; index += 1) await page.keyboard.press(override[index] ?? keyFor(index));
}

const checked = (page: Page) => page.locator('.scoring-sheet input[type="radio"]:checked');

async function saveDownload(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test('a member with a PIN scores by keyboard, reloads mid-sheet, finds every choice and seals', async ({ page }) => {
  await open(page, `#/sessions/${SESSION}/score`);
  await expect(page.getByRole('heading', { name: 'Ai chấm tiếp?' })).toBeVisible();
  await expect(page.getByText('Đã niêm phong 0/7 phiếu của vòng đang chấm')).toBeVisible();
  const chair = page.getByRole('button', { name: /Trần Văn Chủ/ });
  await expect(chair).toContainText('0/2 phiếu đã niêm phong');
  await expect(chair).toContainText('Có mã PIN');
  // The secretary does not score: not offered.
  await expect(page.getByRole('button', { name: /Nguyễn Thị Thư/ })).toHaveCount(0);
  await shot(page, 'member-picker');

  // A wrong PIN opens nothing.
  await chair.click();
  const pin = page.getByLabel('Mã PIN', { exact: true });
  await expect(pin).toBeFocused();
  await pin.fill('1111');
  await pin.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Mã PIN không đúng. Hãy nhập lại; phiếu chưa được mở.');
  await expect(page.getByRole('heading', { name: 'Phiếu của Trần Văn Chủ' })).toHaveCount(0);
  await shot(page, 'pin-prompt');
  await pin.fill('2468');
  await pin.press('Enter');

  // The member's queue, then the first sheet: half of it by keyboard.
  await expect(page.getByRole('heading', { name: 'Phiếu của Trần Văn Chủ' })).toBeVisible();
  await shot(page, 'member-queue');
  await page.getByRole('link', { name: 'Chè Shan tuyết Tả Lèng: Chưa chấm' }).click();
  await expect(page).toHaveURL(new RegExp(`#/sessions/${SESSION}/score/member/m-chair/p-tea$`));
  await expect(page.locator('[data-sheet-index="0"] input[type="radio"]').first()).toBeFocused();
  await typeCriteria(page, 0, CRITERIA / 2);
  await expect(checked(page)).toHaveCount(CRITERIA / 2);
  await expect(page.getByText(`Còn ${CRITERIA / 2} tiêu chí chưa chấm`)).toBeVisible();
  await expect(page.getByText('✓ Đã lưu tự động')).toBeVisible();
  await shot(page, 'sheet-midway', false);
  await sheetTop(page, 'sheet-top');
  await page.getByLabel('Ý kiến của người đánh giá').fill('Bao bì đẹp, cần bổ sung truy xuất nguồn gốc.');
  await expect(page.getByText('✓ Đã lưu tự động')).toBeVisible();
  const before = (await checked(page).evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).name))).length;

  // Reload: the PIN is asked again, then every choice and the comment are there.
  await page.reload();
  await expect(page.getByLabel('Mã PIN', { exact: true })).toBeVisible();
  await expect(page.locator('.scoring-sheet')).toHaveCount(0);
  await page.getByLabel('Mã PIN', { exact: true }).fill('2468');
  await page.getByLabel('Mã PIN', { exact: true }).press('Enter');
  await expect(checked(page)).toHaveCount(before);
  for (let index = 0; index < CRITERIA / 2; index += 1) {
    const option = page
      .locator(`[data-sheet-index="${index}"] .sheet-options input[type="radio"]`)
      .nth(Number(keyFor(index)) - 1);
    await expect(option).toBeChecked();
  }
  await expect(page.getByLabel('Ý kiến của người đánh giá')).toHaveValue(
    'Bao bì đẹp, cần bổ sung truy xuất nguồn gốc.',
  );
  // The focus is on the first criterion left; finish and submit (a fast double Ctrl+Enter seals once).
  await expect(page.locator(`[data-sheet-index="${CRITERIA / 2}"] input[type="radio"]`).first()).toBeFocused();
  await typeCriteria(page, CRITERIA / 2, CRITERIA);
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Control+Enter');

  // Sealed: on to the next product, with the seal of the one just done.
  await expect(
    page.getByText(
      /Đã niêm phong phiếu “Chè Shan tuyết Tả Lèng” \(mã [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}\)\. Tiếp theo: Miến dong Bình Lư\./,
    ),
  ).toBeVisible();
  await expect(page).toHaveURL(/score\/member\/m-chair\/p-noodle$/);
  const sealed = await sheetOf(page, 'm-chair', 'p-tea');
  expect(sealed?.seal).toMatch(/^[0-9a-f]{64}$/);
  expect(sealed?.source).toBe('member');
  const events = await storeEvents(page);
  expect(events.filter((e) => e.memberId === 'm-chair' && e.productId === 'p-tea' && e.type === 'seal')).toHaveLength(
    1,
  );

  // The sealed sheet, read-only, to its member only.
  await page.getByRole('link', { name: /Danh sách phiếu/ }).click();
  await page.getByRole('link', { name: 'Chè Shan tuyết Tả Lèng: Đã niêm phong' }).click();
  await expect(page.getByRole('heading', { name: 'Phiếu đã niêm phong' })).toBeVisible();
  await expect(page.getByText('Phiếu đã nộp: chỉ xem, không sửa được')).toBeVisible();
  await expect(page.locator('.scoring-sheet input[type="radio"]:not(:disabled)')).toHaveCount(0);
  await sheetTop(page, 'sealed-sheet');

  // Switching member forgets the PIN: the picker again, with the chair's count.
  await page.getByRole('button', { name: 'Đổi thành viên' }).click();
  await expect(page.getByRole('button', { name: /Trần Văn Chủ/ })).toContainText('1/2 phiếu đã niêm phong');
  await page.getByRole('button', { name: /Trần Văn Chủ/ }).click();
  await expect(page.getByLabel('Mã PIN', { exact: true })).toBeVisible();
});

test('the secretary types a paper sheet twice: a mismatch blocks the seal until corrected', async ({ page }) => {
  await open(page, `#/sessions/${SESSION}/score/paper`);
  await page.getByLabel('Phiếu của thành viên').selectOption('m-binh');
  await expect(page.getByLabel('Sản phẩm')).toHaveValue('p-tea');
  await page.getByRole('button', { name: 'Mở phiếu để nhập' }).click();
  await expect(page.getByText('Đang nhập: lần thứ nhất (thư ký nhập từ phiếu giấy)')).toBeVisible();

  // The first typing, whole; its criterion 20 is typed wrong (option 2 for option 1).
  await expect(page.locator('[data-sheet-index="0"] input[type="radio"]').first()).toBeFocused();
  await typeCriteria(page, 0, CRITERIA, { 20: '2' });
  await expect(page.getByText(`Đã chấm đủ ${CRITERIA} tiêu chí`)).toBeVisible();

  // A second person starts the check typing; sealing before it is finished is refused by the repository.
  await page.getByRole('button', { name: /^Nhập đối chiếu/ }).click();
  await expect(page.getByText('Đang nhập: nhập đối chiếu (người thứ hai, không nhìn lần thứ nhất)')).toBeVisible();
  await expect(checked(page)).toHaveCount(0);
  await typeCriteria(page, 0, CRITERIA / 2);
  await page.getByRole('button', { name: /^Lần nhập thứ nhất/ }).click();
  await page.getByRole('button', { name: /^Nộp phiếu/ }).click();
  await expect(page.getByRole('heading', { name: 'Chưa niêm phong được phiếu' })).toBeVisible();
  await expect(
    page.getByText(`Hai lần nhập phiếu giấy còn khác nhau ở ${CRITERIA / 2} tiêu chí; hãy đối chiếu phiếu giấy`),
  ).toBeVisible();

  // The check typing goes on to the end: one criterion differs and is shown with both values.
  await page.getByRole('button', { name: /^Nhập đối chiếu/ }).click();
  await expect(page.locator(`[data-sheet-index="${CRITERIA / 2}"] input[type="radio"]`).first()).toBeFocused();
  await typeCriteria(page, CRITERIA / 2, CRITERIA);
  await expect(page.getByText('1 tiêu chí lệch với lần nhập đối chiếu')).toBeVisible();
  await expect(page.locator('[data-sheet-index="20"] .sheet-mismatch')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Nộp phiếu/ })).toBeDisabled();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Chưa nộp được: 1 tiêu chí lệch với lần nhập đối chiếu.')).toBeVisible();
  await page.locator('[data-sheet-index="20"]').scrollIntoViewIfNeeded();
  await shot(page, 'paper-mismatch', false);
  await sheetTop(page, 'paper-top');
  expect((await sheetOf(page, 'm-binh', 'p-tea'))?.seal).toBeNull();

  // The first typing was wrong: correct it there, and the sheet seals.
  await page.getByRole('button', { name: /^Lần nhập thứ nhất/ }).click();
  await expect(page.getByText('1 tiêu chí lệch với lần nhập đối chiếu')).toBeVisible();
  await page.locator('[data-sheet-index="20"] input[type="radio"]').first().focus();
  await page.keyboard.press('1');
  await expect(page.getByText('Khớp với lần nhập đối chiếu')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(
    page.getByText(
      /Đã niêm phong phiếu giấy của Hà Văn Bình, sản phẩm “Chè Shan tuyết Tả Lèng” \(mã [0-9a-f-]{14}\)\./,
    ),
  ).toBeVisible();
  await expect(page.getByLabel('Sản phẩm')).toHaveValue('p-noodle');
  const sealed = await sheetOf(page, 'm-binh', 'p-tea');
  expect(sealed?.seal).toMatch(/^[0-9a-f]{64}$/);
  expect(sealed?.source).toBe('secretary');
  await expect(page.getByText('Đã niêm phong 1/7 phiếu của vòng đang chấm')).toBeVisible();

  // Reopened, a sealed sheet shows only its seal (its scores stay hidden until revealed).
  await page.getByLabel('Sản phẩm').selectOption('p-tea');
  await page.getByRole('button', { name: 'Mở phiếu để nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Phiếu này đã niêm phong' })).toBeVisible();
  await expect(page.locator('.scoring-sheet')).toHaveCount(0);
});

test('a member kit is scored on a second laptop; its sealed packet imports once, and a tampered copy is refused', async ({
  page,
  browser,
  baseURL,
}) => {
  const files = mkdtempSync(path.join(tmpdir(), 'ocop-usb-'));
  const otherData = mkdtempSync(path.join(tmpdir(), 'ocop-laptop-'));
  const other = await browser.newContext({ baseURL, locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
  try {
    // The secretary exports Lò Thị Hoa's kit.
    await open(page, `#/sessions/${SESSION}/score/packets`);
    await page.getByLabel('Thành viên', { exact: true }).selectOption('m-hoa');
    const kitDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp giao cho thành viên' }).click();
    const kitFile = await saveDownload(await kitDownload, files);
    expect(path.basename(kitFile)).toBe('lo-thi-hoa-phien-cham-dot-1-nam-2026.member-kit.json');
    await expect(page.getByText('Đã lưu tệp lo-thi-hoa-phien-cham-dot-1-nam-2026.member-kit.json')).toBeVisible();

    // Her own laptop: a separate database and data folder.
    // A fresh laptop: no council of its own, only the kit.
    const laptop = await other.newPage();
    await bindCouncil(laptop, otherData, new URL(baseURL ?? 'http://127.0.0.1').origin);
    await laptop.goto('/#/sessions/member');
    await expect(laptop.getByRole('heading', { name: 'Chấm trên máy riêng', level: 1 })).toBeVisible();
    await laptop.getByLabel('Chọn tệp giao cho thành viên…').setInputFiles(kitFile);
    await expect(laptop).toHaveURL(new RegExp(`#/sessions/member/${SESSION}$`));
    await expect(laptop.getByRole('heading', { name: 'Phiếu của Lò Thị Hoa' })).toBeVisible();
    // Only her sheet: the noodle (recused) is not hers, nobody else is offered.
    await expect(laptop.locator('.queue-item')).toHaveCount(1);
    await expect(laptop.getByRole('button', { name: 'Đổi thành viên' })).toHaveCount(0);
    await expect(laptop.getByRole('button', { name: 'Xuất gói phiếu đã niêm phong' })).toBeDisabled();
    await laptop.getByRole('link', { name: 'Chè Shan tuyết Tả Lèng: Chưa chấm' }).click();
    await expect(laptop.locator('[data-sheet-index="0"] input[type="radio"]').first()).toBeFocused();
    await typeCriteria(laptop, 0, CRITERIA, { 3: '3', 7: '3' });
    await laptop.keyboard.press('Control+Enter');
    await expect(laptop.getByText('Bạn đã niêm phong mọi phiếu của vòng này.', { exact: false })).toBeVisible();
    const packetDownload = laptop.waitForEvent('download');
    await laptop.getByRole('button', { name: 'Xuất gói phiếu đã niêm phong' }).click();
    const packetFile = await saveDownload(await packetDownload, files);
    expect(path.basename(packetFile)).toBe('lo-thi-hoa.sheet-packet.json');
    await expect(laptop.getByText('Đã lưu lo-thi-hoa.sheet-packet.json (1 phiếu)')).toBeVisible();
    await shot(laptop, 'member-laptop');
    await laptop.goto('/#/sessions/member');
    await expect(laptop.getByRole('link', { name: /Phiên chấm đợt 1 năm 2026/ })).toContainText(
      'Lò Thị Hoa · 1/1 phiếu đã niêm phong',
    );
    await shot(laptop, 'member-laptop-home');
    // Through the session's own scoring tab, the laptop still offers only her.
    await laptop.goto(`/#/sessions/${SESSION}/score`);
    await expect(laptop.getByRole('heading', { name: 'Phiếu của Lò Thị Hoa' })).toBeVisible();
    await expect(laptop.getByRole('link', { name: 'Nhập phiếu giấy' })).toHaveCount(0);

    // Back on the secretary's laptop: the packet imports, sealed, from the packet.
    const chooser = page.getByLabel('Chọn gói phiếu…');
    await chooser.setInputFiles(packetFile);
    await expect(
      page.getByRole('heading', { name: 'Đã nhận gói phiếu của Lò Thị Hoa (lo-thi-hoa.sheet-packet.json)' }),
    ).toBeVisible();
    await expect(page.locator('.packet-result')).toContainText('1 phiếu mới được niêm phong.');
    await expect(page.getByText('Đã niêm phong 1/7 phiếu của vòng đang chấm')).toBeVisible();
    await shot(page, 'packet-import');
    const imported = await sheetOf(page, 'm-hoa', 'p-tea');
    expect(imported?.source).toBe('packet');
    expect(imported?.seal).toMatch(/^[0-9a-f]{64}$/);

    // Again: a duplicate, ignored.
    await chooser.setInputFiles(packetFile);
    await expect(page.locator('.packet-result')).toContainText(
      '0 phiếu mới được niêm phong. 1 phiếu đã có (trùng), bỏ qua.',
    );
    const eventsBefore = (await storeEvents(page)).length;

    // A copy whose choice was edited on the way: refused with the reason, nothing written.
    const packet = JSON.parse(readFileSync(packetFile, 'utf8')) as SheetPacket;
    const sheet = packet.sheets[0];
    if (!sheet) throw new Error('the packet has no sheet');
    sheet.choices['A-1.1'] = 2;
    const tamperedFile = path.join(files, 'lo-thi-hoa-sua.sheet-packet.json');
    writeFileSync(tamperedFile, JSON.stringify(packet));
    await chooser.setInputFiles(tamperedFile);
    const refusal = page.getByRole('alert');
    await expect(refusal).toContainText('Không nhận gói phiếu lo-thi-hoa-sua.sheet-packet.json');
    await expect(refusal).toContainText(
      'Phiếu số 1 (thành viên Lò Thị Hoa, sản phẩm Chè Shan tuyết Tả Lèng, vòng 1): niêm phong của phiếu sản phẩm “Chè Shan tuyết Tả Lèng” không khớp với nội dung phiếu',
    );
    await expect(refusal).toContainText('Không có phiếu nào được ghi.');
    await shot(page, 'packet-tampered');
    expect(await storeEvents(page)).toHaveLength(eventsBefore);
  } finally {
    await other.close();
    rmSync(files, { recursive: true, force: true });
    rmSync(otherData, { recursive: true, force: true });
  }
});

test('scoring is closed, with the reason and the way on, outside the scoring step', async ({ page }) => {
  const records = workspace();
  const [session] = records['sessions'] as CouncilSession[];
  records['sessions'] = [{ ...session, phase: 'preparing' }];
  await seedWorkspace(page, records);
  await page.goto(`/#/sessions/${SESSION}/score`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Chưa mở chấm điểm' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mở mục Điều hành' })).toHaveAttribute('href', `#/sessions/${SESSION}`);
  await expect(page.locator('.scoring-sheet, .member-picker')).toHaveCount(0);
});
