import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Archive } from '../../src/shared/archive/archive.schema';
import {
  badArchives,
  matchingIssues,
  richArchive,
  type BadArchiveKind,
} from '../../src/shared/archive/testing/bad-archives';
import type { SheetEvent } from '../../src/shared/domain/council-session/sheet-events';
import { checkArchive } from '../../src/shared/archive/check-archive';
import { verifyArchive } from '../../src/shared/archive/verify-archive';
import type { DomainIssue } from '../../src/shared/domain/issues/domain-issue';
import { createI18n, translator } from '../../src/shared/i18n/create-i18n';
import { bindCouncil, expect, test, type CouncilFixture } from './fixtures/council';
import { storeContents, storeEvents, storeSheets } from './fixtures/idb-store';
import { SCORING, inKeyOrder, largeArchive, scoringRecords, sessionArchive } from './fixtures/reliability-data';
import { seedWorkspace } from './fixtures/workspace';

/**
 * The reliability suite in the browser: the page killed (its renderer crashed through CDP) while a member
 * scores and while a restore writes, then reopened in the same profile; and bad files through the archive
 * screen. Nothing entered before the kill is lost, nothing is half-written, the integrity check agrees.
 */
const SHEET_URL = `/#/sessions/${SCORING.sessionId}/score/member/${SCORING.memberId}/${SCORING.productId}`;
const SHEET_ID = `${SCORING.sessionId}|${SCORING.memberId}|${SCORING.productId}|1|primary`;
const COMMENT = 'Hương thơm đặc trưng, bao bì cần ghi rõ hạn dùng.';
/**
 * Sessions in the archive the restore is killed in: 6 records each to write (a session, its audit entry,
 * and the sheets and the logs of its two products), 900 in all, each write slowed down (see below).
 */
const COPIES = 150;
const say = translator(createI18n('vi'));

/** Crashes the page's renderer (as a power cut or a killed process would) and waits until it is gone. */
async function crash(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

/** A new page in the same profile (same IndexedDB), bound to main's handlers over the same data folder. */
async function reopen(page: Page, council: CouncilFixture, baseURL: string | undefined): Promise<Page> {
  const again = await page.context().newPage();
  await bindCouncil(again, council.dataDir, new URL(baseURL ?? 'http://127.0.0.1').origin, council);
  return again;
}

const keyFor = (index: number): string => String((index % 2) + 1);

async function typeCriteria(page: Page, from: number, to: number): Promise<void> {
  await page.locator(`[data-sheet-index="${from}"] input[type="radio"]`).first().focus();
  for (let index = from; index < to; index += 1) await page.keyboard.press(keyFor(index));
}

/** The open sheet's record and events, straight from IndexedDB. */
async function sheetState(page: Page) {
  const sheet = (await storeSheets(page)).find((s) => s.id === SHEET_ID);
  const events = (await storeEvents(page))
    .filter((e) => e.sessionId === SCORING.sessionId && e.memberId === SCORING.memberId)
    .filter((e) => e.productId === SCORING.productId)
    .sort((a, b) => a.seq - b.seq);
  return { sheet, events };
}

/** The choices and comment the events add up to (the append-only record the sheet must equal). */
function fold(events: readonly SheetEvent[]) {
  const choices: Record<string, unknown> = {};
  let comment = '';
  for (const e of events) {
    if (e.type === 'choose' && e.criterionId !== undefined) choices[e.criterionId] = e.choice;
    if (e.type === 'comment') comment = e.comment ?? '';
  }
  return { choices, comment };
}

/** Which criteria of the sheet on screen are answered, in order, and whether each is the option typed. */
async function answeredOnScreen(page: Page): Promise<boolean[]> {
  const answered: boolean[] = [];
  for (let index = 0; index < SCORING.criteria; index += 1) {
    const radios = page.locator(`[data-sheet-index="${index}"] .sheet-options input[type="radio"]`);
    const typed = await radios.nth(Number(keyFor(index)) - 1).isChecked();
    const any = (await page.locator(`[data-sheet-index="${index}"] input[type="radio"]:checked`).count()) > 0;
    // Answered with another option than typed would be a corrupted write.
    expect(any === typed, `criterion ${index}`).toBe(true);
    answered.push(typed);
  }
  return answered;
}

async function openArchiveArea(page: Page): Promise<void> {
  await page.goto('/#/archive');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Lưu trữ' })).toBeVisible();
}

async function exportFromScreen(page: Page): Promise<Archive> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bản sao lưu (USB)' }).click();
  return JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as Archive;
}

async function expectIntact(page: Page): Promise<void> {
  await openArchiveArea(page);
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn dữ liệu' }).click();
  await expect(page.getByText('Dữ liệu toàn vẹn.')).toBeVisible();
}

test('a member’s answers survive the page being killed mid-sheet; the sheet stays open and is finished after', async ({
  page,
  council,
  baseURL,
}) => {
  await seedWorkspace(page, scoringRecords());
  await page.goto(SHEET_URL);
  await page.reload();
  await expect(page.locator('[data-sheet-index="0"] input[type="radio"]').first()).toBeFocused();
  await typeCriteria(page, 0, 12);
  await page.getByLabel('Ý kiến của người đánh giá').fill(COMMENT);
  // Written (the autosave writes each change at once as an event)…
  await expect.poll(async () => (await sheetState(page)).sheet?.comment).toBe(COMMENT);
  await expect.poll(async () => Object.keys((await sheetState(page)).sheet?.choices ?? {}).length).toBe(12);
  // …then four more answers, and the page dies at once, without waiting for anything.
  await typeCriteria(page, 12, 16);
  await crash(page);

  const again = await reopen(page, council, baseURL);
  await again.goto(SHEET_URL);
  await expect(again.getByLabel('Ý kiến của người đánh giá')).toHaveValue(COMMENT);
  const answered = await answeredOnScreen(again);
  const count = answered.filter(Boolean).length;
  // Everything written before is there; of the last four, those written are the first ones typed, in order.
  expect(count).toBeGreaterThanOrEqual(12);
  expect(count).toBeLessThanOrEqual(16);
  expect(answered.slice(0, count).every(Boolean)).toBe(true);
  const { sheet, events } = await sheetState(again);
  expect(sheet?.seal).toBeNull();
  expect(events.filter((e) => e.type === 'seal')).toEqual([]);
  expect(fold(events)).toEqual({ choices: sheet?.choices, comment: sheet?.comment });
  expect(Object.keys(sheet?.choices ?? {})).toHaveLength(count);

  // The member goes on from where the record stops, and submits.
  await typeCriteria(again, count, SCORING.criteria);
  await again.keyboard.press('Control+Enter');
  await expect.poll(async () => (await sheetState(again)).sheet?.seal ?? null).toMatch(/^[0-9a-f]{64}$/);
  const sealed = await sheetState(again);
  expect(sealed.events.filter((e) => e.type === 'seal')).toHaveLength(1);
  expect(sealed.sheet?.comment).toBe(COMMENT);
  expect(Object.keys(sealed.sheet?.choices ?? {})).toHaveLength(SCORING.criteria);
  await expectIntact(again);
});

test('a page killed as the member submits leaves the sheet sealed whole or not at all', async ({
  page,
  council,
  baseURL,
}) => {
  await seedWorkspace(page, scoringRecords());
  await page.goto(SHEET_URL);
  await page.reload();
  await typeCriteria(page, 0, SCORING.criteria);
  await expect.poll(async () => Object.keys((await sheetState(page)).sheet?.choices ?? {}).length).toBe(32);
  await page.keyboard.press('Control+Enter');
  await crash(page);

  const again = await reopen(page, council, baseURL);
  await again.goto(SHEET_URL);
  await expect(again.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const { sheet, events } = await sheetState(again);
  const seals = events.filter((e) => e.type === 'seal');
  if (seals.length === 0) {
    // Not sealed: nothing of a seal anywhere, every answer still there, and the member submits again.
    expect(sheet?.seal).toBeNull();
    expect(Object.keys(sheet?.choices ?? {})).toHaveLength(SCORING.criteria);
    await again.locator('[data-sheet-index="0"] input[type="radio"]').first().focus();
    await again.keyboard.press('Control+Enter');
    await expect.poll(async () => (await sheetState(again)).sheet?.seal ?? null).toMatch(/^[0-9a-f]{64}$/);
  } else {
    expect(seals).toHaveLength(1);
    expect(sheet?.seal).toBe(seals[0]?.seal);
  }
  await expectIntact(again);
});

test('a restore killed while it writes leaves the workspace as it was; one killed after it, as the file', async ({
  page,
  council,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const big = largeArchive(COPIES);
  // What the restore writes: the stores' records (the sheets' logs grouped by product).
  const records = Object.values(storeContents(big.tables)).reduce((sum, rows) => sum + rows.length, 0);
  expect(records).toBeGreaterThan(800);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ocop-e2e-rel-')), 'luu-tru-lon.archive.json');
  writeFileSync(file, JSON.stringify(big));
  // Counts the records the page writes (every IndexedDB add or put), to kill it half-way through; each
  // write takes 10 ms more, as on a slow disk, so that the restore is still writing when the kill lands:
  // the kill is carried out between the page's tasks, and a table's records are issued in one task, so
  // the sheets' and the logs' tables (300 records each) keep it writing for 6 s after it is sent.
  const counting = `(() => {
    window.__relWrites = 0;
    for (const name of ['add', 'put']) {
      const original = IDBObjectStore.prototype[name];
      IDBObjectStore.prototype[name] = function (...args) {
        window.__relWrites += 1;
        const until = performance.now() + 10;
        while (performance.now() < until);
        return original.apply(this, args);
      };
    }
  })();`;
  await seedWorkspace(page, scoringRecords());
  await page.addInitScript({ content: counting });
  await openArchiveArea(page);
  const before = await exportFromScreen(page);

  const restore = async (on: Page) => {
    await on.getByLabel('Nhập/Khôi phục từ tệp…').setInputFiles(file);
    await on.getByLabel('Khôi phục (thay toàn bộ dữ liệu)').check();
    await expect(on.getByRole('button', { name: 'Khôi phục từ tệp', exact: true })).toBeEnabled();
    await on.evaluate(() => ((window as unknown as { __relWrites: number }).__relWrites = 0));
    await on.getByRole('button', { name: 'Khôi phục từ tệp', exact: true }).click();
  };
  await restore(page);
  // Killed as soon as 300 records are written (the sessions and their audit entries), while the sheets
  // and their logs are still to come: the transaction commits only once every record of the file is in.
  const written = await page.waitForFunction(
    () => {
      const n = (window as unknown as { __relWrites: number }).__relWrites;
      return n >= 300 ? n : false;
    },
    undefined,
    { polling: 5 },
  );
  expect(await written.jsonValue()).toBeLessThan(records);
  await crash(page);

  const again = await reopen(page, council, baseURL);
  await again.addInitScript({ content: counting });
  await openArchiveArea(again);
  // Killed half-way: none of the file, all of the workspace (one transaction, rolled back).
  expect((await exportFromScreen(again)).tables).toEqual(before.tables);
  const snapshots = readdirSync(path.join(council.dataDir, 'snapshots')).filter((f) =>
    f.endsWith('-before-restore.archive.json'),
  );
  expect(snapshots).toHaveLength(1);
  const snapshot = JSON.parse(
    readFileSync(path.join(council.dataDir, 'snapshots', snapshots[0] ?? ''), 'utf8'),
  ) as Archive;
  expect(snapshot.tables).toEqual(before.tables);
  await expectIntact(again);

  // The same restore to its end, then killed: the file, whole.
  await restore(again);
  await expect(again.getByText('Đã khôi phục dữ liệu từ tệp “luu-tru-lon.archive.json”.')).toBeVisible({
    timeout: 60_000,
  });
  expect(await again.evaluate(() => (window as unknown as { __relWrites: number }).__relWrites)).toBeGreaterThanOrEqual(
    records,
  );
  await crash(again);
  const third = await reopen(again, council, baseURL);
  await openArchiveArea(third);
  expect((await exportFromScreen(third)).tables).toEqual(inKeyOrder(big.tables));
  await expectIntact(third);
});

/** The issues a file is refused for, as the archive screen reads it (JSON, then check, then verify). */
function refusal(text: string): DomainIssue[] {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return [{ key: 'json', path: [], params: {} }];
  }
  const checked = checkArchive(input);
  return checked.ok ? verifyArchive(checked.archive) : checked.issues;
}

/** One bad file of each of these kinds goes through the archive screen. */
const SHOWN_KINDS: readonly BadArchiveKind[] = [
  'truncated',
  'version',
  'tampered',
  'duplicate-id',
  'prototype-key',
  'dangling',
];

test('bad files chosen on the archive screen are refused with what is wrong and where; nothing changes', async ({
  page,
}) => {
  const cases = badArchives(richArchive(sessionArchive('rel-bad-file', 'Phiên chấm của tệp hỏng')));
  const chosen = SHOWN_KINDS.map((kind) => {
    // The truncated file is one cut short (the first few are special shapes); a prototype key in a record.
    const of = cases.filter((c) => c.kind === kind);
    return (
      (kind === 'truncated' ? of.find((c) => c.name.includes('cut at')) : kind === 'prototype-key' ? of[3] : of[0]) ??
      of[0]
    );
  });
  await seedWorkspace(page, scoringRecords());
  await openArchiveArea(page);
  const before = await exportFromScreen(page);
  const dir = mkdtempSync(path.join(tmpdir(), 'ocop-e2e-bad-'));
  for (const bad of chosen) {
    if (!bad) throw new Error('no case');
    const text = bad.text();
    const name = `${bad.kind}.archive.json`;
    writeFileSync(path.join(dir, name), text);
    const found = matchingIssues(bad, refusal(text))[0];
    if (!found) throw new Error(`${bad.name}: not refused for ${bad.refusedFor.join(', ')}`);

    await page.getByLabel('Nhập/Khôi phục từ tệp…').setInputFiles(path.join(dir, name));
    const alert = page.getByRole('alert').filter({ hasText: `Tệp “${name}” không hợp lệ hoặc đã bị sửa` });
    await expect(alert, bad.name).toBeVisible();
    const item = alert.locator(`[data-issue="${found.key}"]`).first();
    // The JSON parser's own words differ between Node and Chromium: the sentence around them does not.
    const message = say(`issue.${found.key}`, found.params);
    await expect(item, bad.name).toContainText(found.key === 'json' ? 'tệp không phải JSON hợp lệ' : message);
    const [head, table, index] = found.path;
    if (head === 'tables' && typeof index === 'number')
      await expect(item, bad.name).toContainText(
        `${say(`archiveUi.table.${String(table)}`)}, bản ghi thứ ${index + 1}`,
      );
    else if (found.path.length > 0) await expect(item, bad.name).toContainText('trường');
    await expect(page.getByRole('button', { name: /^(Gộp dữ liệu|Khôi phục từ tệp)$/ })).toHaveCount(0);
    await alert.screenshot({ path: `test-results/screenshots/reliability-bad-${bad.kind}.png` });
  }
  expect((await exportFromScreen(page)).tables).toEqual(before.tables);
  expect(readdirSync(dir)).toHaveLength(SHOWN_KINDS.length);
});
