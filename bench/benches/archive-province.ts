import type { Bench, BenchFigure } from '../lib/bench';
import { withBenchPage } from '../lib/chromium-page';
import type { ArchiveBenchResult } from '../lib/db-bench-types';
import { info, significant } from '../lib/report';
import { median } from '../lib/timing';

const NAME = 'archive';
/** Each run imports about 1.2 million records, so fewer runs than the default. */
const WARMUP = 0;
const RUNS = 1;

const stats = (samples: readonly number[]) => ({
  min: significant(Math.min(...samples)),
  max: significant(Math.max(...samples)),
  runs: samples.length,
  warmup: WARMUP,
});

/**
 * The province-scale archive (10 yearly finalised sessions, 300 products × 12 members, 36,000 counted
 * sheets and their 1.15 million events) in Chromium's IndexedDB, through the app's own code
 * (bench/browser/archive-bench-page.ts): its import into an empty workspace (restore), its export and
 * its verification.
 */
export const archiveProvince: Bench = {
  name: NAME,
  async run(): Promise<BenchFigure[]> {
    info(`${NAME}: building the province-scale archive in Chromium, then ${WARMUP} + ${RUNS} import/export runs`);
    const r = await withBenchPage('bench/browser/archive-bench-page.ts', (page) => {
      page.on('console', (message) => info(message.text()));
      return page.evaluate(
        ([warmup, runs]) =>
          (
            globalThis as unknown as { runArchiveBench: (w: number, r: number) => Promise<ArchiveBenchResult> }
          ).runArchiveBench(warmup, runs),
        [WARMUP, RUNS] as const,
      );
    });
    if (r.problems !== 0 || !r.sameChain) throw new Error(`the export does not verify: ${r.problems} problems`);
    info(`${NAME}: ${r.chars} characters, ${JSON.stringify(r.counts)}, ${r.countedSheets} counted sheets`);
    const imports = r.readSeconds.map((read, i) => read + (r.writeSeconds[i] ?? NaN));
    const common = {
      n: r.countedSheets,
      sheets: r.counts['sheets'] ?? 0,
      logs: r.counts['sheetLogs'] ?? 0,
      events: r.events,
      sessions: r.counts['sessions'] ?? 0,
      megabytes: significant(r.chars / 1e6, 3),
    };
    return [
      {
        bench: `${NAME}.export.seconds`,
        value: significant(median(r.exportSeconds)),
        unit: 's',
        aim: 10,
        ...common,
        ...stats(r.exportSeconds),
      },
      {
        bench: `${NAME}.import.seconds`,
        value: significant(median(imports)),
        unit: 's',
        aim: 10,
        ...common,
        read: significant(median(r.readSeconds)),
        write: significant(median(r.writeSeconds)),
        ...stats(imports),
      },
      {
        bench: `${NAME}.verify.seconds`,
        value: significant(median(r.verifySeconds)),
        unit: 's',
        aim: 2,
        ...common,
        check: significant(median(r.checkSeconds)),
        links: r.chainLength,
        ...stats(r.verifySeconds),
      },
    ];
  },
};
