import Dexie from 'dexie';
import type { ArchiveTables } from '../../../shared/archive/archive.schema';
import type { SnapshotWriteResult } from '../../../shared/ipc/snapshots-schemas';
import { archiveOf, readTables, type ArchiveSources } from './archive.repository';
import { WORKSPACE_DATABASES, type WorkspaceName } from './council-db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';

/** Which IndexedDB to look at (the browser's, or fake-indexeddb in tests). */
export interface IndexedDbAccess {
  readonly indexedDB: IDBFactory;
  readonly IDBKeyRange: typeof IDBKeyRange;
}

/**
 * The schema version a database is stored at, or null when it does not exist (or the browser cannot
 * list its databases). Dexie stores version n as IndexedDB version n × 10.
 */
export async function storedVersion(access: IndexedDbAccess, name: string): Promise<number | null> {
  if (typeof access.indexedDB.databases !== 'function') return null;
  const found = (await access.indexedDB.databases()).find((d) => d.name === name);
  return found?.version ? found.version / 10 : null;
}

/**
 * The tables of a workspace database stored at an older schema version, read without upgrading it (a
 * Dexie declared only up to that version, as the older release had it); null when the database does not
 * exist or is already at the latest version.
 */
export async function tablesBeforeUpgrade(name: string, access: IndexedDbAccess): Promise<ArchiveTables | null> {
  const stored = await storedVersion(access, name);
  if (stored === null || stored >= LATEST_VERSION) return null;
  const db = new Dexie(name, { indexedDB: access.indexedDB, IDBKeyRange: access.IDBKeyRange });
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= stored)) db.version(step.version).stores(step.stores);
  try {
    return await readTables(db);
  } finally {
    db.close();
  }
}

export type UpgradeSnapshot =
  | { readonly status: 'none' }
  | { readonly status: 'taken' | 'failed'; readonly from: number; readonly result: SnapshotWriteResult | null };

/**
 * Before a workspace's database is opened (and Dexie upgrades it), a snapshot of it as it is stored, when
 * it is older than this release's schema: call before the first query of the workspace's repositories.
 * A snapshot that cannot be written does not stop the upgrade (the caller reports it).
 */
export async function snapshotBeforeUpgrade(
  workspace: WorkspaceName,
  access: IndexedDbAccess,
  sources: ArchiveSources,
  write: (text: string) => Promise<SnapshotWriteResult>,
): Promise<UpgradeSnapshot> {
  const name = WORKSPACE_DATABASES[workspace];
  const from = await storedVersion(access, name);
  const tables = await tablesBeforeUpgrade(name, access);
  if (!tables || from === null) return { status: 'none' };
  try {
    const result = await write(JSON.stringify(await archiveOf(tables, workspace, sources)));
    return { status: result.status === 'written' ? 'taken' : 'failed', from, result };
  } catch {
    return { status: 'failed', from, result: null };
  }
}
