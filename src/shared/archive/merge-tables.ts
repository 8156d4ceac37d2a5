import {
  eventsOfLog,
  logEventOf,
  sheetRecordId,
  type SheetEvent,
  type SheetLog,
} from '../domain/council-session/sheet-events';
import { issue, type DomainIssue } from '../domain/issues/domain-issue';
import { PRIMARY_KEYS, TABLE_NAMES, type ArchiveTables, type TableName } from './archive.schema';
import { emptyTables } from './build-archive';
import { mergeSheetEvents } from './merge-sheets';
import { compareKeys, sameRecord } from './same-record';

type AnyRecord = Readonly<Record<string, unknown>>;
type Key = string | number;

/** Records that are never edited in place: the file's are added by id, a different copy of one is refused. */
export const APPEND_ONLY_TABLES = [
  'certificates',
  'revocations',
  'sheetLogs',
  'sessionEvents',
  'resultVersions',
] as const satisfies readonly TableName[];

/** Records edited in place: the copy with the newer `updatedAt` wins (settings: this laptop's). */
export const MUTABLE_TABLES = [
  'settings',
  'councils',
  'members',
  'producers',
  'products',
  'dossiers',
  'rounds',
  'planTargets',
  'sessions',
] as const satisfies readonly TableName[];

/** One record whose two copies differ: which copy the merge keeps, and both copies' times. */
export interface MergeDecision {
  readonly table: TableName;
  readonly id: string;
  /** A name a reader recognises (the name or title of the copy that stays), or its id. */
  readonly label: string;
  readonly ours: string;
  readonly theirs: string;
}

export interface MergeSummary {
  readonly added: Readonly<Record<TableName, number>>;
  /** Records of this laptop replaced by the file's newer copy. */
  readonly updated: readonly MergeDecision[];
  /** Records whose copy in the file is older (or cannot replace this laptop's): this laptop's stays. */
  readonly kept: readonly MergeDecision[];
  /** Sheets re-folded from the merged events. */
  readonly refolded: number;
  /** Events of another copy of sheets sealed here (see mergeSheetEvents). */
  readonly ignoredEvents: number;
  /** The file's council when it is not this laptop's (it is left out), else null. */
  readonly otherCouncil: string | null;
}

export type MergeOutcome =
  | {
      readonly ok: true;
      /** The workspace after the merge, every table in key order. */
      readonly tables: ArchiveTables;
      /** What to write: records to put, by table. */
      readonly puts: ArchiveTables;
      readonly summary: MergeSummary;
      /** False when the file holds nothing this workspace lacks (a second import of the same file). */
      readonly changed: boolean;
    }
  | { readonly ok: false; readonly issues: DomainIssue[] };

/**
 * The logs that change when `accepted` events join this workspace's: each such sheet's log with the new
 * events added, ordered by sequence then id (the order a fold takes them, see foldSheet).
 */
function mergedLogs(local: readonly SheetLog[], accepted: readonly SheetEvent[]): SheetLog[] {
  const ours = new Map(local.map((log) => [log.id, log]));
  const fresh = new Map<string, SheetEvent[]>();
  for (const event of accepted) {
    const id = sheetRecordId(event);
    fresh.set(id, [...(fresh.get(id) ?? []), event]);
  }
  return [...fresh].map(([id, events]) => {
    const { sessionId, memberId, productId, round, layer } = events[0] as SheetEvent;
    const log = ours.get(id) ?? { id, sessionId, memberId, productId, round, layer, events: [] };
    const all = [...log.events, ...events.map(logEventOf)].sort((a, b) => a.seq - b.seq || compareKeys(a.id, b.id));
    return { ...log, events: all };
  });
}

function keyOf(table: TableName, record: AnyRecord): Key {
  return record[PRIMARY_KEYS[table]] as Key;
}

function labelOf(record: AnyRecord, id: Key): string {
  for (const field of ['name', 'title', 'councilName', 'unitName']) {
    const value = record[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  return String(id);
}

const stamp = (record: AnyRecord): string => (typeof record['updatedAt'] === 'string' ? record['updatedAt'] : '');

/** Whether the file's copy of a mutable record replaces this laptop's. */
function theirsWins(table: TableName, ours: AnyRecord, theirs: AnyRecord): boolean {
  if (table === 'settings') return false;
  if (table === 'sessions') {
    // A member's laptop holds its own copy of a session (remoteMember set): it never replaces the
    // council's copy, nor the other way round. A finalised session is never replaced by an open one.
    if ((ours['remoteMember'] === null) !== (theirs['remoteMember'] === null)) return false;
    const oursFinal = ours['phase'] === 'finalised';
    const theirsFinal = theirs['phase'] === 'finalised';
    if (oursFinal !== theirsFinal) return theirsFinal;
  }
  return stamp(theirs) > stamp(ours);
}

/**
 * Merges a file's tables into this workspace's: what is missing is added, so merging the same file twice
 * changes nothing.
 * - Append-only tables (certificates, revocations, session events, result versions) are unioned by id,
 *   and so are the events of the sheets' logs; a record with the same id and different content refuses the whole merge.
 * - Mutable tables take the copy with the newer `updatedAt` (sessions: see theirsWins; settings: this
 *   laptop's); each decision is listed in the summary.
 * - Sheets are re-folded from the merged events; another copy of a sheet already sealed here is ignored,
 *   a different sealed copy refuses the merge.
 * - One council per workspace: the file's council, when it is another one, is left out.
 *
 * @example merging a member laptop's archive whose packet was already imported →
 *   { ok: true, changed: true, summary: { ignoredEvents: 41, … } } (only its audit entries are new)
 */
export function mergeTables(local: ArchiveTables, incoming: ArchiveTables): MergeOutcome {
  const puts = emptyTables();
  const added = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  const updated: MergeDecision[] = [];
  const kept: MergeDecision[] = [];
  const issues: DomainIssue[] = [];
  const put = (table: TableName, record: AnyRecord) => (puts[table] as AnyRecord[]).push(record);

  let otherCouncil: string | null = null;
  const ourCouncil = local.councils[0];
  const theirCouncil = incoming.councils[0];
  const skipCouncil = ourCouncil !== undefined && theirCouncil !== undefined && ourCouncil.id !== theirCouncil.id;
  if (skipCouncil) otherCouncil = theirCouncil.councilName;

  for (const table of TABLE_NAMES) {
    if (table === 'sheets' || table === 'sheetLogs' || (table === 'councils' && skipCouncil)) continue;
    const ours = new Map((local[table] as readonly AnyRecord[]).map((r) => [keyOf(table, r), r]));
    const appendOnly = (APPEND_ONLY_TABLES as readonly TableName[]).includes(table);
    (incoming[table] as readonly AnyRecord[]).forEach((theirs, index) => {
      const id = keyOf(table, theirs);
      const mine = ours.get(id);
      if (!mine) {
        put(table, theirs);
        added[table] += 1;
      } else if (sameRecord(mine, theirs)) {
        return;
      } else if (appendOnly) {
        issues.push(issue('archive.merge.conflict', ['tables', table, index], { table, id: String(id) }));
      } else {
        const wins = theirsWins(table, mine, theirs);
        const decision = {
          table,
          id: String(id),
          label: labelOf(wins ? theirs : mine, id),
          ours: stamp(mine),
          theirs: stamp(theirs),
        };
        if (wins) put(table, theirs);
        (wins ? updated : kept).push(decision);
      }
    });
  }

  // Sheet events: same-id events must be equal (append-only); new ones go through the sheet rules.
  const ourEvents = new Map<string, SheetEvent>();
  for (const log of local.sheetLogs) for (const event of eventsOfLog(log)) ourEvents.set(event.id, event);
  const theirEvents: SheetEvent[] = [];
  incoming.sheetLogs.forEach((log, index) => {
    eventsOfLog(log).forEach((theirs, at) => {
      theirEvents.push(theirs);
      const mine = ourEvents.get(theirs.id);
      if (mine && !sameRecord(mine, theirs)) {
        const path = ['tables', 'sheetLogs', index, 'events', at];
        issues.push(issue('archive.merge.conflict', path, { table: 'sheetLogs', id: theirs.id }));
      }
    });
  });
  const sheets = mergeSheetEvents(
    { ...local, sheetEvents: [...ourEvents.values()] },
    { ...incoming, sheetEvents: theirEvents },
  );
  issues.push(...sheets.issues);
  if (issues.length > 0) return { ok: false, issues };
  puts.sheetLogs.push(...mergedLogs(local.sheetLogs, sheets.events));
  puts.sheets.push(...sheets.sheets);
  // Logs that take new events (a new sheet's, or another copy's events added to one here).
  added.sheetLogs = puts.sheetLogs.length;
  const ourSheets = new Set(local.sheets.map((s) => s.id));
  added.sheets = sheets.sheets.filter((s) => !ourSheets.has(s.id)).length;

  const tables = emptyTables();
  for (const table of TABLE_NAMES) {
    const merged = new Map((local[table] as readonly AnyRecord[]).map((r) => [keyOf(table, r), r]));
    for (const record of puts[table] as readonly AnyRecord[]) merged.set(keyOf(table, record), record);
    (tables[table] as AnyRecord[]) = [...merged.entries()].sort(([a], [b]) => compareKeys(a, b)).map(([, r]) => r);
  }
  const changed = TABLE_NAMES.some((t) => puts[t].length > 0);
  return {
    ok: true,
    tables,
    puts,
    changed,
    summary: {
      added,
      updated,
      kept,
      refolded: sheets.sheets.length,
      ignoredEvents: sheets.ignored,
      otherCouncil,
    },
  };
}
