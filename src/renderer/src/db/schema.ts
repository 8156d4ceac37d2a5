import type { Transaction } from 'dexie';
import { groupLogs, groupSheets } from '../../../shared/archive/sheet-records';
import {
  eventsOfLog,
  foldSheetEvents,
  sheetLogsOf,
  type SheetEvent,
} from '../../../shared/domain/council-session/sheet-events';
import type { SheetRecord } from './records';

/**
 * Version 4: the sheets and their logs stored by product (see ProductSheets): a product's sheets in one
 * record (`productSheets`), each sheet's events gathered into its log and a product's logs in one record
 * (`productLogs`), instead of one record per sheet and one per event, so that a province's archive (37,000
 * sheets, 1.15 million events) writes and reads as 6,000 records. The events keep their ids, sequence
 * numbers and order; events whose sheet record is missing get one, folded from them (nothing is left
 * behind).
 */
async function groupByProduct(tx: Transaction): Promise<void> {
  const events = (await tx.table('sheetEvents').toArray()) as SheetEvent[];
  const sheets = (await tx.table('sheets').toArray()) as SheetRecord[];
  const logs = sheetLogsOf(events);
  const known = new Set(sheets.map((sheet) => sheet.id));
  for (const log of logs) {
    if (known.has(log.id)) continue;
    const folded = foldSheetEvents(eventsOfLog(log)).values().next().value;
    if (folded) sheets.push({ ...folded, id: log.id, sessionId: log.sessionId });
  }
  if (sheets.length > 0) await tx.table('productSheets').bulkAdd(groupSheets(sheets));
  if (logs.length > 0) await tx.table('productLogs').bulkAdd(groupLogs(logs));
}

/**
 * Every version of the database schema, oldest first. Append-only: a published version is never edited;
 * a change is a new version with its upgrade and a test that opens the previous version with data,
 * upgrades, and compares (schema.test.ts).
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: { settings: 'key' },
  },
  {
    version: 2,
    // The council workspace (issue 3), and the session tables the scoring flow fills.
    stores: {
      councils: 'id',
      members: 'id, body',
      producers: 'id, *searchWords, type, communeCode',
      products: 'id, *searchWords, producerId, productSet, code',
      dossiers: 'id, productId, year, [year+attempt], precheck.outcome',
      rounds: 'id, year, [year+number]',
      certificates: 'id, productId, validUntil',
      revocations: 'id, certificateId',
      planTargets: 'year',
      sessions: 'id, roundId',
      sheets: 'id, sessionId, [sessionId+productId], [sessionId+memberId]',
    },
  },
  {
    version: 3,
    // The council session (issue 4): sessions by phase, append-only sheet events with the sheets they fold
    // into, the session's audit log, and the finalised results' versions.
    stores: {
      sessions: 'id, roundId, phase, date',
      sheetEvents: 'id, sessionId, [sessionId+seq]',
      sessionEvents: 'id, sessionId, [sessionId+seq]',
      resultVersions: 'id, sessionId, [sessionId+version]',
    },
  },
  {
    version: 4,
    // A product's sheets in one record, their logs in another (see groupByProduct).
    stores: { sheets: null, sheetEvents: null, productSheets: 'id, sessionId', productLogs: 'id, sessionId' },
    upgrade: groupByProduct,
  },
] as const satisfies readonly SchemaVersion[];

interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Moves data from the previous version's layout (run by Dexie inside the upgrade transaction). */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
