import type { WorkspaceName } from '../../db/council-db';
import { council } from '../../app/council-client';
import { snapshotBeforeUpgrade } from '../../db/upgrade-snapshot';
import { isQuotaError } from '../../db/write-failure';
import { archiveDoors } from './archive-doors';
import { raiseAlert } from './snapshot-alerts';

/**
 * Asks the browser to keep the app's storage for good (not cleared when the disk runs short) and logs its
 * answer; the archive area shows it again with the usage and quota.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return null;
  try {
    const granted = await storage.persist();
    console.info(`persistent storage ${granted ? 'granted' : 'not granted'}`);
    return granted;
  } catch (error) {
    console.warn(`persistent storage not asked: ${String(error)}`);
    return null;
  }
}

/**
 * Before a workspace's database is first opened: when it is stored at an older schema version than this
 * release's, a snapshot of it as it is (Dexie upgrades it when it opens). Never stops the app starting.
 */
export async function snapshotBeforeOpening(workspace: WorkspaceName): Promise<void> {
  try {
    const taken = await snapshotBeforeUpgrade(
      workspace,
      { indexedDB: window.indexedDB, IDBKeyRange: window.IDBKeyRange },
      await archiveDoors(),
      (text) => council.snapshotsWrite({ reason: 'before-upgrade', text }),
    );
    if (taken.status === 'taken')
      console.info(`snapshot taken before upgrading ${workspace} from version ${taken.from}`);
    if (taken.status === 'failed') {
      const failed = taken.result?.status === 'failed' ? taken.result : null;
      raiseAlert({
        kind: 'snapshot',
        reason: 'before-upgrade',
        diskFull: failed?.failure === 'disk-full',
        detail: failed?.detail ?? '',
      });
    }
  } catch (error) {
    console.warn(`no snapshot before opening ${workspace}: ${String(error)}`);
  }
}

let watching = false;

/**
 * A write refused for lack of storage anywhere in the app (Dexie rolls its transaction back) raises the
 * "storage full" alert, in words, instead of failing silently.
 */
export function watchForQuotaErrors(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('unhandledrejection', (event) => {
    if (isQuotaError(event.reason)) raiseAlert({ kind: 'quota' });
  });
  window.addEventListener('error', (event) => {
    if (isQuotaError(event.error)) raiseAlert({ kind: 'quota' });
  });
}
