import { useSyncExternalStore } from 'react';
import type { SnapshotReason } from '../../../../shared/ipc/snapshots-schemas';

/** Something the user must hear about even when not in the archive area. */
export type StorageAlert =
  | { readonly kind: 'snapshot'; readonly reason: SnapshotReason; readonly diskFull: boolean; readonly detail: string }
  | { readonly kind: 'quota' };

let current: StorageAlert | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Raises an alert (an automatic snapshot that could not be written, storage that is full). */
export function raiseAlert(alert: StorageAlert): void {
  current = alert;
  notify();
}

export function dismissAlert(): void {
  current = null;
  notify();
}

/** The alert standing now, or null. */
export function useStorageAlert(): StorageAlert | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

let written = 0;
const writeListeners = new Set<() => void>();

/** Tells the snapshot list that a snapshot was written (the daily one arrives after the first screen). */
export function snapshotWritten(): void {
  written += 1;
  for (const listener of writeListeners) listener();
}

/** A number that changes whenever a snapshot is written. */
export function useSnapshotsWritten(): number {
  return useSyncExternalStore(
    (listener) => {
      writeListeners.add(listener);
      return () => writeListeners.delete(listener);
    },
    () => written,
  );
}
