import type { SheetLog } from '../domain/council-session/sheet-events';
import type { ArchiveTables } from './archive.schema';

type ArchiveSheet = ArchiveTables['sheets'][number];

/** What names a product's records: its session and the product. */
type ProductKey = { readonly sessionId: string; readonly productId: string };

/**
 * How the database stores the sheets and their logs: by product, one record (`<session>|<product>`) for
 * the 12 to 45 sheets of a product's members, rounds and layers (`productSheets`), and one for their logs
 * (`productLogs`). An archive carries one record per sheet (`sheets`) and one per log (`sheetLogs`); the
 * functions below go from one to the other.
 *
 * Why grouped: IndexedDB spends most of a read or write on each record, so a province's 37,000 sheets
 * and their logs restore as 6,000 records. Why apart: a session's sheets are read for their scores at
 * every submit, and the logs (some 33 events per sheet) would weigh on each of those reads.
 */
export interface ProductSheets {
  readonly id: string;
  readonly sessionId: string;
  readonly productId: string;
  /** The product's sheets, as their logs leave them. */
  readonly sheets: ArchiveSheet[];
}

/** The record of a product's sheets (all of the same session and product). */
export function productSheets(key: ProductKey, sheets: readonly ArchiveSheet[]): ProductSheets {
  return { id: productRecordId(key), sessionId: key.sessionId, productId: key.productId, sheets: [...sheets] };
}

/** Sheets grouped by session and product, in the order each product first appears, the sheets in theirs. */
export function groupSheets(sheets: readonly ArchiveSheet[]): ProductSheets[] {
  return [...groupBy(sheets).values()].map((group) => productSheets(group[0] as ArchiveSheet, group));
}

/** The list with `item` in place of the element with its id, or added at the end. */
export function withRecord<T extends { readonly id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

/** Every sheet of the records, in order. */
export function ungroupSheets(records: readonly ProductSheets[]): ArchiveSheet[] {
  const sheets: ArchiveSheet[] = [];
  for (const record of records) for (const sheet of record.sheets) sheets.push(sheet);
  return sheets;
}

/** Items by the id of their product's record, in the order each product first appears. */
function groupBy<T extends { readonly sessionId: string; readonly productId: string }>(
  items: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const id = productRecordId(item);
    const group = groups.get(id);
    if (group) group.push(item);
    else groups.set(id, [item]);
  }
  return groups;
}

/** The logs of a product's sheets in a session. */
export interface ProductLogs {
  readonly id: string;
  readonly sessionId: string;
  readonly productId: string;
  /**
   * The product's sheets' logs (each with its sheet's key and events) as JSON text: they are only ever
   * read and written whole, and IndexedDB stores one string far faster than a thousand small objects.
   */
  readonly logsJson: string;
}

/** The id of the records that hold a product's sheets and their logs in a session. */
export function productRecordId(key: ProductKey): string {
  return `${key.sessionId}|${key.productId}`;
}

/** The record of a product's logs (all of the same session and product). */
export function productLogs(key: ProductKey, logs: readonly SheetLog[]): ProductLogs {
  return {
    id: productRecordId(key),
    sessionId: key.sessionId,
    productId: key.productId,
    logsJson: JSON.stringify(logs),
  };
}

/**
 * The logs a record holds. Text that is not a JSON array (a record damaged on disk) reads as no logs: the
 * sheets then differ from their logs, and the integrity check names them.
 */
export function logsOf(record: ProductLogs | undefined): SheetLog[] {
  if (typeof record?.logsJson !== 'string') return [];
  try {
    const logs: unknown = JSON.parse(record.logsJson);
    return Array.isArray(logs) ? (logs as SheetLog[]) : [];
  } catch {
    return [];
  }
}

/** Logs grouped by session and product, in the order each product first appears, the logs in theirs. */
export function groupLogs(logs: readonly SheetLog[]): ProductLogs[] {
  return [...groupBy(logs).values()].map((group) => productLogs(group[0] as SheetLog, group));
}

/** Every log of the records, in order. */
export function ungroupLogs(records: readonly ProductLogs[]): SheetLog[] {
  const logs: SheetLog[] = [];
  for (const record of records) for (const log of logsOf(record)) logs.push(log);
  return logs;
}
