import path from 'node:path';
import type { RubricSet } from '../../src/shared/domain/rubric/rubric-pack.schema';
import type { Bench, BenchFigure } from '../lib/bench';
import { loadBundledPack } from '../lib/bundled-pack';
import { withBenchPage } from '../lib/chromium-page';
import { info } from '../lib/report';
import { checkSheetBehaviour, screenshotSheet } from '../lib/scoring-checks';
import { SCORING_PAGE, SCORING_VIEWPORT, fillByKeyboard } from '../lib/scoring-page';

const SCREENSHOTS = path.resolve('test-results', 'screenshots');

function setOf(sets: readonly RubricSet[], no: number): RubricSet {
  const set = sets.find((candidate) => candidate.no === no);
  if (!set) throw new Error(`pack 26/2026 has no set ${no}`);
  return set;
}

/**
 * Key presses to fill a whole scoring sheet from the keyboard and submit it, in Chromium with the real
 * component: set 11 of pack 26/2026 (tea, 32 criteria) and set 26 (community tourism, 32 criteria, three
 * with two variant lists). The answers are checked against what was intended, so the count is honest.
 */
export const scoringKeystrokes: Bench = {
  name: 'scoring-keystrokes',
  async run(): Promise<BenchFigure[]> {
    const pack = loadBundledPack('26-2026.json');
    const set11 = setOf(pack.sets, 11);
    const set26 = setOf(pack.sets, 26);
    return withBenchPage(
      SCORING_PAGE,
      async (page) => {
        const tea = await fillByKeyboard(page, set11);
        info(`scoring: set 11 filled and submitted in ${tea.presses} key presses`);
        const tourism = await fillByKeyboard(page, set26);
        info(`scoring: set 26 filled and submitted in ${tourism.presses} key presses`);
        await checkSheetBehaviour(page, set11);
        info('scoring: keyboard behaviours checked (refused submit, clear, next unanswered, double entry)');
        if (process.env['SCORING_SCREENSHOTS']) {
          for (const file of await screenshotSheet(page, set11, set26, SCREENSHOTS)) info(`scoring: saved ${file}`);
        }
        return [
          {
            bench: 'scoring.keystrokes-per-sheet',
            value: tea.presses,
            unit: 'keystrokes',
            aim: 40,
            criteria: set11.criteria.length,
            set: 11,
            noneApplies: tea.noneApplies,
            set26: tourism.presses,
            set26Criteria: set26.criteria.length,
            set26VariantCriteria: set26.criteria.filter((criterion) => criterion.variants).length,
          },
        ];
      },
      { react: true, viewport: SCORING_VIEWPORT },
    );
  },
};
