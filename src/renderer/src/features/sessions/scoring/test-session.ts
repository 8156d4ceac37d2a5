import type {
  CouncilSession,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import { emptySheet, sheetKeyId, type SheetState } from '../../../../../shared/domain/council-session/sheet-events';

const STAMP = '2026-07-20T01:00:00.000Z';

function product(productId: string, name: string, extra: Partial<SessionProductSnapshot> = {}): SessionProductSnapshot {
  return {
    productId,
    dossierId: null,
    name,
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

/**
 * A session in scoring (tests only): m1 chair, m2 member recused on p2, m3 absent, s1 secretary who does
 * not score; p1 in round 2, p2 in round 1, p3 disqualified.
 */
export function testSession(extra: Partial<CouncilSession> = {}): CouncilSession {
  const member = (memberId: string, name: string, role: 'chair' | 'member' | 'secretary', more = {}) => ({
    memberId,
    name,
    role,
    title: '',
    scores: role !== 'secretary',
    present: true,
    pinHash: null,
    packetKey: '1'.repeat(64),
    ...more,
  });
  return {
    id: 'session-1',
    councilName: 'Hội đồng OCOP tỉnh Lai Châu',
    roundId: null,
    title: 'Phiên chấm đợt 1',
    profile: 'province-2026',
    pack: { id: '26/2026', version: 1 },
    rules: { spreadThreshold: 10, quorumFraction: 0.75, chairRequired: true, markerRule: 'majority' },
    date: '2026-07-20',
    place: 'Lai Châu',
    members: [
      member('m1', 'Lò Văn Chủ', 'chair'),
      member('m2', 'Lò Thị Hoa', 'member'),
      member('m3', 'Vàng A Sử', 'member', { present: false }),
      member('s1', 'Nguyễn Thư Ký', 'secretary'),
    ],
    products: [
      product('p1', 'Chè Shan tuyết', { round: 2 }),
      product('p2', 'Miến dong', { productSet: 6, conflicts: [{ memberId: 'm2', note: '' }] }),
      product('p3', 'Gạo Séng Cù', { productSet: 3, disqualified: 'Thiếu giấy chứng nhận an toàn thực phẩm' }),
    ],
    phase: 'scoring',
    revealedAt: null,
    confirmation: null,
    finalisedAt: null,
    remoteMember: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  } as CouncilSession;
}

/** Sheets by id, as the repository lists them: each `[member, product, round, sealed?]`. */
export function testSheets(...rows: [string, string, number, boolean][]): Map<string, SheetState> {
  return new Map(
    rows.map(([memberId, productId, round, sealed]) => {
      const sheet: SheetState = {
        ...emptySheet({ memberId, productId, round, layer: 'primary' }, 'member', STAMP),
        choices: { 'A-1.1': 1 },
        seal: sealed ? 'a'.repeat(64) : null,
        sealedAt: sealed ? STAMP : null,
      };
      return [sheetKeyId(sheet), sheet];
    }),
  );
}
