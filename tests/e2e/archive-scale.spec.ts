import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Archive } from '../../src/shared/archive/archive.schema';
import { buildArchive } from '../../src/shared/archive/build-archive';
import { checkArchive } from '../../src/shared/archive/check-archive';
import { provinceArchive } from '../../src/shared/archive/testing/province-archive';
import { verifyArchive } from '../../src/shared/archive/verify-archive';
import { loadBundledPacks } from '../../src/shared/domain/testing/load-packs';
import { expect, test } from './fixtures/council';
import { TEST_COUNCIL } from './fixtures/workspace';

/**
 * The reliability suite's province-scale archive: 10 finalised yearly sessions of 300 products × 12
 * members (36,000 counted sheets, 36,720 sheets with the re-scored rounds and their logs, 1.15 million
 * sheet events, about 200 MB of JSON), restored through the archive screen's file input into Chromium's IndexedDB, then
 * the in-app integrity check, then the screen's export verified again on the Node side.
 * Bounded by its own timeout of 5 minutes (it takes about 1.3 on an idle 2-core machine: 37,000 sheet
 * records, each with its log); there is no timing assertion (`npm run bench -- archive` measures).
 */
const FILE_NAME = 'tinh-10-nam.archive.json';
const TIMEOUT = 300_000;
const STEP = { timeout: 180_000 };

/** Sheets in their product's latest round: the ones the results count. */
function countedSheets(archive: Archive): number {
  const rounds = new Map(
    archive.tables.sessions.flatMap((s) => s.products.map((p) => [`${s.id}|${p.productId}`, p.round] as const)),
  );
  return archive.tables.sheets.filter((s) => rounds.get(`${s.sessionId}|${s.productId}`) === s.round).length;
}

test.describe.configure({ timeout: TIMEOUT });

test('restores a province-scale archive of 36,000 counted sheets, checks it intact, and exports it verifiable', async ({
  page,
}) => {
  const { pack26 } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
  const built = provinceArchive(pack26);
  const source = buildArchive({
    ...built.archive,
    tables: {
      ...built.archive.tables,
      councils: [TEST_COUNCIL as unknown as Archive['tables']['councils'][number]],
    },
  });
  expect(built.countedSheets).toBe(36_000);
  const sheets = source.tables.sheets.length;
  const folder = mkdtempSync(path.join(tmpdir(), 'ocop-e2e-scale-'));
  try {
    const file = path.join(folder, FILE_NAME);
    writeFileSync(file, JSON.stringify(source));

    await page.goto('/#/archive');
    await expect(page.getByRole('heading', { level: 1, name: 'Lưu trữ' })).toBeVisible();
    await page.getByLabel('Nhập/Khôi phục từ tệp…').setInputFiles(file);
    await expect(page.getByRole('heading', { name: `Tệp “${FILE_NAME}”` })).toBeVisible(STEP);
    await page.getByLabel('Khôi phục (thay toàn bộ dữ liệu)').check();
    const after = page.locator('.archive-counts tr[data-table="sheets"] td').nth(2);
    await expect(after).toHaveText(String(sheets), STEP);
    await page.getByRole('button', { name: 'Khôi phục từ tệp', exact: true }).click();
    await expect(page.getByText(`Đã khôi phục dữ liệu từ tệp “${FILE_NAME}”.`)).toBeVisible(STEP);
    await expect(
      page.getByText(/Dữ liệu trước đó được giữ trong bản sao lưu lúc .* \(Trước khi khôi phục\)\./),
    ).toBeVisible();

    // The in-app check reads everything back from IndexedDB and verifies seals, folds, results, chain.
    await page.getByRole('button', { name: 'Kiểm tra toàn vẹn dữ liệu' }).click();
    await expect(page.getByText('Dữ liệu toàn vẹn.')).toBeVisible(STEP);
    const head = (source.chain.head ?? '').slice(0, 12);
    await expect(
      page.getByText(
        `10 phiên chấm, ${sheets} phiếu, 10 phiên bản kết quả; chuỗi băm ${head} (${source.chain.length} mắt xích) khớp.`,
      ),
    ).toBeVisible();

    // The screen's export (the USB copy) checks and verifies on its own, with the same chain.
    const downloading = page.waitForEvent('download', STEP);
    await page.getByRole('button', { name: 'Xuất bản sao lưu (USB)' }).click();
    const exportedFile = await (await downloading).path();
    const checked = checkArchive(JSON.parse(readFileSync(exportedFile, 'utf8')));
    if (!checked.ok) throw new Error(`the export does not check: ${JSON.stringify(checked.issues.slice(0, 3))}`);
    expect(verifyArchive(checked.archive)).toEqual([]);
    expect(checked.archive.chain).toEqual(source.chain);
    expect(countedSheets(checked.archive)).toBe(36_000);
    const events = (a: Archive) => a.tables.sheetLogs.reduce((sum, log) => sum + log.events.length, 0);
    expect(checked.archive.tables.sheetLogs).toHaveLength(source.tables.sheetLogs.length);
    expect(events(checked.archive)).toBe(events(source));
    expect(checked.archive.tables.resultVersions.map((v) => v.hash).sort()).toEqual(
      source.tables.resultVersions.map((v) => v.hash).sort(),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
