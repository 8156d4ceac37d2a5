import {
  applySheetEvent,
  emptySheet,
  sheetRecordId,
  type SheetEvent,
  type SheetKey,
} from '../domain/council-session/sheet-events';
import { issue, type DomainIssue } from '../domain/issues/domain-issue';
import type { ArchiveTables } from './archive.schema';
import { compareKeys, sameRecord } from './same-record';

type SheetRecord = ArchiveTables['sheets'][number];
/** The sheets of a side of a merge, with their logs' events in full (each with its sheet's key). */
export interface SheetTables extends Pick<ArchiveTables, 'sessions' | 'sheets'> {
  readonly sheetEvents: readonly SheetEvent[];
}

/**
 * A sheet as its events leave it, the events taken in the order an archive check folds them (sequence,
 * then id): the same fold as `verifyArchive`, so a re-folded sheet always verifies.
 */
export function foldSheet(events: readonly SheetEvent[]): SheetRecord | null {
  const ordered = [...events].sort((a, b) => a.seq - b.seq || compareKeys(a.id, b.id));
  const first = ordered[0];
  if (!first) return null;
  const key: SheetKey = {
    memberId: first.memberId,
    productId: first.productId,
    round: first.round,
    layer: first.layer,
  };
  let sheet = emptySheet(key, first.source, first.at);
  for (const event of ordered) sheet = applySheetEvent(sheet, event);
  return { ...sheet, choices: { ...sheet.choices }, id: sheetRecordId(first), sessionId: first.sessionId };
}

export interface SheetMerge {
  /** Events of the file to add (new ids whose sheet may take them). */
  readonly events: SheetEvent[];
  /** Sheets re-folded from the merged events that differ from (or are missing in) this workspace. */
  readonly sheets: SheetRecord[];
  /**
   * Events of the file left out: another copy of a sheet that is sealed here with the same seal (a
   * member's laptop whose packet was already imported), or a draft of a sheet sealed here.
   */
  readonly ignored: number;
  /** Sheets sealed here and in the file with different content: the merge must not go ahead. */
  readonly issues: DomainIssue[];
}

/**
 * Which of the file's sheet events join this workspace's, and the sheets they change, re-folded from the
 * merged events (a sheet is never taken from the file as it stands). Events already here (same id) are
 * left to the append-only union, which refuses one whose content differs.
 */
export function mergeSheetEvents(local: SheetTables, incoming: SheetTables): SheetMerge {
  const localEventIds = new Set(local.sheetEvents.map((e) => e.id));
  const fresh = new Map<string, SheetEvent[]>();
  for (const event of incoming.sheetEvents) {
    if (localEventIds.has(event.id)) continue;
    const id = sheetRecordId(event);
    fresh.set(id, [...(fresh.get(id) ?? []), event]);
  }
  if (fresh.size === 0) return { events: [], sheets: [], ignored: 0, issues: [] };

  const localSheets = new Map(local.sheets.map((s) => [s.id, s]));
  const incomingSheets = new Map(incoming.sheets.map((s, index) => [s.id, { sheet: s, index }]));
  const sessions = new Map([...local.sessions, ...incoming.sessions].map((s) => [s.id, s]));
  const accepted: SheetEvent[] = [];
  const issues: DomainIssue[] = [];
  let ignored = 0;
  for (const [id, events] of fresh) {
    const ours = localSheets.get(id);
    const theirs = incomingSheets.get(id);
    const amends = events.some((e) => e.amendmentId !== undefined);
    if (ours?.seal && !amends) {
      if (!theirs?.sheet.seal || theirs.sheet.seal === ours.seal) {
        ignored += events.length;
        continue;
      }
      const session = sessions.get(ours.sessionId);
      issues.push(
        issue('archive.merge.sealedDiffers', ['tables', 'sheets', theirs.index], {
          session: session?.title ?? ours.sessionId,
          member: session?.members.find((m) => m.memberId === ours.memberId)?.name ?? ours.memberId,
          product: session?.products.find((p) => p.productId === ours.productId)?.name ?? ours.productId,
          round: ours.round,
        }),
      );
      continue;
    }
    accepted.push(...events);
  }
  if (issues.length > 0) return { events: [], sheets: [], ignored, issues };

  const touched = new Set(accepted.map(sheetRecordId));
  const bySheet = new Map<string, SheetEvent[]>();
  for (const event of [...local.sheetEvents, ...accepted]) {
    const id = sheetRecordId(event);
    if (touched.has(id)) bySheet.set(id, [...(bySheet.get(id) ?? []), event]);
  }
  const sheets: SheetRecord[] = [];
  for (const [id, events] of bySheet) {
    const folded = foldSheet(events);
    if (folded && !sameRecord(folded, localSheets.get(id))) sheets.push(folded);
  }
  return { events: accepted, sheets, ignored, issues: [] };
}
