import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../../shared/i18n/format';
import { deviationBars, deviationLimit, deviationTicks, partBars, signedNumber, wrapLabel } from './chart-data';
import { resultsView } from './results-view';
import { laiChau } from './test-support';

function view() {
  const { session, sheets, sets, compiled, expected } = laiChau();
  return resultsView(session, sheets, expected, sets, compiled);
}

describe('the chart figures', () => {
  it('fills each part of a product’s bar up to its mean and leaves the rest of its maximum', () => {
    const q2 = partBars(view().products)[1];
    expect(q2).toMatchObject({
      productId: 'q2',
      label: '2. Rượu ngô men lá Sà Dề Phìn',
      A: 31,
      ARest: 9,
      B: 19,
      BRest: 6,
      C: 18.8,
      mean: 68.8,
    });
    expect(q2?.CRest).toBeCloseTo(16.2, 10);
  });

  it('gives each member’s deviation from the mean at full precision', () => {
    const { products, columns } = view();
    const q2 = products[1];
    if (!q2) throw new Error('q2');
    const bars = deviationBars(q2, columns);
    expect(bars.map((b) => [b.memberId, b.total])).toEqual([
      ['c1', 66],
      ['c2', 69],
      ['c3', 71],
      ['c4', 68],
      ['c5', 70],
    ]);
    expect(bars.map((b) => Number(b.deviation.toFixed(6)))).toEqual([-2.8, 0.2, 2.2, -0.8, 1.2]);
    expect(deviationLimit(bars, 10)).toBe(5);
    expect(deviationLimit(bars, 2)).toBe(3);
  });

  it('puts whole-point ticks evenly around zero', () => {
    expect(deviationTicks(3)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(deviationTicks(9)).toEqual([-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]);
    expect(deviationTicks(13)).toEqual([-15, -10, -5, 0, 5, 10, 15]);
  });

  it('writes signed figures with a true minus and the decimal comma', () => {
    const vi = (v: number) => formatNumber(v, 'vi');
    expect(signedNumber(-2.8, vi)).toBe('−2,80');
    expect(signedNumber(2.2, vi)).toBe('+2,20');
    expect(signedNumber(0.001, vi)).toBe('0,00');
  });

  it('wraps a long product name over two lines and marks a cut with an ellipsis', () => {
    expect(wrapLabel('Du lịch cộng đồng bản Sì Thâu Chải', 20, 2)).toEqual(['Du lịch cộng đồng', 'bản Sì Thâu Chải']);
    expect(wrapLabel('Hồng trà Tam Đường', 30, 2)).toEqual(['Hồng trà Tam Đường']);
    expect(wrapLabel('một hai ba bốn năm sáu bảy tám chín mười', 8, 2)).toEqual(['một hai', 'ba bốn…']);
  });
});
