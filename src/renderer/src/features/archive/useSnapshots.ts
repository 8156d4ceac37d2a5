import { useCallback, useState } from 'react';
import type { SnapshotInfo } from '../../../../shared/ipc/snapshots-schemas';
import { council } from '../../app/council-client';
import { useLoad, type Loaded } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { useSnapshotsWritten } from './snapshot-alerts';

export interface SnapshotList {
  readonly snapshots: Loaded<readonly SnapshotInfo[]>;
  readonly folder: Loaded<string>;
  /** Reads the list again (after a snapshot was taken). */
  readonly reload: () => void;
}

/** The snapshots folder and its snapshots, read again after every write to the workspace. */
export function useSnapshots(): SnapshotList {
  const { revision } = useWorkspace();
  const [round, setRound] = useState(0);
  const written = useSnapshotsWritten();
  const snapshots = useLoad(() => council.snapshotsList(), [revision, round, written]);
  const folder = useLoad(async () => (await council.snapshotsFolder()).path, []);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { snapshots, folder, reload };
}

export interface StorageState {
  readonly persisted: boolean | null;
  readonly usage: number | null;
  readonly quota: number | null;
}

/** Whether the browser keeps the storage for good, and how much of its quota is used. */
export function useStorageState(): Loaded<StorageState> {
  const { revision } = useWorkspace();
  return useLoad(async () => {
    const storage = navigator.storage as StorageManager | undefined;
    const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
    const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
    return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
  }, [revision]);
}
