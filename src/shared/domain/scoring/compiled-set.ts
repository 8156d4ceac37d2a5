import type { PartId, RubricSet } from '../rubric/rubric-pack.schema';
import { STAR_LEVELS, requiredPoints } from '../rubric/star-requirements';
import type { Choice } from '../session/session-file.schema';

/** Index of a part in per-part arrays: A 0, B 1, C 2. */
export const PART_INDEX: Readonly<Record<PartId, 0 | 1 | 2>> = { A: 0, B: 1, C: 2 };

/** A criterion reduced to what scoring needs: points by option index, points required per star level. */
export interface CompiledCriterion {
  readonly id: string;
  readonly index: number;
  readonly part: 0 | 1 | 2;
  /** Points by option index, or null when the criterion has variant lists. */
  readonly options: readonly number[] | null;
  readonly variants: ReadonlyMap<string, readonly number[]> | null;
  /** Points required at star levels 3, 4, 5 (session-v1.md, "Marker gate"); −1 when none. */
  readonly required: readonly [number, number, number];
}

/** A rubric set prepared once for scoring many sheets. */
export interface CompiledSet {
  readonly no: number;
  readonly criteria: readonly CompiledCriterion[];
  readonly byId: ReadonlyMap<string, CompiledCriterion>;
  /** The criteria with at least one star requirement, in form order. */
  readonly gated: readonly CompiledCriterion[];
}

export function compileSet(set: RubricSet): CompiledSet {
  const criteria = set.criteria.map((criterion, index): CompiledCriterion => {
    const [r3, r4, r5] = STAR_LEVELS.map((level) => requiredPoints(criterion, level) ?? -1);
    return {
      id: criterion.id,
      index,
      part: PART_INDEX[criterion.part],
      options: criterion.options ? criterion.options.map((o) => o.points) : null,
      variants: criterion.variants
        ? new Map(criterion.variants.map((v) => [v.id, v.options.map((o) => o.points)]))
        : null,
      required: [r3 ?? -1, r4 ?? -1, r5 ?? -1],
    };
  });
  return {
    no: set.no,
    criteria,
    byId: new Map(criteria.map((c) => [c.id, c])),
    gated: criteria.filter((c) => c.required.some((points) => points >= 0)),
  };
}

/**
 * The points of a choice on a criterion: the chosen option's points, 0 for null ("none of the options
 * applies"). The choice must have been validated (`choiceProblem` returns null).
 */
export function choicePoints(criterion: CompiledCriterion, choice: Choice): number {
  if (choice === null) return 0;
  if (typeof choice === 'number') return criterion.options?.[choice] ?? 0;
  return criterion.variants?.get(choice.variant)?.[choice.option] ?? 0;
}

/** Why a choice cannot stand on this criterion (an i18n issue key), or null when it can. */
export function choiceProblem(criterion: CompiledCriterion, choice: Choice): string | null {
  if (choice === null) return null;
  if (typeof choice === 'number') {
    if (!criterion.options) return 'session.variantRequired';
    return choice < criterion.options.length ? null : 'session.optionOutOfRange';
  }
  if (!criterion.variants) return 'session.variantNotAllowed';
  const options = criterion.variants.get(choice.variant);
  if (!options) return 'session.unknownVariant';
  return choice.option < options.length ? null : 'session.optionOutOfRange';
}
