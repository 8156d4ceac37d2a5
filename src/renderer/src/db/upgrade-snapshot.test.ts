import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../../shared/archive/archive.schema';
import type { SnapshotWriteResult } from '../../../shared/ipc/snapshots-schemas';
import { fakeMain } from './archive-test-support';
import { CouncilDb, WORKSPACE_DATABASES } from './council-db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
import { snapshotBeforeUpgrade, storedVersion } from './upgrade-snapshot';

const NAME = WORKSPACE_DATABASES.main;

/** The workspace database as an older release left it: declared up to `version`, with a few records. */
async function olderWorkspace(factory: IDBFactory, version: number): Promise<void> {
  const db = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= version)) db.version(step.version).stores(step.stores);
  await db.table('settings').put({ key: 'language', value: 'en' });
  if (version >= 2) {
    await db.table('members').put({ id: 'm1', body: 'council', name: 'Lò Văn Thắng' });
    await db.table('sessions').put({ id: 's1', roundId: null, pack: { id: '26/2026', version: 1 } });
  }
  db.close();
}

function recorder() {
  const written: string[] = [];
  const write = (text: string): Promise<SnapshotWriteResult> => {
    written.push(text);
    return Promise.resolve({ status: 'failed', failure: 'write-failed', detail: 'recorded only' });
  };
  return { written, write };
}

describe('the snapshot before a database upgrade', () => {
  it('reads the stored version (Dexie keeps version n as n × 10)', async () => {
    const factory = new IDBFactory();
    expect(await storedVersion({ indexedDB: factory, IDBKeyRange }, NAME)).toBeNull();
    await olderWorkspace(factory, 2);
    expect(await storedVersion({ indexedDB: factory, IDBKeyRange }, NAME)).toBe(2);
  });

  it('exports a version 2 database as it is stored, without upgrading it, then lets the upgrade run', async () => {
    const factory = new IDBFactory();
    const access = { indexedDB: factory, IDBKeyRange };
    await olderWorkspace(factory, 2);
    const { written, write } = recorder();
    const taken = await snapshotBeforeUpgrade('main', access, fakeMain().doors, write);
    expect(taken).toMatchObject({ status: 'failed', from: 2 });
    expect(written).toHaveLength(1);
    const archive = JSON.parse(written[0] ?? '{}') as Archive;
    expect(archive.workspace).toBe('main');
    expect(archive.tables.settings).toEqual([{ key: 'language', value: 'en' }]);
    expect(archive.tables.members).toEqual([{ id: 'm1', body: 'council', name: 'Lò Văn Thắng' }]);
    expect(archive.tables.sessions.map((s) => s.id)).toEqual(['s1']);
    // Tables that version 2 did not have come out empty.
    expect(archive.tables.sheetLogs).toEqual([]);
    expect(archive.packs.map((p) => p.id)).toEqual(['26/2026']);
    // The database is still at version 2: the snapshot did not upgrade it.
    expect(await storedVersion(access, NAME)).toBe(2);

    const upgraded = new CouncilDb(NAME, { indexedDB: factory, IDBKeyRange });
    await upgraded.open();
    expect(upgraded.verno).toBe(LATEST_VERSION);
    expect(await upgraded.members.get('m1')).toMatchObject({ name: 'Lò Văn Thắng' });
    upgraded.close();
    expect(await snapshotBeforeUpgrade('main', access, fakeMain().doors, write)).toEqual({ status: 'none' });
    expect(written).toHaveLength(1);
  });

  it('exports a version 3 database’s sheet events gathered into logs, as the upgrade will store them', async () => {
    const factory = new IDBFactory();
    await olderWorkspace(factory, 3);
    const db = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
    for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= 3)) db.version(step.version).stores(step.stores);
    const key = { sessionId: 's1', memberId: 'm1', productId: 'p1', round: 1, layer: 'primary' };
    const at = '2025-05-10T01:00:00.000Z';
    await db.table('sheetEvents').bulkPut([
      { id: 'e2', ...key, seq: 2, at, source: 'member', type: 'seal', seal: 'b'.repeat(64) },
      { id: 'e1', ...key, seq: 1, at, source: 'member', type: 'choose', criterionId: 'A-1.1', choice: 0 },
    ]);
    db.close();
    const { written, write } = recorder();
    expect(
      await snapshotBeforeUpgrade('main', { indexedDB: factory, IDBKeyRange }, fakeMain().doors, write),
    ).toMatchObject({ from: 3 });
    const archive = JSON.parse(written[0] ?? '{}') as Archive;
    expect(archive.tables.sheetLogs.map((l) => [l.id, l.events.map((e) => e.id)])).toEqual([
      ['s1|m1|p1|1|primary', ['e1', 'e2']],
    ]);
  });

  it('takes a snapshot of a version 1 database too (settings only)', async () => {
    const factory = new IDBFactory();
    await olderWorkspace(factory, 1);
    const main = fakeMain();
    const taken = await snapshotBeforeUpgrade('main', { indexedDB: factory, IDBKeyRange }, main.doors, (text) =>
      main.doors.snapshot('before-upgrade', text),
    );
    expect(taken).toMatchObject({ status: 'taken', from: 1 });
    expect(main.snapshots.map((s) => s.reason)).toEqual(['before-upgrade']);
    expect((JSON.parse(main.snapshots[0]?.text ?? '{}') as Archive).tables.settings).toHaveLength(1);
  });

  it('does nothing for a new laptop (no database yet) or a database at the latest version', async () => {
    const factory = new IDBFactory();
    const access = { indexedDB: factory, IDBKeyRange };
    const { written, write } = recorder();
    expect(await snapshotBeforeUpgrade('main', access, fakeMain().doors, write)).toEqual({ status: 'none' });
    const db = new CouncilDb(NAME, { indexedDB: factory, IDBKeyRange });
    await db.open();
    db.close();
    expect(await snapshotBeforeUpgrade('main', access, fakeMain().doors, write)).toEqual({ status: 'none' });
    expect(written).toEqual([]);
  });
});
