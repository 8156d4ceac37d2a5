import type { PartMeans } from '../../../../../shared/domain/scoring/compute-results';
import type { MemberColumn } from './member-matrix';
import type { ProductView } from './results-view';

/**
 * One bar of the part chart: each part takes exactly its maximum's length (A 0–40, B 40–65, C 65–100),
 * filled up to the part's mean; `*Rest` is the unfilled remainder of the part.
 */
export interface PartBar {
  readonly productId: string;
  readonly name: string;
  /** The axis label: the product's number in the summary table, then its name ("2. Rượu ngô…"). */
  readonly label: string;
  readonly mean: number;
  readonly means: PartMeans;
  readonly max: PartMeans;
  readonly A: number;
  readonly ARest: number;
  readonly B: number;
  readonly BRest: number;
  readonly C: number;
  readonly CRest: number;
}

/**
 * The part chart's bars: the products that have figures, in the results' order.
 *
 * @example Lai Châu q2 (A 31, B 19, C 18.8; maxima 40/25/35) → { A: 31, ARest: 9, B: 19, BRest: 6, C: 18.8, CRest: 16.2 }
 */
export function partBars(products: readonly ProductView[]): PartBar[] {
  return products.flatMap(({ product, result, partMax }, index): PartBar[] => {
    if (!result.partMeans || !partMax || result.mean === null) return [];
    const means = result.partMeans;
    const rest = (part: keyof PartMeans) => Math.max(0, partMax[part] - means[part]);
    return [
      {
        productId: product.productId,
        name: product.name,
        label: `${index + 1}. ${product.name}`,
        mean: result.mean,
        means,
        max: partMax,
        A: means.A,
        ARest: rest('A'),
        B: means.B,
        BRest: rest('B'),
        C: means.C,
        CRest: rest('C'),
      },
    ];
  });
}

/** One member's bar of the deviation chart: the total and its distance from the product's mean. */
export interface DeviationBar {
  readonly memberId: string;
  readonly name: string;
  readonly total: number;
  readonly deviation: number;
}

/**
 * Each scoring member's deviation from a product's mean (total − mean, full precision), in the council's
 * order; members without a total in the counted round are left out.
 *
 * @example totals 66, 69, 71, 68, 70 (mean 68.8) → deviations −2.8, 0.2, 2.2, −0.8, 1.2
 */
export function deviationBars(view: ProductView, columns: readonly MemberColumn[]): DeviationBar[] {
  const { mean, memberTotals } = view.result;
  if (mean === null) return [];
  return columns.flatMap((column): DeviationBar[] => {
    const total = memberTotals[column.memberId];
    return total === undefined
      ? []
      : [{ memberId: column.memberId, name: column.name, total, deviation: total - mean }];
  });
}

/**
 * Whole-point ticks from −limit to +limit in steps of 1, 2 or 5, so the axis reads evenly around zero.
 *
 * @example deviationTicks(3) → [-3, -2, -1, 0, 1, 2, 3]; deviationTicks(9) → [-10, -8, …, 8, 10]
 */
export function deviationTicks(limit: number): number[] {
  const step = limit <= 6 ? 1 : limit <= 12 ? 2 : 5;
  const top = Math.ceil(limit / step) * step;
  const ticks: number[] = [];
  for (let tick = -top; tick <= top; tick += step) ticks.push(tick);
  return ticks;
}

/** A symmetric axis limit for deviations: the largest one, at least half the threshold, up to a whole point. */
export function deviationLimit(bars: readonly DeviationBar[], threshold: number): number {
  const largest = bars.reduce((max, bar) => Math.max(max, Math.abs(bar.deviation)), threshold / 2);
  return Math.max(1, Math.ceil(largest));
}

/**
 * Splits a name into at most `lines` lines of about `width` characters, the last one ending in "…" if cut.
 *
 * @example wrapLabel('Du lịch cộng đồng bản Sì Thâu Chải', 20, 2) → ['Du lịch cộng đồng', 'bản Sì Thâu Chải']
 */
export function wrapLabel(text: string, width: number, lines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= width || line === '') line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line !== '') out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1] ?? ''}…`;
  return kept;
}

/**
 * A signed figure with a true minus sign and the language's decimal mark: "+2,20", "−2,80".
 *
 * @example signedNumber(-2.8, (v) => formatNumber(v, 'vi')) === '−2,80'
 */
export function signedNumber(value: number, format: (v: number) => string): string {
  if (Math.abs(value) < 0.005) return format(0);
  return value > 0 ? `+${format(value)}` : `−${format(-value)}`;
}
