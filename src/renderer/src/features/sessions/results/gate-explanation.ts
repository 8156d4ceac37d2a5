import type { RubricSet, StarLevel } from '../../../../../shared/domain/rubric/rubric-pack.schema';
import { requiredPoints } from '../../../../../shared/domain/rubric/star-requirements';
import type { CompiledSet } from '../../../../../shared/domain/scoring/compiled-set';
import type { ProductResult } from '../../../../../shared/domain/scoring/compute-results';
import { meetsRequirement } from '../../../../../shared/domain/scoring/marker-gate';
import { scoreSheet } from '../../../../../shared/domain/scoring/score-sheet';
import type { Stars } from '../../../../../shared/domain/scoring/star-band';
import type { MarkerRule, SessionFile } from '../../../../../shared/domain/session/session-file.schema';

/** One criterion that keeps a product below a star level, with the figures that say why. */
export interface CriterionShortfall {
  readonly id: string;
  /** The criterion's text as people read it (sentence case, shortened). */
  readonly label: string;
  readonly fullText: string;
  readonly level: StarLevel;
  /** The points the criterion requires at that level (`requiredPoints`). */
  readonly required: number;
  /** How many scoring members chose an option worth at least `required`. */
  readonly reached: number;
  readonly scoring: number;
  /** The mean of the members' points on the criterion (what the `mean` rule compares). */
  readonly meanPoints: number;
  readonly rule: MarkerRule;
}

/** Why the marker gate ranked a product below its band: the failing criteria at each level it missed. */
export interface GateExplanation {
  readonly productId: string;
  readonly mean: number;
  readonly band: Stars;
  readonly stars: Stars;
  /** From the band's level down to one above the stars given; the first is `blockingCriteria`. */
  readonly levels: readonly { readonly level: StarLevel; readonly shortfalls: readonly CriterionShortfall[] }[];
}

const LABEL_LENGTH = 60;

function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * A criterion's text for a sentence: headings printed in capitals become sentence case, and a long text
 * is cut at a word before `max` characters with an ellipsis.
 *
 * @example criterionLabel('ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM') === 'Đảm bảo chất lượng sản phẩm'
 */
export function criterionLabel(text: string, max = LABEL_LENGTH): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const open = trimmed.indexOf(' (');
  const head = open > 0 ? trimmed.slice(0, open) : trimmed;
  const rest = open > 0 ? trimmed.slice(open) : '';
  const isCapitals = (part: string) => /\p{L}/u.test(part) && part === part.toLocaleUpperCase('vi');
  const readable = isCapitals(head)
    ? sentenceCase(head) + (isCapitals(rest) ? rest.toLocaleLowerCase('vi') : rest)
    : trimmed;
  if (readable.length <= max) return readable;
  const cut = readable.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.(]+$/, '')}…`;
}

/** Each scoring member's points by criterion on the product's sheets of `round` (members of `memberTotals`). */
export function memberPoints(
  file: SessionFile,
  result: Pick<ProductResult, 'id' | 'round' | 'memberTotals'>,
  set: CompiledSet,
): Int16Array[] {
  const counted = new Set(Object.keys(result.memberTotals));
  return file.sheets
    .filter((s) => s.product === result.id && s.round === result.round && counted.has(s.member))
    .map((s) => scoreSheet(set, s.choices).points);
}

/**
 * The words behind a lowered star: for each level from the band down to the stars given, the criteria whose
 * star minimum the members did not meet under the council's marker rule (session-v1.md, step 6), with the
 * required points and how many members reached them. Null when the gate kept the band.
 *
 * @example Lai Châu 2026, q2: mean 68.8, band 3, stars 2 → level 3: C-9 requires 1 point, 2 of 5 members reached it
 */
export function explainGate(
  result: ProductResult,
  set: RubricSet,
  pointsByMember: readonly Int16Array[],
  rule: MarkerRule,
): GateExplanation | null {
  const { mean, bandStars: band, stars } = result;
  if (mean === null || band === null || stars === null || stars >= band) return null;
  const levels: GateExplanation['levels'][number][] = [];
  for (let level = band; level > stars && level >= 3; level -= 1) {
    const shortfalls: CriterionShortfall[] = [];
    set.criteria.forEach((criterion, index) => {
      const required = requiredPoints(criterion, level);
      if (required === undefined) return;
      const points = pointsByMember.map((sheet) => sheet[index] ?? 0);
      if (meetsRequirement(points, required, rule)) return;
      const reached = points.filter((p) => p >= required).length;
      const sum = points.reduce((total, p) => total + p, 0);
      shortfalls.push({
        id: criterion.id,
        label: criterionLabel(criterion.text),
        fullText: criterion.text,
        level: level as StarLevel,
        required,
        reached,
        scoring: points.length,
        meanPoints: points.length === 0 ? 0 : sum / points.length,
        rule,
      });
    });
    levels.push({ level: level as StarLevel, shortfalls });
  }
  return { productId: result.id, mean, band, stars, levels };
}
