import type { Download, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RubricPack, RubricSet } from '../../src/shared/domain/rubric/rubric-pack.schema';
import type { Choice } from '../../src/shared/domain/session/session-file.schema';
import { choicesWorth } from '../../src/shared/domain/testing/session-builder';
import { searchWords } from '../../src/shared/domain/text/search-words';
import { bindCouncil, expect, test } from './fixtures/council';
import { seedWorkspace, TEST_COUNCIL } from './fixtures/workspace';
import { storeSheets } from './fixtures/idb-store';

/**
 * The whole council session of the issue, through the screens: 5 products × 7 members, one member absent
 * and one recused on one product; members scoring in turn (one reloads mid-sheet), paper sheets typed by
 * the secretary, and a member scoring on a second laptop whose packet comes back (a tampered copy is
 * refused); one product flagged by the spread rule and re-scored in round 2; the chair's confirmation and
 * the finalisation; the exported session@1 file gives, through the CLI, exactly the results on screen.
 */
const SHOTS = 'test-results/screenshots';
const STAMP = '2026-06-01T01:00:00.000Z';
const PACK = JSON.parse(readFileSync(path.resolve('resources/rubric-packs/26-2026.json'), 'utf8')) as RubricPack;

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
  { id: 'm1', name: 'Hà Văn Bình', role: 'chair' },
  { id: 'm2', name: 'Lý Thị Sen', role: 'vice-chair' },
  { id: 'm3', name: 'Tao Văn Hòa', role: 'member' },
  { id: 'm4', name: 'Bùi Minh Đức', role: 'member' },
  { id: 'm5', name: 'Chẻo Thị Lả', role: 'member' },
  { id: 'm6', name: 'Giàng A Páo', role: 'member' },
  { id: 'm7', name: 'Đinh Thị Thư', role: 'secretary' },
] as const;
const PRODUCTS = [
  { id: 'p1', name: 'Hồng trà Tam Đường', set: 11 },
  { id: 'p2', name: 'Miến dong Bình Lư', set: 6 },
  { id: 'p3', name: 'Gạo Séng Cù Thèn Sin', set: 3 },
  { id: 'p4', name: 'Mật ong bạc hà Hồ Thầu', set: 4 },
  { id: 'p5', name: 'Du lịch cộng đồng Sì Thâu Chải', set: 26 },
] as const;
type MemberId = (typeof MEMBERS)[number]['id'];
type ProductId = (typeof PRODUCTS)[number]['id'];

function setOf(no: number): RubricSet {
  const set = PACK.sets.find((s) => s.no === no);
  if (!set) throw new Error(`no set ${no}`);
  return set;
}

/** The keys a member presses for these choices: the option's number, 0 for none, digits across variant lists. */
function keysFor(set: RubricSet, choices: Readonly<Record<string, Choice>>): string[] {
  return set.criteria.map((criterion) => {
    const choice = choices[criterion.id] ?? null;
    if (choice === null) return '0';
    if (typeof choice === 'number') return String(choice + 1);
    const before = (criterion.variants ?? [])
      .slice(
        0,
        (criterion.variants ?? []).findIndex((v) => v.id === choice.variant),
      )
      .reduce((sum, v) => sum + v.options.length, 0);
    return String(before + choice.option + 1);
  });
}

/** Round 1 totals: the rice (p3) is 18 points apart between Hà Văn Bình and Tao Văn Hòa; the rest agree. */
function total(member: MemberId, product: ProductId, round: number): number {
  const base = { p1: 74, p2: 61, p3: 66, p4: 55, p5: 63 }[product];
  const offset = { m1: 0, m2: 1, m3: 2, m4: -1, m5: 1, m6: 0, m7: -2 }[member];
  if (product === 'p3' && round === 1) return { m1: 56, m2: 66, m3: 74, m4: 67, m5: 68, m6: 66, m7: 65 }[member];
  return base + offset;
}

function records() {
  const producer = {
    id: 'h1',
    name: 'Hợp tác xã Nông sản Tam Đường',
    type: 'cooperative',
    representative: { name: 'Lò Văn Minh', sex: 'male', ethnicity: 'Thái' },
    address: 'xã Bình Lư, tỉnh Lai Châu',
    communeCode: '03637',
    phone: '0912345678',
    registrationNumber: '12/2019/HTX',
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
      scores: true,
      phone: '',
      activeFrom: '2026-01-01',
      activeTo: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    })),
    producers: [{ ...producer, searchWords: searchWords(producer.name) }],
    products: PRODUCTS.map((p) => ({
      id: p.id,
      name: p.name,
      productSet: p.set,
      producerId: 'h1',
      code: '',
      description: '',
      createdAt: STAMP,
      updatedAt: STAMP,
      searchWords: searchWords(p.name, producer.name),
    })),
    dossiers: PRODUCTS.map((p) => ({
      id: `d-${p.id}`,
      productId: p.id,
      year: 2026,
      attempt: 'first',
      receivedOn: '2026-05-02',
      roundId: null,
      forms: { mau01: true, mau02: true, mau03: true },
      evidence: [],
      samples: { required: p.set === 26 ? 0 : 5, received: p.set === 26 ? 0 : 5 },
      precheck: { outcome: 'complete', on: '2026-05-10', notes: '' },
      evaluation: null,
      history: [
        { status: 'received', on: '2026-05-02', note: '' },
        { status: 'complete', on: '2026-05-10', note: '' },
      ],
      createdAt: STAMP,
      updatedAt: STAMP,
    })),
  };
}

/**
 * Puts the keyboard on the sheet's first criterion. A sheet opened by a link has it there already; one
 * reached by a URL the app was showing anyway keeps the focus where it was.
 */
async function startAtFirstCriterion(page: Page): Promise<void> {
  const first = page.locator('[data-sheet-index="0"] input[type="radio"]').first();
  await first.waitFor({ state: 'attached' });
  await first.focus();
  await expect(first).toBeFocused();
}

/** Back to the member picker: whoever has the laptop hands it over. */
async function toPicker(page: Page, session: string): Promise<void> {
  await page.goto(`/#/sessions/${session}/score`);
  const picker = page.getByRole('heading', { name: 'Ai chấm tiếp?' });
  const handOver = page.getByRole('button', { name: 'Đổi thành viên' });
  await expect(picker.or(handOver)).toBeVisible();
  if (await handOver.isVisible()) await handOver.click();
  await expect(picker).toBeVisible();
}

/** A member takes the laptop and opens their list of sheets. */
async function takeTurn(page: Page, session: string, member: MemberId): Promise<void> {
  await toPicker(page, session);
  const name = MEMBERS.find((m) => m.id === member)?.name ?? member;
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { name: `Phiếu của ${name}` })).toBeVisible();
}

/** Waits until the sheet is sealed in the workspace's database (the app's own record of it). */
async function expectSealed(page: Page, session: string, member: MemberId, product: ProductId, round: number) {
  const id = `${session}|${member}|${product}|${round}|primary`;
  await expect
    .poll(async () => (await storeSheets(page)).find((sheet) => sheet.id === id)?.seal ?? null)
    .toMatch(/^[0-9a-f]{64}$/);
}

/**
 * A member's sheet is sealed, and the screen has said so and moved on to their next sheet, as the member
 * sees it before doing anything else (going on sooner races the app's own move to the next sheet).
 */
async function expectMemberSealed(page: Page, session: string, member: MemberId, product: ProductId, round = 1) {
  await expectSealed(page, session, member, product, round);
  const name = PRODUCTS.find((p) => p.id === product)?.name ?? product;
  await expect(page.getByRole('status').filter({ hasText: `Đã niêm phong phiếu “${name}”` })).toBeVisible();
}

/** Opens a sheet of the member who has the laptop, types it through, then submits. */
async function memberScores(page: Page, session: string, member: MemberId, product: ProductId, round: number) {
  await page.goto(`/#/sessions/${session}/score/member/${member}/${product}`);
  const set = setOf(PRODUCTS.find((p) => p.id === product)?.set ?? 0);
  await startAtFirstCriterion(page);
  for (const key of keysFor(set, choicesWorth(set, total(member, product, round), 3))) await page.keyboard.press(key);
  await page.keyboard.press('Control+Enter');
  await expectMemberSealed(page, session, member, product, round);
}

/** The secretary types a member's paper sheet and seals it. */
async function secretaryTypes(page: Page, session: string, member: MemberId, product: ProductId, round: number) {
  await page.goto(`/#/sessions/${session}/score/paper`);
  await page.getByLabel('Phiếu của thành viên').selectOption(member);
  await page.getByLabel('Sản phẩm').selectOption(product);
  await page.getByRole('button', { name: 'Mở phiếu để nhập' }).click();
  const set = setOf(PRODUCTS.find((p) => p.id === product)?.set ?? 0);
  await startAtFirstCriterion(page);
  for (const key of keysFor(set, choicesWorth(set, total(member, product, round), 3))) await page.keyboard.press(key);
  await page.keyboard.press('Control+Enter');
  await expectSealed(page, session, member, product, round);
}

async function save(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test('a whole session: roll call, recusal, three ways of scoring, a re-score round, finalisation, and the CLI agrees', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const files = mkdtempSync(path.join(tmpdir(), 'ocop-full-'));
  const laptopData = mkdtempSync(path.join(tmpdir(), 'ocop-full-laptop-'));
  const other = await browser.newContext({ baseURL, locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
  try {
    // Preparation: a new session with the five products; Giàng A Páo absent; Lý Thị Sen recused on the noodles.
    await seedWorkspace(page, records());
    await page.goto('/#/sessions/new');
    await page.reload();
    await expect(page.getByText('Đã chọn 5 sản phẩm')).toBeVisible();
    await page.getByRole('button', { name: 'Tạo phiên chấm' }).click();
    await expect(page.locator('.quorum-line')).toContainText('7/7 có mặt');
    const session = /#\/sessions\/([^/]+)$/.exec(page.url())?.[1] ?? '';
    expect(session).not.toBe('');
    await page.getByRole('checkbox', { name: 'Giàng A Páo có mặt' }).uncheck();
    await expect(page.locator('.quorum-line')).toContainText(
      '6/7 có mặt; cần ít nhất 6 (3/4) và Chủ tịch có mặt: đủ điều kiện',
    );
    await page.getByRole('button', { name: 'Khai báo xung đột lợi ích với Miến dong Bình Lư' }).click();
    const conflict = page.getByRole('dialog', { name: 'Xung đột lợi ích: Miến dong Bình Lư' });
    await conflict.getByLabel('Thành viên khai báo').selectOption({ label: 'Lý Thị Sen (Phó Chủ tịch)' });
    await conflict.getByLabel('Quan hệ với chủ thể').fill('Chị gái của giám đốc hợp tác xã');
    await conflict.getByRole('button', { name: 'Khai báo' }).click();
    await page.getByRole('button', { name: 'Bắt đầu chấm' }).click();
    // 6 present × 5 products − 1 recusal.
    await expect(page.getByText('0/29 phiếu đã niêm phong')).toBeVisible();

    // Members score in turn on this laptop; Tao Văn Hòa reloads in the middle of a sheet and loses nothing.
    const rounds1 = PRODUCTS.map((p) => p.id);
    for (const member of ['m1', 'm2', 'm4'] as const) {
      await takeTurn(page, session, member);
      for (const product of rounds1) {
        if (member === 'm2' && product === 'p2') continue;
        await memberScores(page, session, member, product, 1);
      }
    }
    await takeTurn(page, session, 'm3');
    await page.goto(`/#/sessions/${session}/score/member/m3/p1`);
    const tea = setOf(11);
    const teaKeys = keysFor(tea, choicesWorth(tea, total('m3', 'p1', 1), 3));
    await expect(page.locator('[data-sheet-index="0"] input[type="radio"]').first()).toBeFocused();
    for (const key of teaKeys.slice(0, 16)) await page.keyboard.press(key);
    await expect(page.getByText('✓ Đã lưu tự động')).toBeVisible();
    await page.reload();
    await expect(page.locator('.scoring-sheet input[type="radio"]:checked')).toHaveCount(16);
    await page.screenshot({ path: `${SHOTS}/session-full-reloaded-midsheet.png` });
    await expect(page.locator('.scoring-sheet input[type="radio"]:checked')).toHaveCount(16);
    await page.locator('[data-sheet-index="16"] input[type="radio"]').first().focus();
    for (const key of teaKeys.slice(16)) await page.keyboard.press(key);
    await page.keyboard.press('Control+Enter');
    await expectMemberSealed(page, session, 'm3', 'p1');
    for (const product of rounds1.slice(1)) await memberScores(page, session, 'm3', product, 1);

    // The secretary (who scores in this council) hands in paper sheets; they are typed in.
    await toPicker(page, session);
    for (const product of rounds1) await secretaryTypes(page, session, 'm7', product, 1);

    // Chẻo Thị Lả scores on her own laptop: member kit out, sealed packet back.
    await page.goto(`/#/sessions/${session}/score/packets`);
    await page.getByLabel('Thành viên', { exact: true }).selectOption('m5');
    const kitDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp giao cho thành viên' }).click();
    const kit = await save(await kitDownload, files);
    const laptop = await other.newPage();
    await bindCouncil(laptop, laptopData, new URL(baseURL ?? 'http://127.0.0.1').origin);
    await laptop.goto('/#/sessions/member');
    await laptop.getByLabel('Chọn tệp giao cho thành viên…').setInputFiles(kit);
    await expect(laptop.getByRole('heading', { name: 'Phiếu của Chẻo Thị Lả' })).toBeVisible();
    for (const product of rounds1) {
      await laptop.goto(`/#/sessions/member/${session}/${product}`);
      const set = setOf(PRODUCTS.find((p) => p.id === product)?.set ?? 0);
      await startAtFirstCriterion(laptop);
      for (const key of keysFor(set, choicesWorth(set, total('m5', product, 1), 3))) await laptop.keyboard.press(key);
      await laptop.keyboard.press('Control+Enter');
      await expectMemberSealed(laptop, session, 'm5', product);
    }
    await laptop.goto(`/#/sessions/member/${session}`);
    await expect(laptop.getByText('Bạn đã niêm phong mọi phiếu của vòng này.', { exact: false })).toBeVisible();
    const packetDownload = laptop.waitForEvent('download');
    await laptop.getByRole('button', { name: 'Xuất gói phiếu đã niêm phong' }).click();
    const packet = await save(await packetDownload, files);

    // A copy altered on the USB stick is refused; the real one is taken.
    const altered = JSON.parse(readFileSync(packet, 'utf8')) as { sheets: { choices: Record<string, Choice> }[] };
    const first = altered.sheets[0];
    if (!first) throw new Error('empty packet');
    first.choices['A-1.1'] = first.choices['A-1.1'] === 0 ? 1 : 0;
    const alteredFile = path.join(files, 'sua.sheet-packet.json');
    writeFileSync(alteredFile, JSON.stringify(altered));
    await page.goto(`/#/sessions/${session}/score/packets`);
    await page.getByLabel('Chọn gói phiếu…').setInputFiles(alteredFile);
    await expect(page.getByRole('alert')).toContainText('không khớp với nội dung phiếu');
    await expect(page.getByRole('alert')).toContainText('Không có phiếu nào được ghi.');
    await page.getByLabel('Chọn gói phiếu…').setInputFiles(packet);
    // Her five sheets were the last of round 1: the scoring closes and the sheets open to the council.
    await expect(page.getByRole('heading', { name: 'Đã đóng chấm điểm' })).toBeVisible();

    // Every sheet sealed: the scores open; the rice is flagged by the spread rule and re-scored in round 2.
    await page.goto(`/#/sessions/${session}`);
    await expect(page.getByRole('heading', { name: 'Xem xét chênh lệch điểm' })).toBeVisible();
    const spread = page.getByRole('table', { name: 'Sản phẩm chênh lệch vượt ngưỡng' });
    await expect(spread.getByRole('row', { name: /Gạo Séng Cù Thèn Sin/ })).toContainText('> 10');
    await page.screenshot({ path: `${SHOTS}/session-full-spread.png`, fullPage: true });
    await page.getByRole('button', { name: 'Mở vòng chấm lại' }).click();
    // The rice's six sheets of round 2 are open; the other products' sheets stay sealed.
    await expect(page.getByText('23/29 phiếu đã niêm phong')).toBeVisible();
    for (const member of ['m1', 'm2', 'm3', 'm4'] as const) {
      await takeTurn(page, session, member);
      await memberScores(page, session, member, 'p3', 2);
    }
    await toPicker(page, session);
    for (const member of ['m5', 'm7'] as const) await secretaryTypes(page, session, member, 'p3', 2);

    // Confirmation by the chair and finalisation.
    await page.goto(`/#/sessions/${session}`);
    await expect(page.getByText('Không có sản phẩm nào chênh lệch quá 10 điểm.')).toBeVisible();
    await page.getByRole('button', { name: 'Xác nhận kết quả' }).click();
    const confirm = page.getByRole('dialog', { name: 'Xác nhận kết quả phiên chấm' });
    await confirm.getByLabel('Ý kiến của Chủ tịch').fill('Thống nhất kết quả sau vòng chấm lại sản phẩm gạo.');
    await confirm.getByRole('button', { name: 'Xác nhận kết quả' }).click();
    await page.getByRole('button', { name: 'Kết thúc và khóa phiên' }).click();
    await page
      .getByRole('dialog', { name: 'Kết thúc và khóa phiên?' })
      .getByRole('button', { name: 'Khóa phiên' })
      .click();
    await expect(page.getByRole('heading', { name: 'Phiên đã kết thúc và khóa' })).toBeVisible();

    // The results on screen, and the same session through the CLI.
    await page.goto(`/#/sessions/${session}/results`);
    await expect(page.locator('[data-results="version-1"]')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/session-full-results.png`, fullPage: true });
    const onScreen = await page.locator('[data-result]').evaluateAll((rows) =>
      rows.map((row) => ({
        id: row.getAttribute('data-result'),
        mean: row.getAttribute('data-mean'),
        round: row.getAttribute('data-round'),
        stars: row.getAttribute('data-stars'),
        status: row.getAttribute('data-status'),
      })),
    );
    await page.goto(`/#/sessions/${session}`);
    const exportDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp phiên chấm (session@1)' }).click();
    const exported = await save(await exportDownload, files);
    const cli = JSON.parse(
      execFileSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'src/cli/index.ts', 'results', exported, '--json'],
        {
          encoding: 'utf8',
        },
      ),
    ) as {
      products: { id: string; mean: number | null; round: number | null; stars: number | null; status: string }[];
    };
    expect(
      cli.products.map((p) => ({
        id: p.id,
        mean: JSON.stringify(p.mean),
        round: String(p.round),
        stars: String(p.stars),
        status: p.status,
      })),
    ).toEqual(onScreen);
    const rice = cli.products.find((p) => p.id === 'p3');
    expect(rice?.round).toBe(2);
    expect(cli.products.every((p) => p.status === 'recognise' || p.status === 'not-recognised')).toBe(true);
    const exportedFile = JSON.parse(readFileSync(exported, 'utf8')) as {
      sheets: { product: string; round: number; member: string }[];
    };
    expect(exportedFile.sheets).toHaveLength(29 + 6);
    expect(exportedFile.sheets.some((s) => s.member === 'm6')).toBe(false);
    expect(exportedFile.sheets.some((s) => s.member === 'm2' && s.product === 'p2')).toBe(false);
  } finally {
    await other.close();
    rmSync(files, { recursive: true, force: true });
    rmSync(laptopData, { recursive: true, force: true });
  }
});
