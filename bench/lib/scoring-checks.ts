import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { RubricSet } from '../../src/shared/domain/rubric/rubric-pack.schema';
import type { Choice } from '../../src/shared/domain/session/session-file.schema';
import { focusedCriterion, mountSheet, planAnswers, plannedChoices, sheetState } from './scoring-page';

function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`scoring sheet: ${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

/**
 * The keyboard behaviours the keystroke figure relies on, in the real component: a refused submit shows
 * the first criterion left and how many remain, Backspace clears to "not yet scored", N finds the next
 * one left, ↑/↓ move without changing anything, and a double entry refuses to submit while answers differ.
 */
export async function checkSheetBehaviour(page: Page, set: RubricSet): Promise<void> {
  const count = set.criteria.length;
  await mountSheet(page, set, { autoFocus: true });
  for (const key of ['1', '0', '2', 'Control+Enter']) await page.keyboard.press(key);
  let state = await sheetState(page);
  expectEqual(state.submitted, false, 'Ctrl+Enter on an incomplete sheet submits');
  expectEqual(await focusedCriterion(page), 3, 'Ctrl+Enter on an incomplete sheet focuses the first criterion left');
  expectEqual(
    await page.locator('.sheet-message').textContent(),
    `Chưa nộp được: còn ${count - 3} tiêu chí chưa chấm.`,
    'the refusal message',
  );
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Backspace');
  state = await sheetState(page);
  expectEqual(Object.keys(state.choices).sort(), [set.criteria[0]?.id, set.criteria[1]?.id].sort(), 'Backspace clears');
  expectEqual(await page.locator('.sheet-criterion.is-empty').count(), count - 2, '"not yet scored" criteria');
  await page.keyboard.press('End');
  await page.keyboard.press('n');
  expectEqual(await focusedCriterion(page), 2, 'N wraps round, skipping answered criteria ("none applies" too)');
  await page.keyboard.press('n');
  expectEqual(await focusedCriterion(page), 3, 'N goes on to the next criterion left');

  const plan = planAnswers(set);
  const other = plannedChoices(set, plan);
  const first = set.criteria[0]?.id ?? '';
  const mine: Record<string, Choice> = { ...other, [first]: other[first] === null ? 0 : null };
  await mountSheet(page, set, { choices: mine, compareWith: other, autoFocus: true });
  await page.keyboard.press('Control+Enter');
  expectEqual((await sheetState(page)).submitted, false, 'a double entry that differs submits');
  expectEqual(await page.locator('.sheet-criterion.is-mismatch').count(), 1, 'mismatched criteria');
  expectEqual(await focusedCriterion(page), 0, 'Ctrl+Enter shows the first mismatch');
  await page.keyboard.press(plan[0]?.choice === null ? '0' : String((plan[0]?.row ?? 0) + 1));
  await page.keyboard.press('Control+Enter');
  expectEqual((await sheetState(page)).submitted, true, 'a double entry that agrees submits');
}

/**
 * Screenshots of the sheet for a human to look at (SCORING_SCREENSHOTS=1): empty, half filled with some
 * "none applies", complete, read-only, double entry with mismatches, and set 26 with its variant lists.
 */
export async function screenshotSheet(page: Page, set11: RubricSet, set26: RubricSet, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const saved: string[] = [];
  const shot = async (name: string) => {
    const path = `${dir}/scoring-sheet-${name}.png`;
    await page.screenshot({ path });
    saved.push(path);
  };
  const header = { member: 'Nguyễn Văn A (Chủ tịch)', product: 'Chè Shan tuyết cổ thụ', round: 'Vòng 1' };
  const all = plannedChoices(set11, planAnswers(set11));
  const half = Object.fromEntries(Object.entries(all).slice(0, 16));

  await mountSheet(page, set11, { autoFocus: true, header });
  await shot('empty');
  await mountSheet(page, set11, { choices: half, autoFocus: true, header });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await shot('half-filled');
  const comment = 'Sản phẩm có câu chuyện tốt; cần bổ sung hồ sơ công bố chất lượng.';
  await mountSheet(page, set11, { choices: all, comment, autoFocus: true, header });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await shot('complete');
  await mountSheet(page, set11, { choices: all, comment, readOnly: true, header });
  await shot('read-only');
  // Three typing slips: another option, "none applies" for an option, an option for "none applies".
  const typed: Record<string, Choice> = { ...all, 'A-1.2': 2, 'A-1.3': null, 'A-1.4': 1 };
  await mountSheet(page, set11, { choices: typed, compareWith: all, autoFocus: true, header });
  await page.keyboard.press('Control+Enter');
  await shot('double-entry');
  const tourism = plannedChoices(set26, planAnswers(set26));
  const upToC8 = Object.fromEntries(Object.entries(tourism).slice(0, 22));
  await mountSheet(page, set26, { choices: { ...upToC8, 'C-9': tourism['C-9'] ?? null }, autoFocus: true });
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowUp');
  await shot('set26-variants');
  await mountSheet(page, set11, { choices: half, autoFocus: true, language: 'en', header });
  await shot('english');
  return saved;
}
