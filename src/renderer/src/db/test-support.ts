import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CouncilDb } from './council-db';
import { repositoriesFor, type Repositories } from './database';

/** Repositories over a fresh in-memory IndexedDB, with a fixed clock and counting ids (tests only). */
export function testRepositories(
  start = '2025-03-01T08:00:00.000Z',
): Repositories & { db: CouncilDb; factory: IDBFactory } {
  const factory = new IDBFactory();
  const db = new CouncilDb('ocop-test', { indexedDB: factory, IDBKeyRange });
  let next = 0;
  let time = Date.parse(start);
  const repositories = repositoriesFor({
    db,
    now: () => new Date((time += 1000)),
    newId: () => `id-${String((next += 1)).padStart(4, '0')}`,
  });
  return Object.assign(repositories, { db, factory });
}
