/**
 * Runs in Chromium (bundled by bench/benches/archive-province.ts): builds the province-scale archive, then
 * times its import into an empty workspace, its export and its verification through the app's own code.
 * Exposes `window.runArchiveBench()`.
 */
import type { Archive } from '../../src/shared/archive/archive.schema';
import { checkArchive } from '../../src/shared/archive/check-archive';
import { provinceArchive } from '../../src/shared/archive/testing/province-archive';
import { verifyArchive } from '../../src/shared/archive/verify-archive';
import { packFromText } from '../../src/shared/domain/testing/load-packs';
import { applyImport, readArchive, type ImportDoors } from '../../src/renderer/src/db/archive-import';
import { countsOf, exportArchive } from '../../src/renderer/src/db/archive.repository';
import { CouncilDb } from '../../src/renderer/src/db/council-db';
import { repositoriesFor, type Repositories } from '../../src/renderer/src/db/database';
import pack26Text from '../../resources/rubric-packs/26-2026.json?raw';
import type { ArchiveBenchResult } from '../lib/db-bench-types';

const pack = packFromText(pack26Text);
const AT = '2026-08-01T00:00:00.000Z';

/** Main's side of an import, in memory: it has pack 26/2026 and writes every snapshot. */
const doors: ImportDoors = {
  app: { name: 'OCOP Council', version: 'bench' },
  now: () => new Date(AT),
  packs: (refs) => Promise.resolve(refs.some((r) => r.id === pack.id && r.version === pack.version) ? [pack] : []),
  documents: () => Promise.resolve([]),
  packVersions: (id) => Promise.resolve(id === pack.id ? [pack.version] : []),
  importPack: () => Promise.reject(new Error('the bench has every pack')),
  snapshot: (reason, text) =>
    Promise.resolve({
      status: 'written',
      snapshot: {
        name: `2026-08-01T00-00-00-000Z-${reason}.archive.json`,
        reason,
        createdAt: AT,
        bytes: text.length,
        workspace: 'main',
        sessions: null,
        sheets: null,
        chainHead: null,
        chainLength: null,
      },
    }),
};

async function emptyWorkspace(): Promise<{ db: CouncilDb; repositories: Repositories }> {
  const db = new CouncilDb('ocop-archive-bench');
  await db.delete();
  await db.open();
  let next = 0;
  const repositories = repositoriesFor({ db, now: () => new Date(AT), newId: () => `bench-${(next += 1)}` });
  return { db, repositories };
}

const seconds = (start: number) => (performance.now() - start) / 1000;
/** Progress for the bench's stderr (the Node side forwards the page's console). */
const progress = (message: string) => console.log(`archive: ${message}`);

/** Imports `text` into an empty workspace as the archive screen's restore does: read, check, verify, write. */
async function importOnce(text: string): Promise<{ read: number; write: number; db: CouncilDb; r: Repositories }> {
  const { db, repositories } = await emptyWorkspace();
  let start = performance.now();
  const reading = readArchive(text);
  const read = seconds(start);
  if (!reading.ok) throw new Error(`the province archive was refused: ${JSON.stringify(reading.issues.slice(0, 3))}`);
  start = performance.now();
  const outcome = await applyImport(repositories, reading.archive, 'restore', doors);
  const write = seconds(start);
  progress(`import: read ${read.toFixed(2)} s, write ${write.toFixed(2)} s`);
  if (!outcome.ok) throw new Error(`the import failed: ${JSON.stringify(outcome.issues.slice(0, 3))}`);
  return { read, write, db, r: repositories };
}

async function runArchiveBench(warmup: number, runs: number): Promise<ArchiveBenchResult> {
  const { archive, countedSheets } = provinceArchive(pack);
  const text = JSON.stringify(archive);
  progress(`built ${text.length} characters`);
  const readSeconds: number[] = [];
  const writeSeconds: number[] = [];
  const exportSeconds: number[] = [];
  const checkSeconds: number[] = [];
  const verifySeconds: number[] = [];
  let exported: Archive | null = null;
  let problems = 0;
  for (let run = 0; run < warmup + runs; run += 1) {
    const timed = run >= warmup;
    const imported = await importOnce(text);
    let start = performance.now();
    const out = await exportArchive(imported.r, doors);
    const exportTime = seconds(start);
    if (out.text.length < text.length / 2) throw new Error('the export is missing records');
    const input: unknown = JSON.parse(out.text);
    start = performance.now();
    const checked = checkArchive(input);
    const checkTime = seconds(start);
    if (!checked.ok) throw new Error(`the export does not check: ${JSON.stringify(checked.issues.slice(0, 3))}`);
    start = performance.now();
    problems = verifyArchive(checked.archive).length;
    const verifyTime = seconds(start);
    progress(`export ${exportTime.toFixed(2)} s, check ${checkTime.toFixed(2)} s, verify ${verifyTime.toFixed(2)} s`);
    exported = checked.archive;
    imported.db.close();
    if (!timed) continue;
    readSeconds.push(imported.read);
    writeSeconds.push(imported.write);
    exportSeconds.push(exportTime);
    checkSeconds.push(checkTime);
    verifySeconds.push(verifyTime);
  }
  if (!exported) throw new Error('no run');
  return {
    readSeconds,
    writeSeconds,
    exportSeconds,
    checkSeconds,
    verifySeconds,
    chars: text.length,
    counts: countsOf(exported.tables),
    events: exported.tables.sheetLogs.reduce((sum, log) => sum + log.events.length, 0),
    countedSheets,
    chainLength: exported.chain.length,
    problems,
    sameChain: exported.chain.head === archive.chain.head && exported.chain.length === archive.chain.length,
  };
}

Object.assign(globalThis, { runArchiveBench });
