import type { SubmitBenchResult } from '../lib/db-bench-types';
import type { Bench, BenchFigure } from '../lib/bench';
import { loadBundledPack } from '../lib/bundled-pack';
import { withBenchPage } from '../lib/chromium-page';
import { info, significant } from '../lib/report';
import { median } from '../lib/timing';

/**
 * A session of 15 members × 30 products (450 sheets, ~14,000 sheet events) in Chromium's IndexedDB: the
 * time from a member's submit (the seal, through the repositories as the app does it) until the session's
 * results are computed anew, median over the last 12 submits.
 */
export const scoringSubmit: Bench = {
  name: 'scoring-submit',
  async run(): Promise<BenchFigure[]> {
    const pack = loadBundledPack('26-2026.json');
    const result = await withBenchPage('bench/browser/session-bench-page.ts', (page) =>
      page.evaluate(
        (p) =>
          (globalThis as unknown as { runSubmitBench: (pack: unknown) => Promise<SubmitBenchResult> }).runSubmitBench(
            p,
          ),
        pack as unknown,
      ),
    );
    if (result.phase !== 'review' || !(result.lastMean > 0))
      throw new Error(`the session did not complete: ${JSON.stringify(result)}`);
    info(`scoring-submit: ${result.sheets} sheets, ${result.events} events; phase ${result.phase}`);
    return [
      {
        bench: 'scoring.submit-to-results-ms',
        value: significant(median(result.submitMs)),
        unit: 'ms',
        aim: 50,
        submits: result.submitMs.length,
        min: significant(Math.min(...result.submitMs)),
        max: significant(Math.max(...result.submitMs)),
        members: 15,
        products: 30,
        sheets: result.sheets,
      },
    ];
  },
};
