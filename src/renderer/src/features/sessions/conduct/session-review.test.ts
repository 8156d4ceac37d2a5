import { describe, expect, it } from 'vitest';
import type { ProductResult, SessionResults } from '../../../../../shared/domain/scoring/compute-results';
import { amendableSheets, sessionFileName, spreadRows, unsettledProducts } from './session-review';
import { member, product, session, sheets } from './test-support';

function result(id: string, extra: Partial<ProductResult>): ProductResult {
  return {
    id,
    round: 1,
    memberTotals: {},
    mean: null,
    partMeans: null,
    spread: null,
    spreadFlag: false,
    bandStars: null,
    stars: null,
    blockingCriteria: [],
    status: 'recognise',
    ...extra,
  };
}

const council = [
  member('m1', { role: 'chair', name: 'Hà Văn Bình' }),
  member('m2', { name: 'Lý Thị Sen' }),
  member('m3'),
];
const s = session(council, [product('p1'), product('p2'), product('p3')], { phase: 'review' });
const results: SessionResults = {
  quorum: { present: 3, total: 3, met: true },
  products: [
    result('p1', {
      memberTotals: { m2: 75, m1: 60, m3: 64 },
      spread: 15,
      spreadFlag: true,
      status: 'rescore',
      round: 2,
    }),
    result('p2', { memberTotals: { m1: 70, m2: 72, m3: 71 }, spread: 2 }),
    result('p3', { status: 'incomplete' }),
  ],
};

describe('the spread review', () => {
  it('lists the flagged products with lowest and highest totals and every member’s, in member order', () => {
    expect(spreadRows(s, results)).toEqual([
      {
        product: s.products[0],
        round: 2,
        min: 60,
        max: 75,
        spread: 15,
        totals: [
          { memberId: 'm1', name: 'Hà Văn Bình', total: 60 },
          { memberId: 'm2', name: 'Lý Thị Sen', total: 75 },
          { memberId: 'm3', name: 'Thành viên m3', total: 64 },
        ],
      },
    ]);
  });

  it('names the products that keep the chair from confirming, with their status', () => {
    expect(unsettledProducts(s, results).map((u) => [u.product.productId, u.status])).toEqual([
      ['p1', 'rescore'],
      ['p3', 'incomplete'],
    ]);
  });
});

describe('the sheets an amendment may correct', () => {
  it('are the sealed member sheets of every round, by product, round and member', () => {
    const list = amendableSheets(
      s,
      sheets(
        [
          ['m2', 'p2'],
          ['m1', 'p1', 2],
          ['m1', 'p1', 1],
          ['m2', 'p1', 1],
        ],
        [['m3', 'p1', 2]],
      ),
    );
    expect(list.map((a) => [a.productId, a.round, a.memberId])).toEqual([
      ['p1', 1, 'm1'],
      ['p1', 1, 'm2'],
      ['p1', 2, 'm1'],
      ['p2', 1, 'm2'],
    ]);
  });
});

describe('the exported file’s name', () => {
  it('folds the title to plain lower-case words joined by hyphens', () => {
    expect(sessionFileName('Phiên chấm đợt 1 năm 2026')).toBe('phien-cham-dot-1-nam-2026.session.json');
    expect(sessionFileName('Đánh giá: “Chè” / 2026!')).toBe('danh-gia-che-2026.session.json');
    expect(sessionFileName('★★★')).toBe('phien-cham.session.json');
  });
});
