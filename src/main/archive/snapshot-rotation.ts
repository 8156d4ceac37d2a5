import { newestFirst, type SnapshotName } from './snapshot-names';

/** How many snapshots the folder keeps. */
export interface RotationPolicy {
  /** The most recent daily snapshots kept (default 7). */
  readonly daily: number;
  /** One daily snapshot (the month's last) kept for each of this many most recent months (default 12). */
  readonly monthly: number;
  /** The most recent snapshots taken on an event (finalise, import, restore, upgrade, manual; default 20). */
  readonly events: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, monthly: 12, events: 20 };

/**
 * The snapshots to delete so that the folder keeps: the last `daily` daily snapshots, the last daily
 * snapshot of each of the `monthly` most recent months that have one (months by UTC date), and the last
 * `events` event snapshots. Pure: the caller deletes.
 *
 * @example with daily 2 and monthly 2, daily snapshots of 03-30, 03-31, 04-01, 04-02 keep 04-02, 04-01
 *   (the last two) and 03-31 (March's last): rotate(…) deletes only 03-30.
 */
export function snapshotsToDelete(
  snapshots: readonly SnapshotName[],
  policy: RotationPolicy = DEFAULT_ROTATION,
): SnapshotName[] {
  const daily = snapshots.filter((s) => s.reason === 'daily').sort(newestFirst);
  const events = snapshots.filter((s) => s.reason !== 'daily').sort(newestFirst);
  const keep = new Set<string>(daily.slice(0, policy.daily).map((s) => s.name));
  const months = new Set<string>();
  for (const snapshot of daily) {
    const month = snapshot.createdAt.slice(0, 7);
    if (months.has(month)) continue;
    if (months.size >= policy.monthly) break;
    months.add(month);
    keep.add(snapshot.name);
  }
  for (const snapshot of events.slice(0, policy.events)) keep.add(snapshot.name);
  return snapshots.filter((s) => !keep.has(s.name));
}
