import type { SheetLog, SheetLogEvent } from '../domain/council-session/sheet-events';
import type { ArchiveTables } from './archive.schema';

type ArchiveSheet = ArchiveTables['sheets'][number];

/** A sheet as the database stores it: the archive's sheet record with its log's events. */
export type StoredSheet = ArchiveSheet & { events: SheetLogEvent[] };

/**
 * The database keeps each sheet with its log in one record (one write per change); an archive carries
 * them as two tables, `sheets` and `sheetLogs`, joined by id. These two functions go from one to the other.
 */
export function splitSheetRecords(records: readonly StoredSheet[]): Pick<ArchiveTables, 'sheets' | 'sheetLogs'> {
  const sheets: ArchiveSheet[] = [];
  const sheetLogs: SheetLog[] = [];
  for (const { events, ...sheet } of records) {
    sheets.push(sheet);
    // A record written before version 4 finished its upgrade has no log of its own.
    if (events === undefined) continue;
    const { id, sessionId, memberId, productId, round, layer } = sheet;
    sheetLogs.push({ id, sessionId, memberId, productId, round, layer, events });
  }
  return { sheets, sheetLogs };
}

/**
 * The sheet records of an archive's sheets and logs (checked: every log has its sheet, and verified:
 * every sheet is the fold of its log). A sheet without a log gets an empty one.
 */
export function joinSheetRecords(tables: Pick<ArchiveTables, 'sheets' | 'sheetLogs'>): StoredSheet[] {
  const logs = new Map(tables.sheetLogs.map((log) => [log.id, log.events]));
  return tables.sheets.map((sheet) => ({ ...sheet, events: logs.get(sheet.id) ?? [] }));
}
