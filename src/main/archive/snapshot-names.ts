import { SNAPSHOT_NAME_PATTERN, type SnapshotReason } from '../../shared/ipc/snapshots-schemas';

/** A snapshot's name as parsed: its reason and the moment it was written. */
export interface SnapshotName {
  readonly name: string;
  readonly reason: SnapshotReason;
  /** ISO timestamp (UTC). */
  readonly createdAt: string;
  /** 1, or 2, 3… for further snapshots of the same reason written in the same millisecond. */
  readonly n: number;
}

/** Newest first: by time, then by the number within the same millisecond. */
export function newestFirst(
  a: Pick<SnapshotName, 'createdAt' | 'n'>,
  b: Pick<SnapshotName, 'createdAt' | 'n'>,
): number {
  return b.createdAt.localeCompare(a.createdAt) || b.n - a.n;
}

/**
 * The file name of a snapshot written at `at` for `reason` (the `n`th of that millisecond when two are
 * written at once). Colons are not allowed in Windows file names, so the time uses dashes.
 *
 * @example snapshotName(new Date('2026-07-20T08:30:00Z'), 'daily') === '2026-07-20T08-30-00-000Z-daily.archive.json'
 */
export function snapshotName(at: Date, reason: SnapshotReason, n = 1): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `${stamp}-${reason}${n > 1 ? `-${n}` : ''}.archive.json`;
}

/** A name from the folder, parsed; null for anything that is not a snapshot's name. */
export function parseSnapshotName(name: string): SnapshotName | null {
  const match = SNAPSHOT_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason, n] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { name, reason: reason as SnapshotReason, createdAt, n: n === undefined ? 1 : Number(n) };
}

/** The sidecar file holding what a snapshot contains (so the list need not read whole archives). */
export function sidecarName(name: string): string {
  return name.replace(/\.archive\.json$/, '.meta.json');
}
