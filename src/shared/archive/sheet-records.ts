import type { SheetLog } from '../domain/council-session/sheet-events';

/**
 * How the database stores the sheets' logs: the logs of one product's sheets in a session together, one
 * record (`<session>|<product>`) for the 12 to 45 sheets of its members, rounds and layers. An archive
 * carries one log per sheet (`sheetLogs`); these functions go from one to the other.
 *
 * Why grouped: IndexedDB spends most of a write on each record, so a province's 37,000 logs restore as
 * 3,000 records; and kept apart from the sheets, the logs cost nothing when a session's sheets are read
 * for their scores.
 */
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

/** The id of the record that holds the logs of a product's sheets in a session. */
export function productLogsId(key: { readonly sessionId: string; readonly productId: string }): string {
  return `${key.sessionId}|${key.productId}`;
}

/** The record of a product's logs (all of the same session and product). */
export function productLogs(
  key: { readonly sessionId: string; readonly productId: string },
  logs: readonly SheetLog[],
): ProductLogs {
  return { id: productLogsId(key), sessionId: key.sessionId, productId: key.productId, logsJson: JSON.stringify(logs) };
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
  const groups = new Map<string, SheetLog[]>();
  for (const log of logs) {
    const id = productLogsId(log);
    const group = groups.get(id);
    if (group) group.push(log);
    else groups.set(id, [log]);
  }
  return [...groups.values()].map((group) => productLogs(group[0] as SheetLog, group));
}

/** Every log of the records, in order. */
export function ungroupLogs(records: readonly ProductLogs[]): SheetLog[] {
  const logs: SheetLog[] = [];
  for (const record of records) for (const log of logsOf(record)) logs.push(log);
  return logs;
}
