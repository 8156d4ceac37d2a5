/**
 * The benchmark harness: `npm run bench [-- FILTER]`. Runs every bench (or those whose name contains
 * FILTER) and prints one JSON line per figure on stdout; progress goes to stderr. See bench/README.md.
 * To add a bench: write bench/benches/<name>.ts exporting a `Bench`, and list it in BENCHES.
 */
import { archiveProvince } from './benches/archive-province';
import { dbWorkspace } from './benches/db-workspace';
import { documentsBench } from './benches/documents';
import { resultsProvinceScale } from './benches/results-province-scale';
import { scoringSubmit } from './benches/scoring-submit';
import { scoringKeystrokes } from './benches/scoring-keystrokes';
import type { Bench } from './lib/bench';
import { info, printFigure } from './lib/report';

const BENCHES: readonly Bench[] = [
  resultsProvinceScale,
  dbWorkspace,
  scoringKeystrokes,
  scoringSubmit,
  documentsBench,
  archiveProvince,
];

async function main(filter: string | undefined): Promise<number> {
  const selected = filter ? BENCHES.filter((bench) => bench.name.includes(filter)) : BENCHES;
  if (selected.length === 0) {
    info(`no bench name contains "${filter ?? ''}"; benches: ${BENCHES.map((b) => b.name).join(', ')}`);
    return 1;
  }
  for (const bench of selected) {
    info(`running ${bench.name}`);
    for (const figure of await bench.run()) printFigure(figure);
  }
  return 0;
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    info(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
