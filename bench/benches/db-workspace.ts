import type { DbBenchResult } from '../lib/db-bench-types';
import type { Bench, BenchFigure } from '../lib/bench';
import { withBenchPage } from '../lib/chromium-page';
import { info, significant } from '../lib/report';
import { median } from '../lib/timing';

const PRODUCTS = 5000;
const SHEETS = 50000;

/** The p-th percentile (nearest rank) of a list of samples. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * The workspace database in Chromium's IndexedDB at province scale (5,000 products, 50,000 sheets):
 * product search as the secretary types (p95 of 200 queries) and the dashboard's load.
 */
export const dbWorkspace: Bench = {
  name: 'db',
  async run(): Promise<BenchFigure[]> {
    info(`db: seeding ${PRODUCTS} products and ${SHEETS} sheets in Chromium's IndexedDB`);
    const result = await withBenchPage('bench/browser/db-bench-page.ts', (page) =>
      page.evaluate(
        ([products, sheets]) =>
          (globalThis as unknown as { runDbBench: (p: number, s: number) => Promise<DbBenchResult> }).runDbBench(
            products,
            sheets,
          ),
        [PRODUCTS, SHEETS] as const,
      ),
    );
    info(`db: seeded in ${significant(result.seedSeconds)} s: ${JSON.stringify(result.counts)}`);
    return [
      {
        bench: 'db.product-search.p95-ms',
        value: significant(percentile(result.searchMs, 95)),
        unit: 'ms',
        aim: 100,
        queries: result.searchMs.length,
        median: significant(median(result.searchMs)),
        max: significant(Math.max(...result.searchMs)),
        products: result.counts['products'] ?? 0,
        sheets: result.counts['sheets'] ?? 0,
      },
      {
        bench: 'db.dashboard-load-ms',
        value: significant(median(result.dashboardMs)),
        unit: 'ms',
        aim: 300,
        runs: result.dashboardMs.length,
        min: significant(Math.min(...result.dashboardMs)),
        max: significant(Math.max(...result.dashboardMs)),
        rows: result.dashboardRows,
        products: result.counts['products'] ?? 0,
        certificates: result.counts['certificates'] ?? 0,
        sheets: result.counts['sheets'] ?? 0,
      },
    ];
  },
};
