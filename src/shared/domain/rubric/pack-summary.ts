import type { RubricPack, RubricSet } from './rubric-pack.schema';

export interface SetSummary {
  readonly no: number;
  readonly code: string;
  readonly name: string;
  readonly groupCode: string;
  readonly groupName: string;
  readonly complete: boolean;
  readonly criteriaCount: number;
  readonly totalPoints: number;
}

/** What a list of packs shows, without the forms themselves. */
export interface PackSummary {
  readonly id: string;
  readonly version: number;
  readonly versions: readonly number[];
  readonly bundled: boolean;
  readonly title: string;
  readonly legalBasis: RubricPack['legalBasis'];
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly sets: readonly SetSummary[];
}

/** The points a set's sections add up to (100 for a complete set). */
export function setTotalPoints(set: Pick<RubricSet, 'sections'>): number {
  return set.sections.reduce((sum, section) => sum + section.maxPoints, 0);
}

export function summarisePack(
  pack: RubricPack,
  options: { bundled?: boolean; versions?: readonly number[] } = {},
): PackSummary {
  return {
    id: pack.id,
    version: pack.version,
    versions: options.versions ?? [pack.version],
    bundled: options.bundled ?? false,
    title: pack.title,
    legalBasis: pack.legalBasis,
    effectiveFrom: pack.effectiveFrom,
    effectiveTo: pack.effectiveTo,
    sets: pack.sets.map((set) => ({
      no: set.no,
      code: set.code,
      name: set.name,
      groupCode: set.group.code,
      groupName: set.group.name,
      complete: set.complete,
      criteriaCount: set.criteria.length,
      totalPoints: setTotalPoints(set),
    })),
  };
}
