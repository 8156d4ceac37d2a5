/**
 * Test support, never imported by production code: a province's archive at scale (10 yearly sessions of
 * 300 products × 12 members, 36,000 counted sheets), as the reliability suite and the archive bench use it.
 */
import { sessionResults } from '../../domain/council-session/session-file';
import { resultVersionHash, type ResultVersion } from '../../domain/council-session/result-version';
import type { IsoDate } from '../../domain/dates/iso-date';
import type { RubricPack } from '../../domain/rubric/rubric-pack.schema';
import { compileSet, type CompiledSet } from '../../domain/scoring/compiled-set';
import { checkSession } from '../../domain/session/validate-session';
import { PROVINCE_SCALE, provinceSessions, type ProvinceShape } from '../../domain/testing/province-sessions';
import { archiveFromSessionFile } from '../archive-from-session';
import type { Archive, ArchiveTables } from '../archive.schema';
import { buildArchive, emptyTables } from '../build-archive';

export interface ProvinceArchive {
  readonly archive: Archive;
  /** Sheets in each product's latest round (those the results count): 36,000 at PROVINCE_SCALE. */
  readonly countedSheets: number;
}

const APP = { name: 'province-archive', version: '1' };

/** A session's results as the chair finalises them: version 1 over every sealed primary sheet. */
function finalise(tables: ArchiveTables, pack: RubricPack, at: string): ArchiveTables {
  const session = tables.sessions[0];
  if (!session) throw new Error('provinceArchive: a session file made no session');
  const chair = session.members.find((m) => m.role === 'chair')?.memberId ?? session.members[0]?.memberId ?? '-';
  const sets = new Map<number, CompiledSet>();
  for (const product of session.products) {
    const set = pack.sets.find((s) => s.no === product.productSet);
    if (set && !sets.has(set.no)) sets.set(set.no, compileSet(set));
  }
  const seals = tables.sheets
    .filter((s) => s.layer === 'primary' && s.seal !== null)
    .map((s) => s.seal as string)
    .sort();
  const content: Omit<ResultVersion, 'hash' | 'id'> = {
    sessionId: session.id,
    version: 1,
    results: sessionResults(session, tables.sheets, sets),
    reason: null,
    by: chair,
    at,
    seals,
    previousHash: null,
  };
  // The domain's result type is read-only; the archive's record type is the same data, mutable.
  const version = { ...content, id: `${session.id}@1`, hash: resultVersionHash(content) };
  return {
    ...tables,
    sessions: [{ ...session, phase: 'finalised', confirmation: { by: chair, at, note: '' }, finalisedAt: at }],
    resultVersions: [version as unknown as ArchiveTables['resultVersions'][number]],
  };
}

/**
 * The archive of a province's yearly sessions (provinceSessions): each year's session@1 file made into a
 * session (archiveFromSessionFile: sheets sealed as scored, one event per choice and one per seal) and
 * finalised with one result version, all in one archive with its hash chain. Deterministic: the same pack
 * and shape give the same archive, byte for byte.
 */
export function provinceArchive(pack: RubricPack, shape: ProvinceShape = PROVINCE_SCALE): ProvinceArchive {
  const tables = emptyTables();
  let countedSheets = 0;
  for (const file of provinceSessions(pack, shape)) {
    const checked = checkSession(file, (id) => (id === pack.id ? pack : undefined));
    if (!checked.ok) throw new Error(`provinceArchive: invalid session ${JSON.stringify(checked.issues.slice(0, 3))}`);
    const year = file.council.name.match(/\d{4}/)?.[0] ?? '0000';
    const at = `${year}-07-15T01:00:00.000Z`;
    let key = 0;
    const one = archiveFromSessionFile(checked.session, pack, {
      sessionId: `province-${year}`,
      title: `Phiên đánh giá, phân hạng sản phẩm OCOP tỉnh năm ${year}`,
      date: `${year}-07-15` as IsoDate,
      now: at,
      packetKey: () => `${year}${(key += 1).toString(16)}`.padStart(64, '0'),
      app: APP,
    });
    const session = one.tables.sessions[0];
    const latest = new Map(session?.products.map((p) => [p.productId, p.round]));
    countedSheets += one.tables.sheets.filter((s) => s.round === latest.get(s.productId)).length;
    const finalised = finalise(one.tables, pack, at);
    // A loop, not push(...records): a year holds over 100,000 events, too many arguments for one call.
    for (const name of Object.keys(tables) as (keyof ArchiveTables)[])
      for (const record of finalised[name] as unknown[]) (tables[name] as unknown[]).push(record);
  }
  const last = tables.sessions[tables.sessions.length - 1];
  const archive = buildArchive({
    tables,
    packs: [pack],
    documents: [],
    exportedAt: last?.finalisedAt ?? '2026-07-15T01:00:00.000Z',
    app: APP,
    workspace: 'main',
  });
  return { archive, countedSheets };
}
