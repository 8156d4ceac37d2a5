import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ungroupLogs, ungroupSheets } from '../../../shared/archive/sheet-records';
import { CouncilDb } from './council-db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';

/** A database declared only up to `version`, as an older release of the app had it. */
function olderDb(factory: IDBFactory, version: number): Dexie {
  const db = new Dexie('ocop-upgrade', { indexedDB: factory, IDBKeyRange });
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= version)) db.version(step.version).stores(step.stores);
  return db;
}

describe('database schema', () => {
  it('declares versions 1, 2, … in order, the latest being what CouncilDb opens', async () => {
    expect(SCHEMA_VERSIONS.map((s) => s.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    const db = new CouncilDb('ocop-latest', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'certificates',
        'councils',
        'dossiers',
        'members',
        'planTargets',
        'producers',
        'productLogs',
        'productSheets',
        'products',
        'revocations',
        'rounds',
        'resultVersions',
        'sessionEvents',
        'sessions',
        'settings',
      ].sort(),
    );
    db.close();
  });

  it('upgrades a version 1 database to version 2 keeping its settings', async () => {
    const factory = new IDBFactory();
    const v1 = olderDb(factory, 1);
    await v1.table('settings').bulkPut([
      { key: 'language', value: 'en' },
      { key: 'rubricSelection', value: { pack: '148/2023', set: 26 } },
    ]);
    const before = await v1.table('settings').toArray();
    v1.close();

    const v2 = olderDb(factory, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.table('settings').toArray()).toEqual(before);
    expect(await v2.table('products').count()).toBe(0);
    // The new indexes answer queries straight away.
    await v2
      .table('products')
      .add({ id: 'p1', name: 'Miến dong', searchWords: ['mien', 'dong'], producerId: 'x', productSet: 6, code: '' });
    expect(await v2.table('products').where('searchWords').startsWith('do').count()).toBe(1);
    v2.close();
  });

  it('upgrades a version 2 workspace to version 3 keeping every record, and the new indexes work', async () => {
    const factory = new IDBFactory();
    const v2 = olderDb(factory, 2);
    const council = { id: 'c1', councilName: 'Hội đồng OCOP huyện Tam Đường' };
    const product = {
      id: 'p1',
      name: 'Miến dong',
      searchWords: ['mien', 'dong'],
      producerId: 'x',
      productSet: 6,
      code: '',
    };
    const sheet = { id: 's|m1|p1|1|primary', sessionId: 's', memberId: 'm1', productId: 'p1', round: 1 };
    await v2.table('councils').put(council);
    await v2.table('products').put(product);
    await v2.table('sheets').put(sheet);
    await v2.table('planTargets').put({ year: 2025, firstEvaluations: 6, upgrades: 1, reEvaluations: 5 });
    v2.close();

    const v3 = olderDb(factory, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(await v3.table('councils').toArray()).toEqual([council]);
    expect(await v3.table('products').toArray()).toEqual([product]);
    expect(await v3.table('sheets').where('[sessionId+productId]').equals(['s', 'p1']).toArray()).toEqual([sheet]);
    expect((await v3.table('planTargets').get(2025)) as unknown).toMatchObject({ upgrades: 1 });
    await v3.table('sessions').put({ id: 's', roundId: null, phase: 'scoring', date: '2025-05-10' });
    await v3.table('sheetEvents').bulkPut([
      { id: 'e2', sessionId: 's', seq: 2 },
      { id: 'e1', sessionId: 's', seq: 1 },
    ]);
    expect(await v3.table('sessions').where('phase').equals('scoring').count()).toBe(1);
    expect(
      (await v3.table('sheetEvents').where('[sessionId+seq]').between(['s', 0], ['s', Infinity]).toArray()).map(
        (e: { id: string }) => e.id,
      ),
    ).toEqual(['e1', 'e2']);
    v3.close();
  });

  it('upgrades a version 3 workspace to version 4: sheets and their logs (events in sequence) by product', async () => {
    const factory = new IDBFactory();
    const v3 = olderDb(factory, 3);
    const sheetA = { sessionId: 's', memberId: 'm1', productId: 'p1', round: 1, layer: 'primary' };
    const sheetB = { ...sheetA, memberId: 'm2' };
    const at = '2025-05-10T01:00:00.000Z';
    const event = (id: string, seq: number, key: typeof sheetA, extra: Record<string, unknown>) => ({
      id,
      ...key,
      seq,
      at,
      source: 'member',
      ...extra,
    });
    // Stored in id order, which is not their order: the log must follow the sequence numbers.
    await v3
      .table('sheetEvents')
      .bulkPut([
        event('z-1', 1, sheetA, { type: 'choose', criterionId: 'A-1.1', choice: 2 }),
        event('y-2', 2, sheetB, { type: 'choose', criterionId: 'A-1.1', choice: 1 }),
        event('x-3', 3, sheetA, { type: 'comment', comment: 'Ghi chú' }),
        event('w-4', 4, sheetA, { type: 'seal', seal: 'a'.repeat(64) }),
      ]);
    const recordA = { id: 's|m1|p1|1|primary', ...sheetA, choices: { 'A-1.1': 2 }, comment: 'Ghi chú' };
    await v3.table('sheets').put(recordA);
    // Sheet B's record is missing (it should not be): its events must not be left behind.
    v3.close();

    const v4 = new CouncilDb('ocop-upgrade', { indexedDB: factory, IDBKeyRange });
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(v4.tables.map((t) => t.name)).not.toContain('sheetEvents');
    expect(v4.tables.map((t) => t.name)).not.toContain('sheets');
    const sheets = ungroupSheets(await v4.productSheets.where('sessionId').equals('s').toArray());
    const logs = ungroupLogs(await v4.productLogs.where('sessionId').equals('s').toArray());
    expect(logs.map((l) => [l.id, l.events.map((e) => [e.id, e.seq, e.type])])).toEqual([
      [
        's|m1|p1|1|primary',
        [
          ['z-1', 1, 'choose'],
          ['x-3', 3, 'comment'],
          ['w-4', 4, 'seal'],
        ],
      ],
      ['s|m2|p1|1|primary', [['y-2', 2, 'choose']]],
    ]);
    expect(sheets[0]).toMatchObject(recordA);
    expect(logs[0]?.events[0]).toEqual({
      id: 'z-1',
      seq: 1,
      at,
      source: 'member',
      type: 'choose',
      criterionId: 'A-1.1',
      choice: 2,
    });
    expect(sheets[1]).toMatchObject({ ...sheetB, choices: { 'A-1.1': 1 }, seal: null, source: 'member' });
    v4.close();
  });
});
