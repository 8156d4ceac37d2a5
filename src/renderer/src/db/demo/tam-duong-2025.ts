/**
 * The demo workspace "Tam Đường 2025": the district council of Tam Đường (Lai Châu) under QĐ 148/2023
 * (profile district-2023), as it stood on 15/06/2025, after round 1 and before round 2. Every date is
 * fixed, so the dashboard is the same on every machine for a given `today`. The people, producers and
 * numbers are invented; the places, commune codes and product sets are real.
 *
 * What the dashboard shows (asserted by tam-duong-2025.test.ts and tests/e2e/dashboard.spec.ts):
 * - on 2025-06-15, year 2025:
 *   plan 6 / 1 / 5: first evaluations 3 done of 6 (1 in progress), upgrades 1 of 1, re-evaluations 1 of 5
 *   (3 in progress, 1 disqualified); next deadlines: round 2 dossiers by 30/09/2025 (107 days), round 2
 *   scored before 20/10/2025 (127 days); certificates: 5 expired and due for re-evaluation (decisions of
 *   2021–2022), 1 in the re-evaluation window (Măng khô Nà Tăm, 156 days left); dossiers waiting:
 *   2 for pre-check, 1 returned (44 days); upgrade candidates: 1 (Mật ong bạc hà Giang Ma, 3★, 67,00).
 * - on 2026-11-29 (no plan for 2026, so year 2025): 7 expired and due (the five above, Miến dong Bình Lư
 *   and Măng khô Nà Tăm), 1 entering the re-evaluation window on that very day (Mật ong, 180 days left),
 *   still the 1 upgrade candidate.
 * The products: first evaluations 2025: Chè xanh Shan tuyết Hồ Thầu (72,50 → 4★, sent to the province),
 * Gạo Séng Cù Bình Lư (64,25 → 3★), Du lịch cộng đồng bản Sì Thâu Chải (61,00 → 3★), Rượu ngô men lá Hồ Thầu
 * (received 09/06, waiting for pre-check). Upgrade: Miến dong Bình Lư (3★ 66,50 of 2023; upgrade scored
 * 74,25 → 4★, the province has not decided yet). Re-evaluations: Chè xanh Bản Bo (2021 certificate,
 * re-evaluated 63,50, new certificate 05/06/2025); due: Chè Ô long Tam Đường (dossier returned 02/05), Thảo
 * quả sấy khô Sơn Bình (received 10/06), Mận tam hoa sấy dẻo Tả Lèng (dossier disqualified), Lá tắm người Dao
 * đỏ Sì Thâu Chải (no dossier), Nấm hương khô Khun Há (returned, then complete on 12/06). Others: Măng khô Nà
 * Tăm (certificate of 18/11/2022, in its window), Mật ong bạc hà Giang Ma (3★ 67,00, its first record
 * corrected), Thịt trâu gác bếp Bản Hon (certificate revoked 18/03/2025, ground 3).
 * Traps the figures must avoid: a corrected certificate (its replaced record scored 76), a revoked one,
 * an expired certificate superseded by its 2025 re-evaluation, and an upgrade already evaluated.
 */
import type { CouncilInput } from '../../../../shared/domain/workspace/council.schema';
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { MemberInput } from '../members.repository';

export { PRODUCERS, PRODUCTS, type DemoProducer, type DemoProduct } from './tam-duong-2025-products';
export { CERTIFICATES, DOSSIERS, type DemoCertificate, type DemoDossier } from './tam-duong-2025-records';

const d = (value: string) => value as IsoDate;

/** The figures above, for tests. */
export const TAM_DUONG_2025_FIGURES = {
  producers: 12,
  products: 14,
  councilMembers: 9,
  helperGroup: 4,
  on20250615: {
    plan: {
      first: { target: 6, done: 3, inProgress: 1, disqualified: 0 },
      upgrade: { target: 1, done: 1, inProgress: 0, disqualified: 0 },
      're-evaluation': { target: 5, done: 1, inProgress: 3, disqualified: 1 },
    },
    deadlines: [
      { kind: 'dossiers', date: '2025-09-30', daysLeft: 107 },
      { kind: 'score', date: '2025-10-20', daysLeft: 127 },
    ],
    expiredDue: [
      'Chè Ô long Tam Đường',
      'Thảo quả sấy khô Sơn Bình',
      'Mận tam hoa sấy dẻo Tả Lèng',
      'Lá tắm người Dao đỏ Sì Thâu Chải',
      'Nấm hương khô Khun Há',
    ],
    inWindow: ['Măng khô Nà Tăm'],
    waitingPrecheck: 2,
    returned: 1,
    upgradeCandidates: ['Mật ong bạc hà Giang Ma'],
  },
  on20261129: { expiredDue: 7, inWindow: ['Mật ong bạc hà Giang Ma'], upgradeCandidates: 1 },
} as const;

const COUNCIL_FROM = d('2025-02-20');

export const COUNCIL: CouncilInput = {
  profile: 'district-2023',
  level: 'district',
  unitName: 'huyện Tam Đường',
  councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường',
  authority: 'Ủy ban nhân dân huyện Tam Đường',
  establishingDecision: { number: '312/QĐ-UBND', date: COUNCIL_FROM },
  rules: { spreadThreshold: 10, quorumFraction: 0.75, chairRequired: true, markerRule: 'majority' },
  placeName: 'Tam Đường',
  helperGroupName: 'Tổ giúp việc',
  signers: [
    { role: 'council-chair', title: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Lò Văn Thắng' },
    { role: 'council-secretary', title: 'THƯ KÝ HỘI ĐỒNG', name: 'Phạm Thị Thu Hà' },
    { role: 'authority-head', title: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: 'Sùng A Lử' },
  ],
  notes: 'Dữ liệu mẫu: huyện Tam Đường, tỉnh Lai Châu, kế hoạch OCOP năm 2025 (QĐ 148/QĐ-TTg).',
};

type DemoMember = Omit<MemberInput, 'activeFrom' | 'activeTo' | 'phone'>;

const council = (
  name: string,
  role: 'chair' | 'vice-chair' | 'member' | 'secretary',
  title: string,
  organisation: string,
): DemoMember => ({ body: 'council', name, role, title, organisation, scores: role !== 'secretary' });
const helper = (name: string, role: 'leader' | 'member', title: string, organisation: string): DemoMember => ({
  body: 'helper-group',
  name,
  role,
  title,
  organisation,
  scores: false,
});

const UBND = 'Ủy ban nhân dân huyện Tam Đường';
const AGRICULTURE = 'Phòng Nông nghiệp và Phát triển nông thôn huyện Tam Đường';
const ECONOMY = 'Phòng Kinh tế và Hạ tầng huyện Tam Đường';

/** Nine council members (the secretary does not score) and the four of the helper group (Tổ giúp việc). */
export const MEMBERS: readonly MemberInput[] = [
  council('Lò Văn Thắng', 'chair', 'Phó Chủ tịch UBND huyện', UBND),
  council('Nguyễn Thị Hồng Nhung', 'vice-chair', 'Trưởng phòng Nông nghiệp và PTNT', AGRICULTURE),
  council('Sầm Văn Tuấn', 'vice-chair', 'Trưởng phòng Kinh tế và Hạ tầng', ECONOMY),
  council('Giàng A Chớ', 'member', 'Phó Trưởng phòng Nông nghiệp và PTNT', AGRICULTURE),
  council('Lường Thị Hoa', 'member', 'Trưởng phòng Y tế', 'Phòng Y tế huyện Tam Đường'),
  council('Vương Văn Khánh', 'member', 'Phó Trưởng phòng Kinh tế và Hạ tầng (công thương)', ECONOMY),
  council('Trần Minh Đức', 'member', 'Trưởng phòng Văn hóa và Thông tin', 'Phòng Văn hóa và Thông tin huyện Tam Đường'),
  council('Tẩn Láo San', 'member', 'Giám đốc', 'Trung tâm Dịch vụ nông nghiệp huyện Tam Đường'),
  council('Phạm Thị Thu Hà', 'secretary', 'Chuyên viên Phòng Nông nghiệp và PTNT', AGRICULTURE),
  helper('Lê Thị Thanh Xuân', 'leader', 'Phó Trưởng phòng Nông nghiệp và PTNT', AGRICULTURE),
  helper('Lò Thị Ánh', 'member', 'Chuyên viên', ECONOMY),
  helper('Chảo Thị Mẩy', 'member', 'Viên chức', 'Trung tâm Dịch vụ nông nghiệp huyện Tam Đường'),
  helper('Vàng A Sùng', 'member', 'Chuyên viên', 'Văn phòng HĐND và UBND huyện Tam Đường'),
].map((member) => ({ ...member, phone: '', activeFrom: COUNCIL_FROM, activeTo: null }));

/** Tam Đường 2025 plan (domain README §7): 6 first evaluations, 1 upgrade, 5 re-evaluations. */
export const PLAN = { year: 2025, firstEvaluations: 6, upgrades: 1, reEvaluations: 5 } as const;

/** Round 1 scored before 20/5 (closed), round 2 before 20/10 (dossiers by 30/9). */
export const ROUNDS = [
  { number: 1, deadline: d('2025-05-20'), dossiersBy: d('2025-03-31'), status: 'closed' },
  { number: 2, deadline: d('2025-10-20'), dossiersBy: d('2025-09-30'), status: 'open' },
] as const;
