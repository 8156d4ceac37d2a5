import type Dexie from 'dexie';
import type { Table } from 'dexie';
import {
  TABLE_NAMES,
  type Archive,
  type ArchivedDocument,
  type ArchiveTables,
  type TableName,
} from '../../../shared/archive/archive.schema';
import { buildArchive, emptyTables } from '../../../shared/archive/build-archive';
import { mergeArchive } from '../../../shared/archive/merge-archive';
import { compareKeys } from '../../../shared/archive/same-record';
import {
  groupLogs,
  groupSheets,
  productRecordId,
  ungroupLogs,
  ungroupSheets,
} from '../../../shared/archive/sheet-records';
import type { MergeOutcome } from '../../../shared/archive/merge-tables';
import { sheetLogsOf, type SheetEvent } from '../../../shared/domain/council-session/sheet-events';
import type { RubricPack } from '../../../shared/domain/rubric/rubric-pack.schema';
import type { ProductLogsRecord, ProductSheetsRecord } from './records';
import type { RepositoryContext } from './repository-context';

type AnyTable = Table<Record<string, unknown>, string | number>;

/** A table by name, its records as plain objects (the archive's shape is checked elsewhere). */
const tableOf = (db: Dexie, name: TableName): AnyTable => db.table<Record<string, unknown>, string | number>(name);

/** Where an export finds what is not in the database: main's rubric packs and documents index, the app. */
export interface ArchiveSources {
  readonly app: { readonly name: string; readonly version: string };
  readonly now: () => Date;
  /** The packs with these ids and versions that this laptop has (a missing one is left out). */
  readonly packs: (refs: readonly PackRef[]) => Promise<RubricPack[]>;
  /** The index of the documents generated for these sessions (empty when there is none). */
  readonly documents: (sessionIds: readonly string[]) => Promise<ArchivedDocument[]>;
}

export interface PackRef {
  readonly id: string;
  readonly version: number;
}

/** The packs a set of sessions was scored with, each once. */
export function packRefsOf(tables: Pick<ArchiveTables, 'sessions'>): PackRef[] {
  const refs = new Map(tables.sessions.map((s) => [`${s.pack.id}@${s.pack.version}`, s.pack]));
  return [...refs.values()].map(({ id, version }) => ({ id, version }));
}

/** The archive's tables the database has as they are (sheets and logs are grouped by product). */
const STORED_TABLES = TABLE_NAMES.filter((name) => name !== 'sheets' && name !== 'sheetLogs');

/**
 * Every table of a database that it has (an older version lacks the newer tables: they come back
 * empty), read in one read-only transaction so that the picture is consistent while others write. The
 * sheets and their logs come out of their product records; a database before version 4 keeps one record
 * per sheet and one per sheet event: the events come back gathered into logs.
 */
export async function readTables(db: Dexie): Promise<ArchiveTables> {
  const has = (name: string) => db.tables.some((t) => t.name === name);
  const present = STORED_TABLES.filter(has);
  const sheetTables = ['productSheets', 'productLogs', 'sheets', 'sheetEvents'].filter(has).map((n) => db.table(n));
  const tables = emptyTables() as Record<TableName, unknown[]>;
  await db.transaction('r', [...present.map((name) => db.table(name)), ...sheetTables], async () => {
    const rows = await Promise.all(present.map((name) => tableOf(db, name).toArray()));
    present.forEach((name, index) => (tables[name] = rows[index] ?? []));
    for (const table of sheetTables) {
      const records = await table.toArray();
      if (table.name === 'productSheets') tables.sheets = ungroupSheets(records as ProductSheetsRecord[]);
      else if (table.name === 'productLogs') tables.sheetLogs = ungroupLogs(records as ProductLogsRecord[]);
      else if (table.name === 'sheets') tables.sheets = records;
      else tables.sheetLogs = sheetLogsOf(records as SheetEvent[]);
    }
  });
  // In key order, as the tables a database lists (so that two exports of the same data are equal).
  const byId = (a: { id: string }, b: { id: string }) => compareKeys(a.id, b.id);
  (tables.sheets as { id: string }[]).sort(byId);
  (tables.sheetLogs as { id: string }[]).sort(byId);
  // The records were checked by the same schemas when they were written (the archive check reads them again).
  return tables as unknown as ArchiveTables;
}

/** An archive of these tables, with the packs their sessions used and their documents index. */
export async function archiveOf(tables: ArchiveTables, workspace: string, sources: ArchiveSources): Promise<Archive> {
  const [packs, documents] = await Promise.all([
    sources.packs(packRefsOf(tables)),
    sources.documents(tables.sessions.map((s) => s.id)),
  ]);
  return buildArchive({
    tables,
    packs,
    documents,
    exportedAt: sources.now().toISOString(),
    app: sources.app,
    workspace,
  });
}

/**
 * The whole workspace as an archive (`ocop-council/archive@2`) and its JSON text: every table, read in
 * one transaction, the packs the sessions used and the documents index (both from main), the chain head.
 */
export async function exportArchive(
  repositories: { readonly workspace: string; readonly archive: ArchiveRepository },
  sources: ArchiveSources,
): Promise<{ archive: Archive; text: string }> {
  const archive = await archiveOf(await repositories.archive.tables(), repositories.workspace, sources);
  return { archive, text: JSON.stringify(archive) };
}

/** Record counts by table. */
export function countsOf(tables: ArchiveTables): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name].length])) as Record<TableName, number>;
}

/**
 * The product records a merge changes: the products of a sheet re-folded or a log given events, each
 * with all its sheets and logs as merged.
 */
function changedProducts(merged: Extract<MergeOutcome, { ok: true }>): {
  sheets: ProductSheetsRecord[];
  logs: ProductLogsRecord[];
} {
  const changed = new Set([...merged.puts.sheets, ...merged.puts.sheetLogs].map(productRecordId));
  const touched = (record: { sessionId: string; productId: string }) => changed.has(productRecordId(record));
  return {
    sheets: groupSheets(merged.tables.sheets.filter(touched)),
    logs: groupLogs(merged.tables.sheetLogs.filter(touched)),
  };
}

/**
 * The workspace as a whole: read every table at once, replace every table (restore) or merge an archive
 * in, each in one transaction over all the tables, so that a failure half-way (a full disk, a quota)
 * leaves the workspace exactly as it was.
 */
export class ArchiveRepository {
  constructor(private readonly ctx: RepositoryContext) {}

  tables(): Promise<ArchiveTables> {
    return readTables(this.ctx.db);
  }

  /** Replaces every table with the archive's records (checked and verified by the caller). */
  async replace(tables: ArchiveTables): Promise<void> {
    const { db } = this.ctx;
    await db.transaction('rw', db.tables, async () => {
      for (const name of STORED_TABLES) await tableOf(db, name).clear();
      await db.productSheets.clear();
      await db.productLogs.clear();
      for (const name of STORED_TABLES) {
        const records = tables[name] as unknown as Record<string, unknown>[];
        if (records.length > 0) await tableOf(db, name).bulkAdd(records);
      }
      if (tables.sheets.length > 0) await db.productSheets.bulkAdd(groupSheets(tables.sheets));
      if (tables.sheetLogs.length > 0) await db.productLogs.bulkAdd(groupLogs(tables.sheetLogs));
    });
  }

  /**
   * Merges an archive (checked and verified by the caller) into the workspace: reads the workspace,
   * merges (mergeArchive) and writes what changes in one transaction, so nothing can slip in between.
   * `packs` are this workspace's sessions' packs, for verifying the result. Nothing is written when the
   * outcome is not ok.
   */
  async merge(incoming: Archive, packs: readonly RubricPack[]): Promise<MergeOutcome> {
    const { db } = this.ctx;
    let outcome: MergeOutcome | null = null;
    await db.transaction('rw', db.tables, async () => {
      const merged = mergeArchive({ tables: await readTables(db), packs }, incoming);
      outcome = merged;
      if (!merged.ok || !merged.changed) return;
      for (const name of STORED_TABLES) {
        const records = merged.puts[name] as unknown as Record<string, unknown>[];
        if (records.length > 0) await tableOf(db, name).bulkPut(records);
      }
      const products = changedProducts(merged);
      if (products.sheets.length > 0) await db.productSheets.bulkPut(products.sheets);
      if (products.logs.length > 0) await db.productLogs.bulkPut(products.logs);
    });
    if (!outcome) throw new Error('the merge transaction ended without an outcome');
    return outcome;
  }
}
