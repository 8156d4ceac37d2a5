/**
 * Runs in Chromium: a council session of 15 members × 30 products in IndexedDB, every sheet sealed but one
 * per measurement; times a member's submit (the seal) until the results on screen are up to date.
 * Exposes `runSubmitBench(pack)`.
 */
import { sealSheet } from '../../src/shared/domain/council-session/canonical-sheet';
import type { CouncilSession } from '../../src/shared/domain/council-session/session.schema';
import { groupLogs, groupSheets } from '../../src/shared/archive/sheet-records';
import type { SheetKey, SheetLog, SheetLogEvent } from '../../src/shared/domain/council-session/sheet-events';
import { sheetKeyId } from '../../src/shared/domain/council-session/sheet-events';
import type { RubricPack } from '../../src/shared/domain/rubric/rubric-pack.schema';
import { compileSet } from '../../src/shared/domain/scoring/compiled-set';
import type { Choice } from '../../src/shared/domain/session/session-file.schema';
import { CouncilDb } from '../../src/renderer/src/db/council-db';
import { repositoriesFor } from '../../src/renderer/src/db/database';
import type { SheetRecord } from '../../src/renderer/src/db/records';
import type { SubmitBenchResult } from '../lib/db-bench-types';
import { Prng } from '../lib/prng';

const MEMBERS = 15;
const PRODUCTS = 30;
const OPEN_SHEETS = 12;
const STAMP = '2026-07-20T08:00:00.000Z';

async function runSubmitBench(pack: RubricPack): Promise<SubmitBenchResult> {
  const prng = new Prng(4242);
  const db = new CouncilDb('ocop-submit-bench');
  await db.delete();
  await db.open();
  const session: CouncilSession = {
    id: 'bench-session',
    councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lai Châu',
    roundId: null,
    title: 'Phiên chấm đợt 1 năm 2026',
    profile: 'province-2026',
    pack: { id: pack.id, version: pack.version },
    rules: { spreadThreshold: 10, quorumFraction: 0.75, chairRequired: true, markerRule: 'majority' },
    date: '2026-07-20' as CouncilSession['date'],
    place: 'Lai Châu',
    members: Array.from({ length: MEMBERS }, (_, i) => ({
      memberId: `m${i + 1}`,
      name: `Thành viên ${i + 1}`,
      role: i === 0 ? ('chair' as const) : ('member' as const),
      title: '',
      scores: true,
      present: true,
      pinHash: null,
      packetKey: 'a'.repeat(64),
    })),
    products: Array.from({ length: PRODUCTS }, (_, i) => ({
      productId: `p${i + 1}`,
      dossierId: null,
      name: `Sản phẩm ${i + 1}`,
      productSet: 1 + (i % 26),
      producerName: 'HTX Tam Đường',
      code: '',
      attempt: 'first' as const,
      conflicts: [],
      disqualified: null,
      round: 1,
    })),
    phase: 'scoring',
    revealedAt: null,
    confirmation: null,
    finalisedAt: null,
    remoteMember: null,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  const setOf = new Map(pack.sets.map((s) => [s.no, s]));
  const choicesFor = (productSet: number): Record<string, Choice> => {
    const set = setOf.get(productSet);
    const choices: Record<string, Choice> = {};
    for (const criterion of set?.criteria ?? []) {
      if (criterion.variants) choices[criterion.id] = { variant: 'a', option: Math.floor(prng.next() * 2) };
      else
        choices[criterion.id] = prng.next() < 0.04 ? null : Math.floor(prng.next() * (criterion.options?.length ?? 1));
    }
    return choices;
  };
  // Every sheet sealed but OPEN_SHEETS, which are complete drafts waiting for their member's submit.
  const sheets: SheetRecord[] = [];
  const logs: SheetLog[] = [];
  const open: SheetKey[] = [];
  let seq = 0;
  for (const product of session.products) {
    for (const member of session.members) {
      const key: SheetKey = { memberId: member.memberId, productId: product.productId, round: 1, layer: 'primary' };
      const choices = choicesFor(product.productSet);
      const set = setOf.get(product.productSet);
      const isOpen = open.length < OPEN_SHEETS && product.productId === `p${PRODUCTS}` ? (open.push(key), true) : false;
      const seal =
        isOpen || !set
          ? null
          : sealSheet(set, { sessionId: session.id, pack: session.pack, ...key, choices, comment: '' });
      const base = { at: STAMP, source: 'member' as const };
      const events: SheetLogEvent[] = [];
      for (const [criterionId, choice] of Object.entries(choices)) {
        events.push({ ...base, id: `e${(seq += 1)}`, seq, type: 'choose', criterionId, choice });
      }
      if (seal) events.push({ ...base, id: `e${(seq += 1)}`, seq, type: 'seal', seal });
      sheets.push({
        ...key,
        id: `${session.id}|${sheetKeyId(key)}`,
        sessionId: session.id,
        choices,
        comment: '',
        seal,
        sealedAt: seal ? STAMP : null,
        source: 'member',
        updatedAt: STAMP,
      });
      logs.push({ ...key, id: `${session.id}|${sheetKeyId(key)}`, sessionId: session.id, events });
    }
  }
  await db.sessions.put(session);
  await db.productSheets.bulkPut(groupSheets(sheets));
  await db.productLogs.bulkPut(groupLogs(logs));

  let clock = Date.parse(STAMP);
  let next = 0;
  const repositories = repositoriesFor({
    db,
    now: () => new Date((clock += 1000)),
    newId: () => `bench-${(next += 1)}`,
  });
  const compiled = new Map([...setOf].map(([no, set]) => [no, compileSet(set)]));
  const lastProduct = session.products[PRODUCTS - 1];
  const lastSet = lastProduct ? setOf.get(lastProduct.productSet) : undefined;
  if (!lastSet) throw new Error('no set for the last product');

  const submitMs: number[] = [];
  let lastMean = 0;
  for (const key of open) {
    const start = performance.now();
    const sealed = await repositories.sheets.seal(session.id, key, lastSet, 'member', key.memberId);
    const current = await repositories.sessions.get(session.id);
    if (!sealed.ok || !current) throw new Error(`seal refused: ${JSON.stringify(sealed)}`);
    const results = await repositories.sessions.results(current, compiled);
    submitMs.push(performance.now() - start);
    lastMean = results.products[PRODUCTS - 1]?.mean ?? -1;
  }
  const phase = (await repositories.sessions.get(session.id))?.phase ?? 'missing';
  db.close();
  return {
    submitMs,
    sheets: sheets.length,
    events: logs.reduce((sum, log) => sum + log.events.length, 0),
    lastMean,
    phase,
  };
}

Object.assign(globalThis, { runSubmitBench });
