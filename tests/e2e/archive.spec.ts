import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Download, Page } from '@playwright/test';
import { archiveFromSessionFile } from '../../src/shared/archive/archive-from-session';
import { PRIMARY_KEYS, TABLE_NAMES, type Archive } from '../../src/shared/archive/archive.schema';
import { buildArchive } from '../../src/shared/archive/build-archive';
import { checkArchive } from '../../src/shared/archive/check-archive';
import { compareKeys } from '../../src/shared/archive/same-record';
import { verifyArchive } from '../../src/shared/archive/verify-archive';
import { resultVersionHash } from '../../src/shared/domain/council-session/result-version';
import { sessionResults } from '../../src/shared/domain/council-session/session-file';
import type { IsoDate } from '../../src/shared/domain/dates/iso-date';
import { compileSet } from '../../src/shared/domain/scoring/compiled-set';
import { checkSession } from '../../src/shared/domain/session/validate-session';
import { loadBundledPacks, setOf } from '../../src/shared/domain/testing/load-packs';
import { bindCouncil, expect, test } from './fixtures/council';
import { storeContents } from './fixtures/idb-store';
import { seedWorkspace, TEST_COUNCIL } from './fixtures/workspace';
import { archiveAsV1 } from '../../src/shared/archive/testing/archive-v1-file';

/**
 * The archive area: the backup file (export, restore into a fresh profile, merge twice, a tampered file
 * refused), the automatic snapshots (the daily one, restoring one) and the integrity check. The workspace
 * is seeded straight into IndexedDB with a finalised session built by the archive core itself.
 */
const SHOTS = 'test-results/screenshots';
const SESSION_ID = 'e2e-lai-chau';
const TITLE = 'Phiên chấm tỉnh Lai Châu 2026';
const AT = '2026-07-20T01:00:00.000Z';
const packs = loadBundledPacks((file) => readFileSync(file, 'utf8'));

/** The Lai Châu worked example as a finalised session of a council's workspace, as an archive. */
function seededArchive(): Archive {
  const checked = checkSession(
    JSON.parse(readFileSync('tests/fixtures/sessions/lai-chau-2026-small.session.json', 'utf8')),
    packs.lookup,
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  let key = 0;
  const base = archiveFromSessionFile(checked.session, checked.pack, {
    sessionId: SESSION_ID,
    title: TITLE,
    date: '2026-07-20' as IsoDate,
    now: AT,
    packetKey: () => (key += 1).toString(16).padStart(64, '0'),
    app: { name: 'e2e', version: '1' },
  });
  const tables = base.tables;
  const session = tables.sessions[0];
  if (!session) throw new Error('no session');
  const chair = session.members.find((m) => m.role === 'chair')?.memberId ?? 'm1';
  const sets = new Map(session.products.map((p) => [p.productSet, compileSet(setOf(checked.pack, p.productSet))]));
  const results = sessionResults(session, tables.sheets, sets);
  const seals = tables.sheets
    .filter((s) => s.layer === 'primary' && s.seal !== null)
    .map((s) => s.seal as string)
    .sort();
  const content = {
    sessionId: SESSION_ID,
    version: 1,
    results,
    reason: null,
    by: chair,
    at: AT,
    seals,
    previousHash: null,
  };
  const finalised = {
    ...session,
    phase: 'finalised' as const,
    confirmation: { by: chair, at: AT, note: '' },
    finalisedAt: AT,
  };
  return buildArchive({
    tables: {
      ...tables,
      councils: [TEST_COUNCIL as unknown as Archive['tables']['councils'][number]],
      sessions: [finalised],
      // The domain's result type is read-only; the archive's record type is the same data, mutable.
      resultVersions: [
        {
          ...content,
          id: `${SESSION_ID}@1`,
          hash: resultVersionHash(content),
        } as unknown as Archive['tables']['resultVersions'][number],
      ],
    },
    packs: [checked.pack],
    documents: [],
    exportedAt: AT,
    app: { name: 'e2e', version: '1' },
    workspace: 'main',
  });
}

const SEED = seededArchive();

/** The tables in key order, as an export of the database lists them. */
function inKeyOrder(tables: Archive['tables']): Archive['tables'] {
  const key = (table: (typeof TABLE_NAMES)[number], record: unknown) =>
    (record as Record<string, string | number>)[PRIMARY_KEYS[table]] ?? '';
  return Object.fromEntries(
    TABLE_NAMES.map((table) => [table, [...tables[table]].sort((a, b) => compareKeys(key(table, a), key(table, b)))]),
  ) as Archive['tables'];
}

/** The seeded tables as IndexedDB store contents (the stores that hold something). */
const records = (archive: Archive): Record<string, unknown[]> => storeContents(archive.tables);

async function openArchiveArea(page: Page): Promise<void> {
  await page.goto('/#/archive');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Lưu trữ' })).toBeVisible();
}

/** Clicks "Xuất bản sao lưu (USB)" and reads the downloaded archive. */
async function exportFromScreen(page: Page): Promise<{ archive: Archive; download: Download; file: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bản sao lưu (USB)' }).click();
  const download = await downloading;
  const file = await download.path();
  return { archive: JSON.parse(readFileSync(file, 'utf8')) as Archive, download, file };
}

async function chooseArchiveFile(page: Page, file: string): Promise<void> {
  await page.getByLabel('Nhập/Khôi phục từ tệp…').setInputFiles(file);
}

/** A second browser profile (its own IndexedDB and data folder), bound to main's handlers like the first. */
async function freshProfile(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ocop-e2e-fresh-'));
  await bindCouncil(page, dataDir, new URL(baseURL).origin);
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

test('exports a seeded workspace to a file that a fresh laptop restores whole', async ({ page, browser, baseURL }) => {
  await seedWorkspace(page, records(SEED));
  await openArchiveArea(page);
  const { archive, download } = await exportFromScreen(page);
  expect(download.suggestedFilename()).toMatch(/^ocop-council-\d{4}-\d{2}-\d{2}\.archive\.json$/);
  await expect(page.getByText(`Đã tạo tệp “${download.suggestedFilename()}”: 1 phiên chấm`)).toBeVisible();
  const checked = checkArchive(archive);
  expect(checked.ok && verifyArchive(checked.archive)).toEqual([]);
  expect(archive.tables).toEqual(inKeyOrder(SEED.tables));
  expect(archive.chain).toEqual(SEED.chain);

  const fresh = await freshProfile(browser, baseURL ?? '');
  try {
    const other = fresh.page;
    // A new laptop: the welcome screen offers the restore, and the archive area needs no council.
    await other.goto('/');
    await other.getByRole('link', { name: 'Khôi phục từ tệp sao lưu' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Lưu trữ' })).toBeVisible();
    await expect(other.getByText('Chưa có bản sao lưu nào.')).toBeVisible();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ocop-e2e-file-')), download.suggestedFilename());
    await download.saveAs(file);
    await chooseArchiveFile(other, file);
    await expect(other.getByRole('heading', { name: `Tệp “${download.suggestedFilename()}”` })).toBeVisible();
    await other.getByLabel('Khôi phục (thay toàn bộ dữ liệu)').check();
    await expect(other.locator('.archive-counts tr[data-table="sheets"] td').nth(2)).toHaveText(
      String(SEED.tables.sheets.length),
    );
    await other.screenshot({ path: `${SHOTS}/archive-restore-preview.png`, fullPage: true });
    await other.getByRole('button', { name: 'Khôi phục từ tệp', exact: true }).click();
    await expect(other.getByText(`Đã khôi phục dữ liệu từ tệp “${download.suggestedFilename()}”.`)).toBeVisible();
    // Everything is there: the council, the session with its results, and an export equal to the first.
    await expect(other.locator('.brand-tagline')).toHaveText(TEST_COUNCIL.councilName);
    const again = await exportFromScreen(other);
    expect(again.archive.tables).toEqual(archive.tables);
    expect(again.archive.chain).toEqual(archive.chain);
    await other.goto(`/#/sessions/${SESSION_ID}/results`);
    await expect(other.locator('tr[data-result]')).toHaveCount(2);
  } finally {
    await fresh.close();
  }
});

test('merges the same file twice: the second time there is nothing new', async ({ page }) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ocop-e2e-file-')), 'may-khac.archive.json');
  writeFileSync(file, JSON.stringify(SEED));
  await seedWorkspace(page, { councils: [TEST_COUNCIL] });
  await openArchiveArea(page);
  await chooseArchiveFile(page, file);
  await expect(page.getByLabel('Gộp vào dữ liệu hiện có')).toBeChecked();
  await expect(page.locator('.archive-counts tr[data-table="sessions"] td').nth(2)).toHaveText('+1');
  await page.screenshot({ path: `${SHOTS}/archive-merge-preview.png`, fullPage: true });
  await page.getByRole('button', { name: 'Gộp dữ liệu' }).click();
  await expect(page.getByText('Đã gộp dữ liệu từ tệp “may-khac.archive.json”: thêm')).toBeVisible();
  await expect(
    page.getByText(/Dữ liệu trước đó được giữ trong bản sao lưu lúc .* \(Trước khi nhập tệp\)\./),
  ).toBeVisible();
  const afterFirst = (await exportFromScreen(page)).archive;
  expect(afterFirst.tables.sessions.map((s) => s.id)).toEqual([SESSION_ID]);

  await chooseArchiveFile(page, file);
  await expect(page.getByText('Máy này đã có mọi dữ liệu trong tệp. Không có gì để gộp.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gộp dữ liệu' })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/archive-merge-nothing-new.png`, fullPage: true });
  expect((await exportFromScreen(page)).archive.tables).toEqual(afterFirst.tables);
});

test('refuses a tampered archive, naming the sheet, and leaves the workspace as it was', async ({ page }) => {
  await seedWorkspace(page, records(SEED));
  await openArchiveArea(page);
  const before = (await exportFromScreen(page)).archive;
  const tampered = structuredClone(before);
  const index = tampered.tables.sheets.findIndex((s) => s.seal !== null);
  const sheet = tampered.tables.sheets[index];
  if (!sheet) throw new Error('no sealed sheet');
  const [criterion, choice] = Object.entries(sheet.choices)[0] ?? ['', 0];
  (sheet.choices as Record<string, unknown>)[criterion] = choice === 0 ? 1 : 0;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ocop-e2e-file-')), 'da-sua.archive.json');
  writeFileSync(file, JSON.stringify(tampered));

  await chooseArchiveFile(page, file);
  const refusal = page.getByRole('alert').filter({ hasText: 'Tệp “da-sua.archive.json” không hợp lệ hoặc đã bị sửa' });
  await expect(refusal).toBeVisible();
  await expect(refusal.locator('[data-issue="archive.sealMismatch"]')).toContainText(
    `Phiếu chấm, bản ghi thứ ${index + 1} (mã ${sheet.id})`,
  );
  await expect(refusal.locator('[data-issue="archive.sealMismatch"]')).toContainText(
    'nội dung đã bị sửa sau khi niêm phong',
  );
  await expect(page.getByRole('button', { name: 'Gộp dữ liệu' })).toHaveCount(0);
  await refusal.screenshot({ path: `${SHOTS}/archive-tampered.png` });
  expect((await exportFromScreen(page)).archive.tables).toEqual(before.tables);
});

test('takes the daily snapshot on start, lists it with its folder, and restores a snapshot', async ({
  page,
  council,
}) => {
  await seedWorkspace(page, records(SEED));
  await openArchiveArea(page);
  const daily = page.locator('tr[data-reason="daily"]');
  await expect(daily).toHaveCount(1);
  await expect(daily).toContainText('Hằng ngày');
  await expect(daily.locator('td').nth(4)).toHaveText(String(SEED.tables.sheets.length));
  await expect(page.locator('[data-folder]')).toHaveText(path.join(council.dataDir, 'snapshots'));
  expect(
    readdirSync(path.join(council.dataDir, 'snapshots')).filter((f) => f.endsWith('-daily.archive.json')),
  ).toHaveLength(1);
  // A second start the same day takes no second daily snapshot.
  await page.reload();
  await expect(page.locator('tr[data-reason="daily"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Tạo bản sao lưu ngay' }).click();
  await expect(page.getByText(/Đã tạo bản sao lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(\d+ KB\)\./)).toBeVisible();
  await expect(page.locator('tr[data-reason="manual"]')).toContainText('Tạo thủ công');

  // A member added after the snapshot is gone once the snapshot is restored.
  await seedWorkspace(page, {
    members: [
      {
        id: 'late-member',
        body: 'council',
        name: 'Thành viên thêm sau',
        title: '',
        organisation: '',
        role: 'member',
        scores: true,
        phone: '',
        activeFrom: '2025-01-01',
        activeTo: null,
        createdAt: AT,
        updatedAt: AT,
      },
    ],
  });
  await openArchiveArea(page);
  await page
    .getByRole('button', { name: /Khôi phục bản sao lưu lúc/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Khôi phục bản sao lưu' });
  await expect(dialog).toContainText('ứng dụng tự động tạo một bản sao lưu của dữ liệu hiện tại');
  await dialog.screenshot({ path: `${SHOTS}/archive-restore-dialog.png` });
  await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByText(/Đã khôi phục bản sao lưu lúc/)).toBeVisible();
  await expect(page.locator('tr[data-reason="before-restore"]')).toHaveCount(1);
  const restored = (await exportFromScreen(page)).archive;
  expect(restored.tables.members.map((m) => m.id)).not.toContain('late-member');
  expect(restored.tables.sessions.map((s) => s.id)).toEqual([SESSION_ID]);
  await page.screenshot({ path: `${SHOTS}/archive-area.png`, fullPage: true });
});

test('the integrity check says the data is intact, or names the altered sheet with a link', async ({ page }) => {
  await seedWorkspace(page, records(SEED));
  await openArchiveArea(page);
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn dữ liệu' }).click();
  await expect(page.getByText('Dữ liệu toàn vẹn.')).toBeVisible();
  await expect(page.getByText(`1 phiên chấm, ${SEED.tables.sheets.length} phiếu, 1 phiên bản kết quả`)).toBeVisible();
  await page
    .locator('.archive-panel')
    .last()
    .screenshot({ path: `${SHOTS}/archive-integrity-ok.png` });

  // Someone edits a sealed sheet straight in the database.
  const sheet = SEED.tables.sheets.find((s) => s.seal !== null);
  if (!sheet) throw new Error('no sealed sheet');
  const [criterion, choice] = Object.entries(sheet.choices)[0] ?? ['', 0];
  const edited = { ...sheet, choices: { ...sheet.choices, [criterion]: choice === 0 ? 1 : 0 } };
  const sheets = SEED.tables.sheets.map((s) => (s.id === sheet.id ? edited : s));
  await seedWorkspace(page, { productSheets: storeContents({ ...SEED.tables, sheets })['productSheets'] ?? [] });
  await openArchiveArea(page);
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn dữ liệu' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'Phát hiện 2 vấn đề về toàn vẹn dữ liệu' });
  await expect(problems).toBeVisible();
  await expect(problems.locator('[data-issue="archive.sealMismatch"]')).toContainText(`mã ${sheet.id}`);
  await page
    .locator('.archive-panel')
    .last()
    .screenshot({ path: `${SHOTS}/archive-integrity-problem.png` });
  await problems.getByRole('link', { name: 'Mở phiên chấm' }).first().click();
  await expect(page).toHaveURL(new RegExp(`#/sessions/${SESSION_ID}/results$`));
});

test('a workspace kept by the previous release (one record per sheet event) is upgraded on start, whole', async ({
  page,
  council,
}) => {
  // The database as release 0.1 (schema version 3) left it: sheets, and one record per sheet event.
  const old = archiveAsV1(SEED).tables;
  await page.route('**/old-release.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>0.1</title>' }),
  );
  await page.goto('/old-release.html');
  await page.evaluate(
    async (tables) => {
      const keys: Record<string, string> = { settings: 'key', planTargets: 'year' };
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ocop-council', 30);
        request.onupgradeneeded = () => {
          for (const store of Object.keys(tables))
            request.result.createObjectStore(store, { keyPath: keys[store] ?? 'id' });
        };
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [store, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('seed'));
        };
        request.onerror = () => reject(request.error ?? new Error('open'));
      });
    },
    old as unknown as Record<string, unknown[]>,
  );

  // The new release starts: a snapshot of the data as it was, then the upgrade.
  await openArchiveArea(page);
  await expect(page.locator('tr[data-reason="before-upgrade"]')).toContainText('Trước khi nâng cấp dữ liệu');
  await page
    .locator('.archive-panel')
    .first()
    .screenshot({ path: `${SHOTS}/archive-after-upgrade.png` });
  const [snapshot] = readdirSync(path.join(council.dataDir, 'snapshots')).filter((f) =>
    f.endsWith('-before-upgrade.archive.json'),
  );
  const kept = JSON.parse(readFileSync(path.join(council.dataDir, 'snapshots', snapshot ?? ''), 'utf8')) as Archive;
  expect(kept.tables).toEqual(inKeyOrder(SEED.tables));

  // Every sheet, every event and the chain are there, and the workspace checks intact.
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn dữ liệu' }).click();
  await expect(page.getByText('Dữ liệu toàn vẹn.')).toBeVisible();
  const { archive } = await exportFromScreen(page);
  expect(archive.tables).toEqual(inKeyOrder(SEED.tables));
  expect(archive.chain).toEqual(SEED.chain);
  await page.goto(`/#/sessions/${SESSION_ID}/results`);
  await expect(page.locator('tr[data-result]')).toHaveCount(2);
});
