import type { RubricCriterion, StarLevel } from './rubric-pack.schema';

export const STAR_LEVELS: readonly StarLevel[] = [3, 4, 5];

/**
 * The points a criterion requires at star level `level`: the marked minimum of the highest marked level
 * L ≤ `level` (session-v1.md, "Marker gate"). Levels 1 and 2 have no requirements.
 *
 * Source: the note of every form of QĐ 148 and QĐ 26/2026 ("Dấu sao là yêu cầu tối thiểu phải đạt theo
 * các cấp độ sao"); the carry-over to higher levels is the app's reading, as documented in session-v1.md.
 *
 * @example requiredPoints({ minPointsForStar: { '3': 1, '5': 3 } }, 4) === 1
 */
export function requiredPoints(
  criterion: Pick<RubricCriterion, 'minPointsForStar'>,
  level: number,
): number | undefined {
  let required: number | undefined;
  for (const marked of STAR_LEVELS) {
    if (marked > level) break;
    const value = criterion.minPointsForStar[String(marked) as '3' | '4' | '5'];
    if (value !== undefined) required = value;
  }
  return required;
}

/** The star level (3–5) whose minimum an option of `points` meets on this criterion, or null. */
export function starLevelMetBy(criterion: Pick<RubricCriterion, 'minPointsForStar'>, points: number): StarLevel | null {
  let met: StarLevel | null = null;
  for (const level of STAR_LEVELS) {
    const required = requiredPoints(criterion, level);
    if (required === undefined || points >= required) met = level;
    else break;
  }
  return met;
}
