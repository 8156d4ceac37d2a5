/** The demo's 2025 dossiers and its certificates of 2021–2025 (see tam-duong-2025.ts for the figures). */
import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { Attempt } from '../../../../shared/domain/session/session-file.schema';

const d = (value: string) => value as IsoDate;

/** One pre-check step: the outcome on a day, with what to complete or why it is excluded. */
export interface DemoPrecheck {
  readonly outcome: 'complete' | 'returned' | 'disqualified';
  readonly on: IsoDate;
  readonly notes: string;
}

export interface DemoDossier {
  readonly product: string;
  readonly attempt: Attempt;
  readonly receivedOn: IsoDate;
  readonly round: 1 | 2;
  /** Evidence items missing from the Mẫu 02 checklist. */
  readonly missing?: readonly string[];
  readonly prechecks: readonly DemoPrecheck[];
  readonly evaluation?: { readonly mean: number; readonly stars: number; readonly on: IsoDate };
}

const COMPLETE = (on: string): DemoPrecheck => ({ outcome: 'complete', on: d(on), notes: '' });
const ROUND_1_SCORED = d('2025-05-16');

/** The 2025 dossiers, in every state. */
export const DOSSIERS: readonly DemoDossier[] = [
  {
    product: 'che-shan-tuyet',
    attempt: 'first',
    receivedOn: d('2025-03-10'),
    round: 1,
    prechecks: [COMPLETE('2025-03-24')],
    evaluation: { mean: 72.5, stars: 4, on: ROUND_1_SCORED },
  },
  {
    product: 'gao-seng-cu',
    attempt: 'first',
    receivedOn: d('2025-03-12'),
    round: 1,
    prechecks: [COMPLETE('2025-03-24')],
    evaluation: { mean: 64.25, stars: 3, on: ROUND_1_SCORED },
  },
  {
    product: 'si-thau-chai',
    attempt: 'first',
    receivedOn: d('2025-03-18'),
    round: 1,
    prechecks: [COMPLETE('2025-03-28')],
    evaluation: { mean: 61, stars: 3, on: ROUND_1_SCORED },
  },
  { product: 'ruou-ngo', attempt: 'first', receivedOn: d('2025-06-09'), round: 2, prechecks: [] },
  {
    product: 'mien-dong',
    attempt: 'upgrade',
    receivedOn: d('2025-03-20'),
    round: 1,
    prechecks: [COMPLETE('2025-04-01')],
    evaluation: { mean: 74.25, stars: 4, on: ROUND_1_SCORED },
  },
  {
    product: 'che-ban-bo',
    attempt: 're-evaluation',
    receivedOn: d('2025-03-05'),
    round: 1,
    prechecks: [COMPLETE('2025-03-20')],
    evaluation: { mean: 63.5, stars: 3, on: ROUND_1_SCORED },
  },
  {
    product: 'che-o-long',
    attempt: 're-evaluation',
    receivedOn: d('2025-04-21'),
    round: 2,
    missing: ['test-results'],
    prechecks: [
      {
        outcome: 'returned',
        on: d('2025-05-02'),
        notes: 'Bổ sung phiếu kết quả kiểm nghiệm chỉ tiêu an toàn thực phẩm còn hiệu lực (không quá 12 tháng).',
      },
    ],
  },
  { product: 'thao-qua', attempt: 're-evaluation', receivedOn: d('2025-06-10'), round: 2, prechecks: [] },
  {
    product: 'man-say',
    attempt: 're-evaluation',
    receivedOn: d('2025-04-08'),
    round: 2,
    missing: ['food-safety'],
    prechecks: [
      {
        outcome: 'disqualified',
        on: d('2025-04-22'),
        notes:
          'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đã hết hiệu lực: hồ sơ bị loại theo điều kiện loại của phiếu đánh giá.',
      },
    ],
  },
  {
    product: 'nam-huong',
    attempt: 're-evaluation',
    receivedOn: d('2025-04-15'),
    round: 2,
    prechecks: [
      {
        outcome: 'returned',
        on: d('2025-04-25'),
        notes: 'Bổ sung bản thuyết minh vùng nguyên liệu và nhãn sản phẩm mới.',
      },
      COMPLETE('2025-06-12'),
    ],
  },
];

export interface DemoCertificate {
  readonly product: string;
  readonly stars: number;
  readonly score: number;
  readonly decisionNumber: string;
  readonly decisionDate: IsoDate;
  readonly issuer: string;
  readonly certificateNumber: string;
  readonly note?: string;
  /** Recorded first with this score by mistake, then corrected (the correction replaces that record). */
  readonly recordedFirstWithScore?: number;
  readonly revocation?: {
    readonly ground: number;
    readonly decisionNumber: string;
    readonly date: IsoDate;
    readonly note: string;
  };
}

const DISTRICT = 'Ủy ban nhân dân huyện Tam Đường';
const certificate = (
  product: string,
  score: number,
  decisionNumber: string,
  decisionDate: string,
  certificateNumber: string,
  extra: Partial<DemoCertificate> = {},
): DemoCertificate => ({
  product,
  stars: 3,
  score,
  decisionNumber,
  decisionDate: d(decisionDate),
  issuer: DISTRICT,
  certificateNumber,
  ...extra,
});

/** Certificates of 2021–2025: five expired and due for re-evaluation, a superseded one, a revoked one. */
export const CERTIFICATES: readonly DemoCertificate[] = [
  certificate('che-ban-bo', 60.25, '1012/QĐ-UBND', '2021-05-12', 'TĐ-OCOP-2021-03'),
  certificate('che-o-long', 62, '1954/QĐ-UBND', '2021-08-20', 'TĐ-OCOP-2021-05'),
  certificate('thao-qua', 58.75, '2630/QĐ-UBND', '2021-11-25', 'TĐ-OCOP-2021-08'),
  certificate('man-say', 61.5, '45/QĐ-UBND', '2022-01-14', 'TĐ-OCOP-2022-01'),
  certificate('la-tam', 57, '702/QĐ-UBND', '2022-03-30', 'TĐ-OCOP-2022-02'),
  certificate('nam-huong', 63, '1388/QĐ-UBND', '2022-06-10', 'TĐ-OCOP-2022-04'),
  certificate('mang-kho', 59.5, '2715/QĐ-UBND', '2022-11-18', 'TĐ-OCOP-2022-07'),
  certificate('mien-dong', 66.5, '1185/QĐ-UBND', '2023-04-14', 'TĐ-OCOP-2023-02'),
  certificate('thit-trau', 55.25, '2241/QĐ-UBND', '2023-09-12', 'TĐ-OCOP-2023-06', {
    revocation: {
      ground: 3,
      decisionNumber: '618/QĐ-UBND',
      date: d('2025-03-18'),
      note: 'Kiểm tra sau công nhận phát hiện vi phạm quy định về an toàn thực phẩm.',
    },
  }),
  certificate('mat-ong', 67, '1342/QĐ-UBND', '2024-05-28', 'TĐ-OCOP-2024-03', {
    recordedFirstWithScore: 76,
    note: 'Sửa điểm ghi nhầm 76,00 thành 67,00 theo biên bản họp hội đồng.',
  }),
  certificate('che-ban-bo', 63.5, '1598/QĐ-UBND', '2025-06-05', 'TĐ-OCOP-2025-01'),
  certificate('gao-seng-cu', 64.25, '1598/QĐ-UBND', '2025-06-05', 'TĐ-OCOP-2025-02'),
  certificate('si-thau-chai', 61, '1598/QĐ-UBND', '2025-06-05', 'TĐ-OCOP-2025-03'),
];
