import type { Choice } from '../session/session-file.schema';
import { choicePoints, type CompiledSet } from './compiled-set';

/** A sheet's points: total, part totals (A, B, C) and the points of each criterion in form order. */
export interface SheetScore {
  readonly total: number;
  readonly parts: readonly [number, number, number];
  /** Points by criterion index; an unanswered criterion counts 0 here (a draft's running subtotal). */
  readonly points: Int16Array;
}

/**
 * Sums a sheet: each criterion the points of its chosen option, null ("none applies") and unanswered 0.
 * Keys that are not criteria of the set are ignored here; validation reports them.
 *
 * @example scoreSheet(set11, { 'A-1.1': 2, 'A-1.2': null, … }) → { total: 78, parts: [32, 21, 25], … }
 */
export function scoreSheet(set: CompiledSet, choices: Readonly<Record<string, Choice>>): SheetScore {
  const points = new Int16Array(set.criteria.length);
  let a = 0;
  let b = 0;
  let c = 0;
  for (const id in choices) {
    const criterion = set.byId.get(id);
    if (criterion === undefined) continue;
    const value = choicePoints(criterion, choices[id] ?? null);
    points[criterion.index] = value;
    if (criterion.part === 0) a += value;
    else if (criterion.part === 1) b += value;
    else c += value;
  }
  return { total: a + b + c, parts: [a, b, c], points };
}

/**
 * The criteria a draft sheet has not answered yet, in form order. "None of the options applies" (null) is
 * an answer worth 0 points; a criterion absent from `choices` is not answered.
 *
 * @example unansweredCriteria(set11, { 'A-1.1': null }) → every id of set 11 but 'A-1.1'
 */
export function unansweredCriteria(set: CompiledSet, choices: Readonly<Record<string, Choice>>): string[] {
  return set.criteria.filter((criterion) => !Object.hasOwn(choices, criterion.id)).map((criterion) => criterion.id);
}
