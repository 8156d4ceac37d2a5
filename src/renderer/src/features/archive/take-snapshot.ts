import { format } from 'date-fns';
import type { ArchiveTables } from '../../../../shared/archive/archive.schema';
import type { SnapshotReason, SnapshotWriteResult } from '../../../../shared/ipc/snapshots-schemas';
import { council } from '../../app/council-client';
import { exportArchive } from '../../db/archive.repository';
import type { Repositories } from '../../db/database';
import { archiveDoors } from './archive-doors';
import { raiseAlert, snapshotWritten } from './snapshot-alerts';

/** Whether a workspace holds nothing worth a daily snapshot (at most its settings). */
export function nothingToKeep(tables: ArchiveTables): boolean {
  return Object.entries(tables).every(([name, records]) => name === 'settings' || records.length === 0);
}

/**
 * Takes a snapshot of the workspace now (the whole database as an archive, written by main into the
 * snapshots folder). An automatic snapshot that fails raises an alert the user sees wherever they are.
 */
export async function takeSnapshot(repositories: Repositories, reason: SnapshotReason): Promise<SnapshotWriteResult> {
  let result: SnapshotWriteResult;
  try {
    const { text } = await exportArchive(repositories, await archiveDoors());
    result = await council.snapshotsWrite({ reason, text });
  } catch (error) {
    result = {
      status: 'failed',
      failure: 'write-failed',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  if (result.status === 'written') snapshotWritten();
  if (result.status === 'failed') {
    console.warn(`snapshot (${reason}) failed: ${result.failure} ${result.detail}`);
    if (reason !== 'manual')
      raiseAlert({ kind: 'snapshot', reason, diskFull: result.failure === 'disk-full', detail: result.detail });
  }
  return result;
}

/**
 * The daily snapshot, on the first start of a day: only for the council's own workspace, only when it
 * holds something, and only when the folder has no daily snapshot of that day (on this laptop's clock).
 */
export async function dailySnapshot(
  repositories: Repositories,
  now: Date = new Date(),
): Promise<'taken' | 'skipped' | 'failed'> {
  if (repositories.workspace !== 'main') return 'skipped';
  try {
    const today = format(now, 'yyyy-MM-dd');
    const listed = await council.snapshotsList();
    if (
      listed.some(
        (s) => s.reason === 'daily' && s.workspace !== 'demo' && format(new Date(s.createdAt), 'yyyy-MM-dd') === today,
      )
    )
      return 'skipped';
    if (nothingToKeep(await repositories.archive.tables())) return 'skipped';
  } catch (error) {
    console.warn(`daily snapshot not checked: ${String(error)}`);
    return 'failed';
  }
  return (await takeSnapshot(repositories, 'daily')).status === 'written' ? 'taken' : 'failed';
}
