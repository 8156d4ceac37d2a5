/**
 * Runs in Chromium (bundled by bench/benches/db-workspace.ts): seeds a workspace database and times the
 * repositories as the app uses them. Exposes `window.runDbBench()`.
 */
import { groupSheets, ungroupSheets } from '../../src/shared/archive/sheet-records';
import { CouncilDb } from '../../src/renderer/src/db/council-db';
import { loadDashboard } from '../../src/renderer/src/db/dashboard.repository';
import { repositoriesFor } from '../../src/renderer/src/db/database';
import type { IsoDate } from '../../src/shared/domain/dates/iso-date';
import type { DbBenchResult } from '../lib/db-bench-types';
import { buildWorkspaceData } from './workspace-data';

const DASHBOARD_YEAR = 2025;

async function runDbBench(products: number, sheets: number): Promise<DbBenchResult> {
  const data = buildWorkspaceData(products, sheets);
  const db = new CouncilDb('ocop-bench');
  await db.delete();
  await db.open();
  const seedStart = performance.now();
  await db.producers.bulkPut(data.producers);
  await db.products.bulkPut(data.products);
  await db.dossiers.bulkPut(data.dossiers);
  await db.certificates.bulkPut(data.certificates);
  await db.councils.put(data.council);
  await db.planTargets.put({
    year: DASHBOARD_YEAR,
    firstEvaluations: 300,
    upgrades: 40,
    reEvaluations: 120,
    updatedAt: data.council.updatedAt,
  });
  await db.productSheets.bulkPut(groupSheets(data.sheets));
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const repositories = repositoriesFor({ db, now: () => new Date(), newId: () => crypto.randomUUID() });

  // Warm up: the first queries open the object stores and compile the code paths.
  for (const query of data.queries.slice(0, 10)) await repositories.products.search(query);
  const searchMs: number[] = [];
  let searchHits = 0;
  for (const query of data.queries) {
    const start = performance.now();
    const found = await repositories.products.search(query);
    searchMs.push(performance.now() - start);
    searchHits += found.total;
  }
  const dashboardMs: number[] = [];
  const today = '2025-06-15' as IsoDate;
  let dashboardRows = 0;
  for (let run = 0; run < 12; run += 1) {
    const start = performance.now();
    const dashboard = await loadDashboard(repositories, DASHBOARD_YEAR, today);
    const elapsed = performance.now() - start;
    if (!dashboard) throw new Error('the bench workspace has no council');
    if (run >= 2) dashboardMs.push(elapsed);
    dashboardRows = dashboard.certificates.length + dashboard.waiting.length;
  }
  const counts = {
    producers: await db.producers.count(),
    products: await db.products.count(),
    dossiers: await db.dossiers.count(),
    certificates: await db.certificates.count(),
    sheets: ungroupSheets(await db.productSheets.toArray()).length,
  };
  db.close();
  return { seedSeconds, counts, searchMs, searchHits, dashboardMs, dashboardRows };
}

Object.assign(globalThis, { runDbBench });
