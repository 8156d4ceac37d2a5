/** Test support, never imported by production code: workspaces with every table filled, and import doors. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ArchivedDocument } from '../../../shared/archive/archive.schema';
import type { CouncilSession } from '../../../shared/domain/council-session/session.schema';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';
import type { RubricPack } from '../../../shared/domain/rubric/rubric-pack.schema';
import { compileSet } from '../../../shared/domain/scoring/compiled-set';
import { packFromText, setOf } from '../../../shared/domain/testing/load-packs';
import { choicesWorth } from '../../../shared/domain/testing/session-builder';
import type { SnapshotWriteResult } from '../../../shared/ipc/snapshots-schemas';
import pack26Text from '../../../../resources/rubric-packs/26-2026.json?raw';
import type { ImportDoors } from './archive-import';
import { CouncilDb } from './council-db';
import { repositoriesFor, type Repositories } from './database';
import { seedTamDuong2025 } from './demo/seed-tam-duong';

export const pack26: RubricPack = packFromText(pack26Text);
const SETS = [11, 6];
const compiled = new Map(SETS.map((no) => [no, compileSet(setOf(pack26, no))]));

export type TestWorkspace = Repositories & { db: CouncilDb; factory: IDBFactory };

/**
 * Repositories over a fresh in-memory IndexedDB, as one laptop: its ids start with `laptop` (two laptops
 * never make the same id), its clock with `start` and ticks a second per reading.
 */
export function laptop(name = 'a', start = '2025-06-20T01:00:00.000Z', factory = new IDBFactory()): TestWorkspace {
  const db = new CouncilDb('ocop-council', { indexedDB: factory, IDBKeyRange });
  let next = 0;
  let time = Date.parse(start);
  const repositories = repositoriesFor({
    db,
    now: () => new Date((time += 1000)),
    newId: () => `${name}-${String((next += 1)).padStart(5, '0')}`,
  });
  return Object.assign(repositories, { db, factory });
}

function ok<T>(result: { ok: true; value: T } | { ok: false; issues: unknown }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Two dossiers (sets 11 and 6 of 26/2026) that passed the pre-check, for a session. */
async function readyDossiers(repos: Repositories, label: string): Promise<string[]> {
  const producer = (await repos.producers.search(''))[0];
  if (!producer) throw new Error('no producer');
  const ids: string[] = [];
  for (const no of SETS) {
    const product = ok(
      await repos.products.save({
        name: `${label} bộ ${no}`,
        productSet: no,
        producerId: producer.id,
        code: '',
        description: '',
      }),
      'product',
    );
    const dossier = ok(
      await repos.dossiers.save({
        productId: product.id,
        year: 2025,
        attempt: 'first',
        receivedOn: '2025-06-01' as IsoDate,
        roundId: null,
        forms: { mau01: true, mau02: true, mau03: true },
        evidence: [],
        samples: { required: 0, received: 0 },
      }),
      'dossier',
    );
    ok(
      await repos.dossiers.precheck(dossier.id, { outcome: 'complete', on: '2025-06-05' as IsoDate, notes: '' }),
      'precheck',
    );
    ids.push(dossier.id);
  }
  return ids;
}

/** A session scored by every present member; finalised, or left in scoring with one sheet half-done. */
export async function scoredSession(repos: Repositories, title: string, finalise: boolean): Promise<CouncilSession> {
  const created = ok(
    await repos.sessions.create({
      title,
      roundId: null,
      date: '2025-06-20' as IsoDate,
      place: 'Tam Đường',
      pack: { id: pack26.id, version: pack26.version },
      dossierIds: await readyDossiers(repos, title),
    }),
    'session',
  );
  ok(await repos.sessions.start(created.id, new Set()), 'start');
  const session = (await repos.sessions.get(created.id)) as CouncilSession;
  const scorers = session.members.filter((m) => m.present && m.scores);
  for (const product of session.products) {
    const set = setOf(pack26, product.productSet);
    for (const [i, member] of scorers.entries()) {
      const key = { memberId: member.memberId, productId: product.productId, round: 1, layer: 'primary' as const };
      const choices = Object.entries(choicesWorth(set, 72 + (i % 3)));
      const half = !finalise && i === 0 && product === session.products[0];
      for (const [criterionId, choice] of half ? choices.slice(0, 5) : choices)
        ok(await repos.sheets.record(session.id, key, { type: 'choose', criterionId, choice }, 'member'), 'choose');
      if (!half) ok(await repos.sheets.seal(session.id, key, set, 'member', member.memberId), 'seal');
    }
  }
  if (finalise) {
    const chair = session.members.find((m) => m.role === 'chair');
    ok(await repos.sessions.confirm(session.id, chair?.memberId ?? '', 'Đồng ý', compiled), 'confirm');
    ok(await repos.sessions.finalise(session.id, compiled), 'finalise');
  }
  return (await repos.sessions.get(session.id)) as CouncilSession;
}

/**
 * A workspace with something in every table: the Tam Đường demo (council, both bodies, plan, rounds,
 * producers, products, dossiers, certificates, a revocation), settings, a finalised session (sheets,
 * events, audit log, result version) and a session still being scored.
 */
export async function fullWorkspace(repos: Repositories): Promise<{ finalised: CouncilSession; open: CouncilSession }> {
  await seedTamDuong2025(repos);
  await repos.settings.setLanguage('vi');
  const finalised = await scoredSession(repos, 'Phiên chấm đợt 1 năm 2025', true);
  const open = await scoredSession(repos, 'Phiên chấm đợt 2 năm 2025', false);
  return { finalised, open };
}

/** What main would do, in memory: packs it has, the pack import, the snapshots it wrote. */
export interface FakeMain {
  readonly doors: ImportDoors;
  readonly snapshots: { reason: string; text: string }[];
  readonly imported: RubricPack[];
  /** What the next snapshot write answers (written, or a failure). */
  snapshotFails: SnapshotWriteResult | null;
}

export function fakeMain(
  packs: readonly RubricPack[] = [pack26],
  documents: readonly ArchivedDocument[] = [],
): FakeMain {
  const have = [...packs];
  const main: FakeMain = {
    snapshots: [],
    imported: [],
    snapshotFails: null,
    doors: {
      app: { name: 'OCOP Council', version: 'test' },
      now: () => new Date('2025-07-01T00:00:00.000Z'),
      packs: (refs) => Promise.resolve(have.filter((p) => refs.some((r) => r.id === p.id && r.version === p.version))),
      documents: (ids) => Promise.resolve(documents.filter((d) => ids.includes(d.sessionId))),
      packVersions: (id) => Promise.resolve(have.filter((p) => p.id === id).map((p) => p.version)),
      importPack: (pack) => {
        have.push(pack);
        main.imported.push(pack);
        return Promise.resolve({
          status: 'imported',
          pack: {
            id: pack.id,
            version: pack.version,
            versions: [pack.version],
            bundled: false,
            title: pack.title,
            legalBasis: pack.legalBasis,
            effectiveFrom: pack.effectiveFrom,
            effectiveTo: pack.effectiveTo,
            sets: [],
          },
        });
      },
      snapshot: (reason, text) => {
        if (main.snapshotFails) return Promise.resolve(main.snapshotFails);
        main.snapshots.push({ reason, text });
        return Promise.resolve({
          status: 'written',
          snapshot: {
            name: `2025-07-01T00-00-00-000Z-${reason}.archive.json`,
            reason,
            createdAt: '2025-07-01T00:00:00.000Z',
            bytes: text.length,
            workspace: 'main',
            sessions: null,
            sheets: null,
            chainHead: null,
            chainLength: null,
          },
        });
      },
    },
  };
  return main;
}
