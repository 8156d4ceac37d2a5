import type { Page } from '@playwright/test';
import { isDeepStrictEqual } from 'node:util';
import type { RubricCriterion, RubricSet } from '../../src/shared/domain/rubric/rubric-pack.schema';
import type { Choice } from '../../src/shared/domain/session/session-file.schema';
import type { ScoringSheetHarness, SheetHarnessOptions, SheetHarnessState } from './scoring-harness-types';

/** The scoring-sheet harness page, bundled by `withBenchPage` with the React plugin. */
export const SCORING_PAGE = 'bench/browser/scoring-sheet-page.tsx';
export const SCORING_VIEWPORT = { width: 1366, height: 768 } as const;

type Harness = typeof globalThis & ScoringSheetHarness;

export async function mountSheet(page: Page, set: RubricSet, options: SheetHarnessOptions = {}): Promise<void> {
  await page.evaluate(([s, o]) => (globalThis as Harness).mountScoringSheet(s, o), [set, options] as const);
}

export function sheetState(page: Page): Promise<SheetHarnessState> {
  return page.evaluate(() => (globalThis as Harness).sheetState());
}

/** The index of the criterion that holds the keyboard focus, or −1. */
export function focusedCriterion(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as Harness).focusedCriterion());
}

/** One intended answer: the choice and the row it is on the sheet (options in form order, none applies last). */
export interface PlannedAnswer {
  readonly choice: Choice;
  readonly row: number;
}

function optionCount(criterion: RubricCriterion): number {
  return (criterion.options?.length ?? 0) + (criterion.variants ?? []).reduce((n, v) => n + v.options.length, 0);
}

/**
 * A member's answers for a whole sheet, varied and deterministic: every fifth criterion "none applies",
 * the others spread over the options; variant criteria alternate between their cases. Worked out from
 * the rubric here, independently of the sheet's own code, so the final state checks the sheet.
 */
export function planAnswers(set: RubricSet): PlannedAnswer[] {
  return set.criteria.map((criterion, index) => {
    const count = optionCount(criterion);
    if (index % 5 === 3) return { choice: null, row: count };
    if (criterion.variants) {
      const variantIndex = index % criterion.variants.length;
      const variant = criterion.variants[variantIndex];
      if (!variant) throw new Error(`no variant ${variantIndex} on ${criterion.id}`);
      const option = index % variant.options.length;
      const before = criterion.variants.slice(0, variantIndex).reduce((n, v) => n + v.options.length, 0);
      return { choice: { variant: variant.id, option }, row: before + option };
    }
    const option = (index * 3 + 1) % count;
    return { choice: option, row: option };
  });
}

export function plannedChoices(set: RubricSet, plan: readonly PlannedAnswer[]): Record<string, Choice> {
  return Object.fromEntries(set.criteria.map((criterion, index) => [criterion.id, plan[index]?.choice ?? null]));
}

/** The key the sheet shows beside row `row` of criterion `index` (what a member reads before pressing). */
export async function keyShown(page: Page, index: number, row: number): Promise<string> {
  const key = await page
    .locator(`[data-sheet-index="${index}"] .sheet-option`)
    .nth(row)
    .locator('.sheet-key')
    .textContent();
  if (!key) throw new Error(`criterion ${index}, row ${row}: no key shown`);
  return key;
}

/**
 * Fills a sheet from the keyboard only, as a member would: the sheet opens with the focus on the first
 * criterion, each answer is the key shown beside the intended row, then Ctrl+Enter. Returns the number of
 * key presses; throws unless the parent received exactly the intended answers and one submit.
 */
export async function fillByKeyboard(page: Page, set: RubricSet): Promise<{ presses: number; noneApplies: number }> {
  const plan = planAnswers(set);
  await mountSheet(page, set, { autoFocus: true });
  const keys: string[] = [];
  for (const [index, answer] of plan.entries()) keys.push(await keyShown(page, index, answer.row));
  let presses = 0;
  for (const key of [...keys, 'Control+Enter']) {
    await page.keyboard.press(key);
    presses += 1;
  }
  const state = await sheetState(page);
  const expected = plannedChoices(set, plan);
  if (!isDeepStrictEqual(state.choices, expected)) {
    throw new Error(
      `set ${set.no}: the sheet reported ${JSON.stringify(state.choices)}, intended ${JSON.stringify(expected)}`,
    );
  }
  if (state.submits !== 1) throw new Error(`set ${set.no}: submitted ${state.submits} times, expected once`);
  return { presses, noneApplies: plan.filter((answer) => answer.choice === null).length };
}
