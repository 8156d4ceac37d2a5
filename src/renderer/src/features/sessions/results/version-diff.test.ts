import { describe, expect, it } from 'vitest';
import type { ProductResult, SessionResults } from '../../../../../shared/domain/scoring/compute-results';
import { laiChau } from './test-support';
import { diffResults } from './version-diff';

/** The results with one product's entry changed. */
function amended(results: SessionResults, id: string, change: (p: ProductResult) => ProductResult): SessionResults {
  return { ...results, products: results.products.map((p) => (p.id === id ? change(p) : p)) };
}

describe('what an amendment changed', () => {
  const before = laiChau().expected;

  it('finds nothing between identical versions', () => {
    expect(diffResults(before, structuredClone(before))).toEqual([]);
  });

  it('names the product whose member total, mean, stars and status changed, and only that one', () => {
    const after = amended(before, 'q2', (q2) => ({
      ...q2,
      memberTotals: { ...q2.memberTotals, c1: 73 },
      mean: 70.2,
      bandStars: 4,
      stars: 4,
      blockingCriteria: [],
      status: 'recognise',
    }));
    expect(diffResults(before, after)).toEqual([
      {
        productId: 'q2',
        mean: { before: 68.8, after: 70.2 },
        stars: { before: 2, after: 4 },
        status: { before: 'not-recognised', after: 'recognise' },
        totals: [{ memberId: 'c1', before: 66, after: 73 }],
      },
    ]);
  });

  it('reports a changed total even when the mean stays the same', () => {
    const after = amended(before, 'q1', (q1) => ({ ...q1, memberTotals: { ...q1.memberTotals, c1: 79, c3: 78 } }));
    expect(diffResults(before, after)).toEqual([
      {
        productId: 'q1',
        mean: null,
        stars: null,
        status: null,
        totals: [
          { memberId: 'c1', before: 78, after: 79 },
          { memberId: 'c3', before: 79, after: 78 },
        ],
      },
    ]);
  });
});
