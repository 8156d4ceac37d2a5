import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { resultVersionHash, type ResultVersion } from '../../src/shared/domain/council-session/result-version';
import { sessionFromFile } from '../../src/shared/domain/council-session/session-from-file';
import { toSessionFile } from '../../src/shared/domain/council-session/session-file';
import type { CouncilSession } from '../../src/shared/domain/council-session/session.schema';
import { sheetKeyId, type SheetState } from '../../src/shared/domain/council-session/sheet-events';
import type { IsoDate } from '../../src/shared/domain/dates/iso-date';
import type { RubricPack } from '../../src/shared/domain/rubric/rubric-pack.schema';
import { computeResults, type SessionResults } from '../../src/shared/domain/scoring/compute-results';
import type { SessionFile } from '../../src/shared/domain/session/session-file.schema';
import { checkSession } from '../../src/shared/domain/session/validate-session';
import { loadBundledPacks, setOf } from '../../src/shared/domain/testing/load-packs';
import { choicesWorth, sessionInput, type SheetInput } from '../../src/shared/domain/testing/session-builder';
import { expect, test } from './fixtures/council';
import { seedWorkspace, TEST_COUNCIL } from './fixtures/workspace';
import { groupSheets } from '../../src/shared/archive/sheet-records';

/**
 * The results and history tabs, on sessions seeded straight into IndexedDB from the format's worked
 * examples (built here by the domain's own `sessionFromFile`): the figures on screen must equal what
 * `ocop-council results <exported file> --json` prints for the same session.
 */
const SHOTS = 'test-results/screenshots';
const EXAMPLES = 'tests/fixtures/sessions';
const packs = loadBundledPacks((file) => readFileSync(file, 'utf8'));

interface Seeded {
  readonly session: CouncilSession;
  readonly sheets: SheetState[];
  readonly file: SessionFile;
}

function checked(input: unknown): { file: SessionFile; pack: RubricPack } {
  const result = checkSession(input, packs.lookup);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { file: result.session, pack: result.pack };
}

function seeded(sessionId: string, input: unknown, title: string, phase: CouncilSession['phase'] = 'review'): Seeded {
  const { file, pack } = checked(input);
  let key = 0;
  const built = sessionFromFile(file, pack, {
    sessionId,
    packetKey: () => (key += 1).toString(16).padStart(64, '0'),
    now: '2026-07-20T01:00:00.000Z',
    title,
    date: '2026-07-20' as IsoDate,
  });
  return { session: { ...built.session, phase }, sheets: built.sheets, file };
}

const example = (name: string): unknown => JSON.parse(readFileSync(`${EXAMPLES}/${name}.session.json`, 'utf8'));
const expected = (name: string): SessionResults =>
  JSON.parse(readFileSync(`${EXAMPLES}/${name}.results.json`, 'utf8')) as SessionResults;

function records(...sessions: Seeded[]): Record<string, unknown[]> {
  return {
    councils: [TEST_COUNCIL],
    sessions: sessions.map((s) => s.session),
    // The database keeps a product's sheets in one record.
    productSheets: groupSheets(
      sessions.flatMap((s) =>
        s.sheets.map((sheet) => ({ ...sheet, id: `${s.session.id}|${sheetKeyId(sheet)}`, sessionId: s.session.id })),
      ),
    ),
  };
}

/** What the CLI prints for the session as the app exports it (toSessionFile), run as a real process. */
function cliResults(seed: Seeded): SessionResults {
  const dir = mkdtempSync(path.join(tmpdir(), 'ocop-results-'));
  const file = path.join(dir, `${seed.session.id}.session.json`);
  writeFileSync(file, JSON.stringify(toSessionFile(seed.session, seed.sheets)));
  const out = execFileSync('npx', ['tsx', 'src/cli/index.ts', 'results', file, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as SessionResults;
}

/** The raw figures each summary row carries, as the CLI's JSON would hold them. */
async function screenFigures(page: Page): Promise<Record<string, unknown>[]> {
  return page.locator('tr[data-result]').evaluateAll((rows) =>
    rows.map((row) => {
      const data = (row as HTMLElement).dataset;
      const parse = (value: string | undefined) => (value === undefined ? undefined : (JSON.parse(value) as unknown));
      return {
        id: data['result'],
        round: parse(data['round']),
        mean: parse(data['mean']),
        spread: parse(data['spread']),
        bandStars: parse(data['band']),
        stars: parse(data['stars']),
        status: data['status'],
      };
    }),
  );
}

function figuresOf(results: SessionResults): Record<string, unknown>[] {
  return results.products.map((p) => ({
    id: p.id,
    round: p.round,
    mean: p.mean,
    spread: p.spread,
    bandStars: p.bandStars,
    stars: p.stars,
    status: p.status,
  }));
}

/** Opens a tab of a seeded session (a reload, so the app reads the seeded workspace). */
async function openTab(page: Page, sessionId: string, tab: 'results' | 'history'): Promise<void> {
  await page.goto(`/#/sessions/${sessionId}/${tab}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const laiChau = () => seeded('e2e-lai-chau', example('lai-chau-2026-small'), 'Phiên chấm tỉnh Lai Châu 2026');
const tamDuong = () => seeded('e2e-tam-duong', example('tam-duong-2025-round1'), 'Phiên chấm huyện Tam Đường 2025');

test('Lai Châu: the screen shows exactly the CLI’s results, and says why q2 is lowered to 2 stars', async ({
  page,
}) => {
  const seed = laiChau();
  const cli = cliResults(seed);
  expect(cli).toEqual(expected('lai-chau-2026-small'));
  await seedWorkspace(page, records(seed));
  await openTab(page, seed.session.id, 'results');

  await expect(page.locator('tr[data-result]')).toHaveCount(2);
  expect(await screenFigures(page)).toEqual(figuresOf(cli));
  const q2 = page.locator('tr[data-result="q2"]');
  await expect(q2).toHaveAttribute('data-mean', '68.8');
  await expect(q2.locator('.results-mean')).toHaveText('68,80');
  await expect(q2).toContainText('3 sao');
  await expect(q2).toContainText('2 sao');
  await expect(q2).toContainText('Không công nhận');
  await expect(page.locator('tr[data-result="q1"]')).toContainText('79,00');
  await expect(page.getByText('Kết quả tạm tính')).toBeVisible();
  await expect(
    page.getByText('Số lượng thành viên: 5/5 có mặt (cần ít nhất 4, có Chủ tịch): đủ điều kiện họp.'),
  ).toBeVisible();

  const gate = page.locator('[data-gate="q2"]');
  await expect(gate).toContainText('điểm trung bình 68,80 thuộc hạng 3 sao, nhưng chỉ xếp 2 sao');
  await expect(gate.locator('[data-blocking="C-9"]')).toHaveText(
    'C-9 (Đảm bảo chất lượng sản phẩm): cần ít nhất 1 điểm cho hạng 3 sao; chỉ 2/5 thành viên đạt (quy tắc đa số).',
  );
  await expect(page.locator('[data-gate]')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/session-results-summary.png`, fullPage: true });
  await gate.screenshot({ path: `${SHOTS}/session-results-blocking.png` });

  // The matrix: every member's total, tinted by deviation.
  const matrix = page.locator('tr[data-matrix="q2"] td[data-cell="total"]');
  await expect(matrix).toHaveText(['66', '69', '71', '68', '70']);

  // Charts: the part bars and each member's deviation, with their text alternatives.
  const parts = page.locator('figure[data-chart="parts"]');
  await expect(parts.locator('svg.recharts-surface').first()).toBeVisible();
  await expect(parts.locator('[role="img"]')).toHaveAttribute(
    'aria-label',
    /Rượu ngô men lá Sà Dề Phìn: A 31,00\/40, B 19,00\/25, C 18,80\/35/,
  );
  const deviation = page.locator('figure[data-chart="deviation"]');
  await deviation.getByLabel('Sản phẩm').selectOption('q2');
  await expect(deviation).toContainText('Điểm trung bình 68,80');
  await expect(deviation.locator('[role="img"]')).toHaveAttribute('aria-label', /Hà Văn Bình: 66 điểm \(−2,80\)/);
  await page.locator('.results-charts').screenshot({ path: `${SHOTS}/session-results-charts.png` });

  // Tooltips write figures with the decimal comma.
  await deviation.locator('.recharts-bar-rectangle').first().hover();
  await expect(deviation.locator('.results-tooltip')).toContainText('66 điểm, −2,80 so với điểm trung bình');
  await parts.locator('.recharts-bar-rectangle').nth(1).hover();
  await expect(parts.locator('.results-tooltip')).toContainText('Phần C: 18,80 / 35 điểm');
  await page.locator('.results-charts').screenshot({ path: `${SHOTS}/session-results-charts-tooltip.png` });

  // In English the same figures use the decimal point.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(q2.locator('.results-mean')).toHaveText('68.80');
  await expect(gate.locator('[data-blocking="C-9"]')).toContainText(
    'minimum score 1 for 3 stars; only 2 of 5 members reached it (majority rule)',
  );
  await page.screenshot({
    path: `${SHOTS}/session-results-english.png`,
    clip: { x: 0, y: 0, width: 1366, height: 900 },
  });
});

test('Tam Đường: the absent member, the recusal, the disqualified dossier and both rounds of the re-scored product', async ({
  page,
}) => {
  const seed = tamDuong();
  const cli = cliResults(seed);
  expect(cli).toEqual(expected('tam-duong-2025-round1'));
  await seedWorkspace(page, records(seed));
  await openTab(page, seed.session.id, 'results');

  await expect(page.locator('tr[data-result]')).toHaveCount(6);
  expect(await screenFigures(page)).toEqual(figuresOf(cli));
  await expect(page.locator('tr[data-result="p1"]')).toHaveAttribute('data-mean', '71.85714285714286');
  await expect(page.locator('tr[data-result="p1"] .results-mean')).toHaveText('71,86');
  await expect(page.locator('tr[data-result="p1"]')).toContainText('Đề nghị lên cấp tỉnh');
  await expect(page.locator('tr[data-result="p4"] .results-mean')).toHaveText('58,00');
  await expect(page.locator('tr[data-result="p6"]')).toContainText('Bị loại');
  await expect(
    page.getByText('Số lượng thành viên: 8/9 có mặt (cần ít nhất 7, có Chủ tịch): đủ điều kiện họp.'),
  ).toBeVisible();

  // The matrix: m5 recused on p4, m8 absent, the secretary (who does not score) has no column.
  await expect(page.locator('th.results-member')).toHaveCount(8);
  await expect(page.locator('th.results-member.absent')).toContainText('Hoàng Văn Phong');
  const p4 = page.locator('tr[data-matrix="p4"]');
  await expect(p4.locator('td[data-cell]')).toHaveText([
    '57',
    '61',
    '56',
    '58',
    '—tránh xung đột lợi ích',
    '59',
    '57',
    'vắngvắng mặt',
  ]);
  await expect(p4).toContainText('Vòng 2, được tính');
  await p4.getByRole('button', { name: 'Xem vòng trước (1)' }).click();
  await page.mouse.move(0, 0);
  const round1 = page.locator('tr[data-round-of="p4"][data-round="1"]');
  await expect(round1).toContainText('Vòng 1: Chênh lệch lớn, chấm lại');
  await expect(round1.locator('td[data-cell="total"]')).toHaveText(['55', '68', '52', '57', '60', '54']);
  await expect(round1).toContainText('57,67');
  await expect(round1).toContainText('16');
  await expect(round1.locator('.results-flag-mark')).toBeVisible();
  await page.locator('.results-matrix-wrap').screenshot({ path: `${SHOTS}/session-results-rounds.png` });
  await page.screenshot({ path: `${SHOTS}/session-results-matrix.png`, fullPage: true });
});

test('scores stay hidden until every sheet is sealed or the chair opens them', async ({ page }) => {
  const seed = seeded('e2e-hidden', example('lai-chau-2026-small'), 'Phiên đang chấm', 'scoring');
  const unsealed = seed.sheets.map((s, i) => (i === 3 ? { ...s, seal: null, sealedAt: null } : s));
  await seedWorkspace(page, records({ ...seed, sheets: unsealed }));
  await openTab(page, seed.session.id, 'results');
  await expect(page.getByText('Kết quả chỉ mở khi mọi phiếu đã niêm phong hoặc Chủ tịch mở phiếu')).toBeVisible();
  await expect(page.getByText('Đã niêm phong 9/10 phiếu')).toBeVisible();
  await expect(page.locator('tr[data-result]')).toHaveCount(0);
  await expect(page.locator('td[data-cell]')).toHaveCount(0);
});

/**
 * A finalised Tam Đường session amended once: version 1 was computed with a mistyped paper sheet of Tẩn
 * Thị Mai for p2, version 2 after the chair's correction (the sheets hold the corrected one).
 */
function finalised(sessionId: string, tamper = false) {
  const seed = seeded(
    sessionId,
    example('tam-duong-2025-round1'),
    'Phiên chấm huyện Tam Đường 2025 (đã khóa)',
    'finalised',
  );
  const session: CouncilSession = {
    ...seed.session,
    confirmation: { by: 'm1', at: '2025-03-20T09:00:00.000Z', note: 'Thống nhất kết quả' },
    finalisedAt: '2025-03-20T09:10:00.000Z',
  };
  const sets = new Map(
    [...new Set(seed.file.products.map((p) => p.productSet))].map((no) => [no, setOf(packs.pack148, no)]),
  );
  const compiled = checkSession(JSON.parse(JSON.stringify(seed.file)), packs.lookup);
  if (!compiled.ok) throw new Error('file');
  const mistyped: SessionFile = {
    ...seed.file,
    sheets: seed.file.sheets.map((s) => {
      if (s.member !== 'm2' || s.product !== 'p2') return s;
      const set = sets.get(3);
      if (!set) throw new Error('set 3');
      return { ...s, choices: choicesWorth(set, 56) };
    }),
  };
  const seals = seed.sheets.flatMap((s) => (s.seal ? [s.seal] : [])).sort();
  const first: Omit<ResultVersion, 'hash' | 'id'> = {
    sessionId,
    version: 1,
    results: JSON.parse(JSON.stringify(computeResults(mistyped, compiled.sets))) as SessionResults,
    reason: null,
    by: 'm1',
    at: '2025-03-20T09:10:00.000Z',
    seals,
    previousHash: null,
  };
  const v1: ResultVersion = { ...first, id: `${sessionId}@1`, hash: resultVersionHash(first) };
  const reason = 'Sửa lỗi nhập phiếu giấy của Tẩn Thị Mai, sản phẩm Gạo Séng Cù Thèn Sin';
  const second: Omit<ResultVersion, 'hash' | 'id'> = {
    ...first,
    version: 2,
    results: JSON.parse(JSON.stringify(computeResults(seed.file, compiled.sets))) as SessionResults,
    reason,
    at: '2025-03-22T02:30:00.000Z',
    previousHash: v1.hash,
  };
  const v2: ResultVersion = { ...second, id: `${sessionId}@2`, hash: resultVersionHash(second) };
  const stored = tamper ? { ...v2, reason: 'Lý do đã bị sửa' } : v2;
  let seq = 0;
  const event = (
    at: string,
    actor: string,
    type: string,
    data: Record<string, string | number | boolean | null> = {},
  ) => ({
    id: `${sessionId}-e${seq + 1}`,
    sessionId,
    seq: (seq += 1),
    at,
    actor,
    type,
    data,
  });
  const sealed = (at: string, member: string, product: string, round: number, source: string) => {
    const sheet = seed.sheets.find((s) => s.memberId === member && s.productId === product && s.round === round);
    return event(at, source === 'member' ? member : 'secretary', 'sheet-sealed', {
      member,
      product,
      round,
      source,
      seal: (sheet?.seal ?? '').slice(0, 12),
    });
  };
  const audit = [
    event('2025-03-20T01:00:00.000Z', 'secretary', 'created', { products: 6, members: 9 }),
    event('2025-03-20T01:05:00.000Z', 'secretary', 'attendance', { member: 'm8', present: false }),
    event('2025-03-20T01:06:00.000Z', 'm5', 'conflict', { member: 'm5', product: 'p4' }),
    event('2025-03-20T01:07:00.000Z', 'secretary', 'disqualified', { product: 'p6' }),
    event('2025-03-20T01:10:00.000Z', 'secretary', 'started'),
    sealed('2025-03-20T02:00:00.000Z', 'm1', 'p1', 1, 'member'),
    sealed('2025-03-20T02:02:00.000Z', 'm2', 'p2', 1, 'secretary'),
    event('2025-03-20T02:30:00.000Z', 'm4', 'packet-imported', { member: 'Nguyễn Thị Hằng', added: 5, duplicates: 0 }),
    event('2025-03-20T03:00:00.000Z', 'secretary', 'revealed', { early: false }),
    event('2025-03-20T03:10:00.000Z', 'secretary', 'rescore-opened', { products: 'p4' }),
    sealed('2025-03-20T03:40:00.000Z', 'm1', 'p4', 2, 'member'),
    event('2025-03-20T04:00:00.000Z', 'secretary', 'revealed', { early: false }),
    event('2025-03-20T09:00:00.000Z', 'm1', 'confirmed'),
    event('2025-03-20T09:10:00.000Z', 'm1', 'finalised', { version: 1, hash: v1.hash }),
    event('2025-03-20T09:15:00.000Z', 'secretary', 'exported', { sheets: 40 }),
    event('2025-03-22T02:29:00.000Z', 'm1', 'sheet-amended', {
      member: 'm2',
      product: 'p2',
      round: 1,
      source: 'amendment',
      seal: (seed.sheets.find((s) => s.memberId === 'm2' && s.productId === 'p2')?.seal ?? '').slice(0, 12),
    }),
    event('2025-03-22T02:30:00.000Z', 'm1', 'amended', { version: 2, reason, hash: v2.hash }),
  ];
  return { seed: { ...seed, session }, versions: [v1, stored], audit, v1, v2 };
}

test('a finalised, amended session shows its latest version, the chain, what changed, and the audit log', async ({
  page,
}) => {
  const { seed, versions, audit, v1, v2 } = finalised('e2e-final');
  await seedWorkspace(page, { ...records(seed), resultVersions: versions, sessionEvents: audit });
  await openTab(page, seed.session.id, 'results');
  await expect(page.getByText('Kết quả chính thức, phiên bản 2')).toBeVisible();
  await expect(page.locator('[data-results="version-2"]')).toBeVisible();
  expect(await screenFigures(page)).toEqual(figuresOf(v2.results));
  expect(await screenFigures(page)).toEqual(figuresOf(cliResults(seed)));
  await page.screenshot({
    path: `${SHOTS}/session-results-finalised.png`,
    clip: { x: 0, y: 0, width: 1366, height: 900 },
  });

  await page.goto(`/#/sessions/${seed.session.id}/history`);
  await expect(page.locator('tr[data-version]')).toHaveCount(2);
  await expect(page.locator('[data-chain="intact"]')).toBeVisible();
  const second = page.locator('tr[data-version="2"]');
  await expect(second).toContainText('Lò Văn Thắng');
  await expect(second).toContainText('Sửa lỗi nhập phiếu giấy của Tẩn Thị Mai');
  await expect(second).toContainText(`${v2.hash.slice(0, 4)}-${v2.hash.slice(4, 8)}-${v2.hash.slice(8, 12)}`);
  const change = second.locator('[data-change="p2"]');
  const before = v1.results.products.find((p) => p.id === 'p2')?.memberTotals['m2'];
  await expect(change).toContainText('Gạo Séng Cù Thèn Sin: điểm TB 58,57 → 59,29');
  await expect(change).toContainText(`Tẩn Thị Mai ${before} → 61`);
  await expect(second.locator('[data-change]')).toHaveCount(1);

  await expect(page.locator('tr[data-event]')).toHaveCount(audit.length);
  await expect(page.locator('tr[data-event="attendance"]')).toContainText('Thư ký ghi Hoàng Văn Phong vắng mặt');
  const seal = seed.sheets.find((s) => s.memberId === 'm1' && s.productId === 'p1')?.seal ?? '';
  await expect(page.locator('tr[data-event="sheet-sealed"]').first()).toContainText(
    `Lò Văn Thắng niêm phong phiếu sản phẩm Miến dong Bình Lư (vòng 1), mã ${seal.slice(0, 4)}-${seal.slice(4, 8)}-${seal.slice(8, 12)}`,
  );
  await page.screenshot({ path: `${SHOTS}/session-results-history.png`, fullPage: true });

  await page.getByLabel('Loại sự việc').selectOption('sheet-sealed');
  await expect(page.locator('tr[data-event]')).toHaveCount(3);
  await expect(page.locator('tr[data-event="sheet-sealed"]').nth(1)).toContainText(
    'Thư ký niêm phong phiếu của Tẩn Thị Mai, sản phẩm Gạo Séng Cù Thèn Sin (vòng 1)',
  );
  await expect(page.locator('tr[data-event="sheet-sealed"]').nth(1)).toContainText('(thư ký nhập từ phiếu giấy)');
});

test('a result version changed after it was recorded breaks the chain, and the history says so', async ({ page }) => {
  const { seed, versions, audit } = finalised('e2e-tampered', true);
  await seedWorkspace(page, { ...records(seed), resultVersions: versions, sessionEvents: audit });
  await openTab(page, seed.session.id, 'history');
  await expect(page.getByRole('alert')).toContainText('Chuỗi phiên bản kết quả bị hỏng');
  await expect(page.getByRole('alert')).toContainText('Phiên bản 2 không khớp mã');
  await expect(page.locator('[data-chain="intact"]')).toHaveCount(0);
});

/** 15 members (one absent, one recused per product), 30 products with long names: the layout must hold. */
function large(): Seeded {
  const names = [
    'Nguyễn Văn Thành',
    'Trần Thị Thu Hương',
    'Lê Hoàng Phương Anh',
    'Phạm Quốc Khánh',
    'Hoàng Thị Ngọc Ánh',
    'Vũ Đức Mạnh',
    'Đặng Thị Huyền Trang',
    'Bùi Xuân Trường',
    'Đỗ Thị Mỹ Duyên',
    'Hồ Sỹ Nguyên',
    'Ngô Thị Bích Ngọc',
    'Dương Văn Lộc',
    'Lý Thị Sen',
    'Tao Văn Hòa',
    'Chẻo Thị Lả',
  ];
  const roles = ['chair', 'vice-chair', 'vice-chair'] as const;
  const members = names.map((name, i) => ({
    id: `m${i + 1}`,
    name,
    role: roles[i] ?? ('member' as const),
    present: i !== 9,
  }));
  const setNumbers = [1, 3, 4, 6, 7, 11, 14, 16, 18, 20];
  const products = Array.from({ length: 30 }, (_, i) => ({
    id: `p${i + 1}`,
    name:
      i % 3 === 0
        ? `Chè Shan tuyết cổ thụ hữu cơ vùng cao Sìn Hồ loại đặc biệt số ${i + 1}`
        : i % 3 === 1
          ? `Gạo tám thơm Điện Biên ${i + 1}`
          : `Miến dong Bình Lư ${i + 1}`,
    productSet: setNumbers[i % setNumbers.length] ?? 1,
    producer: `Hợp tác xã nông nghiệp và dịch vụ tổng hợp số ${i + 1}`,
    attempt: 'first' as const,
    recused: [`m${(i % 14) + 2}`],
    disqualified: null,
  }));
  const sheets: SheetInput[] = [];
  for (const [i, product] of products.entries()) {
    const set = setOf(packs.pack26, product.productSet);
    const base = 40 + ((i * 13) % 55);
    for (const [j, member] of members.entries()) {
      if (!member.present || product.recused.includes(member.id)) continue;
      const total = Math.min(100, base + ((i + j * 5) % (i % 7 === 0 ? 14 : 8)));
      sheets.push({ member: member.id, product: product.id, round: 1, choices: choicesWorth(set, total, 3) });
    }
  }
  const input = sessionInput({ members, products, sheets, profile: 'province-2026', rubric: '26/2026' });
  return seeded('e2e-large', input, 'Phiên chấm tỉnh: 30 sản phẩm, 15 thành viên');
}

test('15 members and 30 products with long names: everything fits the window, names stay readable', async ({
  page,
}) => {
  const seed = large();
  await seedWorkspace(page, records(seed));
  await openTab(page, seed.session.id, 'results');
  await expect(page.locator('tr[data-result]')).toHaveCount(30);
  expect(await screenFigures(page)).toEqual(figuresOf(cliResults(seed)));
  await expect(page.locator('th.results-member')).toHaveCount(15);
  // The page itself never scrolls sideways: only the matrix does.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.locator('.results-summary').screenshot({ path: `${SHOTS}/session-results-large-summary.png` });
  await page.locator('.results-matrix-wrap').screenshot({ path: `${SHOTS}/session-results-large-matrix.png` });
  await page.locator('figure[data-chart="parts"]').screenshot({ path: `${SHOTS}/session-results-large-parts.png` });
});
