/** Star bands of QĐ 148 and QĐ 26/2026 ("từ … đến dưới …"): the lowest mean of each star level. */
export const STAR_BANDS: readonly { readonly stars: 1 | 2 | 3 | 4 | 5; readonly min: number }[] = [
  { stars: 5, min: 90 },
  { stars: 4, min: 70 },
  { stars: 3, min: 50 },
  { stars: 2, min: 30 },
  { stars: 1, min: 0 },
];

export type Stars = 1 | 2 | 3 | 4 | 5;

/**
 * The star band of a mean score: 5★ 90–100, 4★ 70 to < 90, 3★ 50 to < 70, 2★ 30 to < 50, 1★ < 30.
 * The mean is used at full precision: 69.99 is 3★, never rounded up to 70.
 *
 * @example bandStars(71.857142857142857) === 4; bandStars(69.99) === 3
 */
export function bandStars(mean: number): Stars {
  for (const band of STAR_BANDS) if (mean >= band.min) return band.stars;
  return 1;
}

/**
 * A mean for display with two decimals: rounded half up, except that a rounding which would cross a
 * band edge is truncated instead, so the shown figure never claims a band the product did not reach
 * (domain README §4: "Never round across a band edge").
 *
 * @example displayMean(87.5) === 87.5; displayMean(71.857142) === 71.86; displayMean(89.996) === 89.99
 */
export function displayMean(mean: number): number {
  const rounded = Math.round(mean * 100 + 1e-9) / 100;
  const crosses = STAR_BANDS.some((band) => band.min > 0 && mean < band.min && rounded >= band.min);
  return crosses ? Math.floor(mean * 100) / 100 : rounded;
}
