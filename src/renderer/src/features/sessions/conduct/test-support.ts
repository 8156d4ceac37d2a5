/** Test support, never imported by production code: small council sessions a reader can check by hand. */
import type {
  CouncilSession,
  SessionMemberSnapshot,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import { sheetKeyId, type SheetState } from '../../../../../shared/domain/council-session/sheet-events';

const AT = '2026-07-20T01:00:00.000Z';

export function member(memberId: string, extra: Partial<SessionMemberSnapshot> = {}): SessionMemberSnapshot {
  return {
    memberId,
    name: `Thành viên ${memberId}`,
    role: 'member',
    title: '',
    scores: true,
    present: true,
    pinHash: null,
    packetKey: '0'.repeat(64),
    ...extra,
  };
}

export function product(productId: string, extra: Partial<SessionProductSnapshot> = {}): SessionProductSnapshot {
  return {
    productId,
    dossierId: null,
    name: `Sản phẩm ${productId}`,
    productSet: 11,
    producerName: 'HTX Tam Đường',
    code: '',
    attempt: 'first',
    conflicts: [],
    disqualified: null,
    round: 1,
    ...extra,
  };
}

export function session(
  members: readonly SessionMemberSnapshot[],
  products: readonly SessionProductSnapshot[],
  extra: Partial<CouncilSession> = {},
): CouncilSession {
  return {
    id: 's1',
    councilName: 'Hội đồng OCOP tỉnh Lai Châu',
    roundId: null,
    title: 'Phiên chấm đợt 1 năm 2026',
    profile: 'province-2026',
    pack: { id: '26/2026', version: 1 },
    rules: { spreadThreshold: 10, quorumFraction: 0.75, chairRequired: true, markerRule: 'majority' },
    date: '2026-07-20' as CouncilSession['date'],
    place: 'Lai Châu',
    members: [...members],
    products: [...products],
    phase: 'scoring',
    revealedAt: null,
    confirmation: null,
    finalisedAt: null,
    remoteMember: null,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

/** Sheets by sheet id: `sealed` ones carry a seal, `drafts` only a choice. */
export function sheets(
  sealed: readonly [member: string, product: string, round?: number][],
  drafts: readonly [member: string, product: string, round?: number][] = [],
): Map<string, SheetState> {
  const out = new Map<string, SheetState>();
  const add = ([memberId, productId, round = 1]: readonly [string, string, number?], seal: string | null) => {
    const key = { memberId, productId, round, layer: 'primary' as const };
    out.set(sheetKeyId(key), {
      ...key,
      choices: { 'A-1.1': 1 },
      comment: '',
      seal,
      sealedAt: seal ? AT : null,
      source: 'member',
      updatedAt: AT,
    });
  };
  for (const s of sealed) add(s, 'a'.repeat(64));
  for (const s of drafts) add(s, null);
  return out;
}
