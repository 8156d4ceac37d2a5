import { describe, expect, it } from 'vitest';
import type { ProductResult } from '../../../../../shared/domain/scoring/compute-results';
import { criterionLabel, explainGate, memberPoints } from './gate-explanation';
import { laiChau } from './test-support';

function q2() {
  const { file, sets, compiled, expected } = laiChau();
  const result = expected.products.find((p) => p.id === 'q2') as ProductResult;
  const set = sets.get(14);
  const compiledSet = compiled.get(14);
  if (!set || !compiledSet) throw new Error('set 14');
  return { result, set, points: memberPoints(file, result, compiledSet) };
}

describe('why the marker gate lowered a product', () => {
  it('names C-9 for Lai Châu q2: 1 point needed at 3 stars, reached by 2 of 5 members under the majority rule', () => {
    const { result, set, points } = q2();
    expect(points).toHaveLength(5);
    const gate = explainGate(result, set, points, 'majority');
    expect(gate).toMatchObject({ productId: 'q2', mean: 68.8, band: 3, stars: 2 });
    expect(gate?.levels).toEqual([
      {
        level: 3,
        shortfalls: [
          {
            id: 'C-9',
            label: 'Đảm bảo chất lượng sản phẩm',
            fullText: 'ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM',
            level: 3,
            required: 1,
            reached: 2,
            scoring: 5,
            meanPoints: expect.any(Number) as number,
            rule: 'majority',
          },
        ],
      },
    ]);
    // The explanation's first level is exactly the results' blocking criteria.
    expect(gate?.levels[0]?.shortfalls.map((s) => s.id)).toEqual(result.blockingCriteria);
  });

  it('reports the mean of the chosen points for the mean rule', () => {
    const { result, set, points } = q2();
    const c9 = set.criteria.findIndex((c) => c.id === 'C-9');
    // Only one member gave C-9 any points (3): the mean 0.6 is below the 1 point needed.
    const lowered = points.map((sheet, member) => {
      const copy = Int16Array.from(sheet);
      copy[c9] = member === 0 ? 3 : 0;
      return copy;
    });
    const shortfall = explainGate(result, set, lowered, 'mean')?.levels[0]?.shortfalls.find((s) => s.id === 'C-9');
    expect(shortfall).toMatchObject({ rule: 'mean', required: 1, reached: 1, scoring: 5 });
    expect(shortfall?.meanPoints).toBeCloseTo(0.6, 10);
  });

  it('lists each level it missed when the stars fall more than one level below the band', () => {
    const { result, set, points } = q2();
    // Pretend the mean were in the 4★ band: C-9 needs 3 points at 4★ and 1 at 3★.
    const gate = explainGate({ ...result, bandStars: 4 }, set, points, 'majority');
    expect(gate?.levels.map((l) => l.level)).toEqual([4, 3]);
    expect(gate?.levels[0]?.shortfalls.find((s) => s.id === 'C-9')?.required).toBe(3);
    expect(gate?.levels[1]?.shortfalls.map((s) => s.id)).toEqual(['C-9']);
  });

  it('explains nothing when the gate kept the band', () => {
    const { set, points, result } = q2();
    expect(explainGate({ ...result, stars: 3 }, set, points, 'majority')).toBeNull();
    expect(explainGate({ ...result, mean: null, bandStars: null, stars: null }, set, points, 'majority')).toBeNull();
  });
});

describe('a criterion as a sentence names it', () => {
  it('turns a heading in capitals into sentence case', () => {
    expect(criterionLabel('ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM')).toBe('Đảm bảo chất lượng sản phẩm');
    expect(criterionLabel('TÍNH ĐỘC ĐÁO (Chất lượng: Có nét riêng)')).toBe('Tính độc đáo (Chất lượng: Có nét riêng)');
  });

  it('keeps ordinary text and shortens a long one at a word with an ellipsis', () => {
    expect(criterionLabel('Nguồn nguyên liệu')).toBe('Nguồn nguyên liệu');
    const long = 'Trí tuệ/bản sắc địa phương Yêu cầu: Nội dung câu chuyện sản phẩm OCOP phải thể hiện rõ nguồn gốc';
    const label = criterionLabel(long, 40);
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(41);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
  });
});
