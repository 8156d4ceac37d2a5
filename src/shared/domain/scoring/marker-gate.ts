import type { MarkerRule } from '../session/session-file.schema';
import type { CompiledSet } from './compiled-set';
import type { Stars } from './star-band';

/**
 * Whether the scoring members' points on one criterion meet `required` points under the council's rule:
 * `majority` more than half of them chose at least that many points, `mean` their mean is at least that,
 * `all` every one of them did. Not written in the law; the rule is a council setting (session-v1.md).
 *
 * @example meetsRequirement([3, 3, 1], 3, 'majority') === true; meetsRequirement([3, 3, 1], 3, 'all') === false
 */
export function meetsRequirement(points: readonly number[], required: number, rule: MarkerRule): boolean {
  const n = points.length;
  if (n === 0) return false;
  let atLeast = 0;
  let sum = 0;
  for (const value of points) {
    if (value >= required) atLeast += 1;
    sum += value;
  }
  if (rule === 'majority') return atLeast * 2 > n;
  if (rule === 'all') return atLeast === n;
  return sum >= required * n;
}

export interface GateOutcome {
  readonly stars: Stars;
  /** Criterion ids that fail at the band's level, in form order; empty when the gate kept the band. */
  readonly blockingCriteria: readonly string[];
}

/**
 * The star-marker gate: the highest level S ≤ `band` whose requirements are all met (levels 1–2 have
 * none). `sheets` holds each scoring member's points by criterion index.
 *
 * @example band 4, a criterion requiring 2 points at 4★ where 3 of 5 members gave 1 point
 *   → { stars: 3, blockingCriteria: ['C-9'] } (if its 3★ requirement is met)
 */
export function applyMarkerGate(
  set: CompiledSet,
  sheets: readonly Int16Array[],
  band: Stars,
  rule: MarkerRule,
): GateOutcome {
  const failsAt = (level: 3 | 4 | 5): string[] => {
    const failing: string[] = [];
    const column: number[] = new Array<number>(sheets.length);
    for (const criterion of set.gated) {
      const required = criterion.required[level - 3] ?? -1;
      if (required < 0) continue;
      for (let m = 0; m < sheets.length; m += 1) column[m] = sheets[m]?.[criterion.index] ?? 0;
      if (!meetsRequirement(column, required, rule)) failing.push(criterion.id);
    }
    return failing;
  };
  if (band === 1 || band === 2) return { stars: band, blockingCriteria: [] };
  const blocking = failsAt(band);
  if (blocking.length === 0) return { stars: band, blockingCriteria: [] };
  for (let level = band - 1; level >= 3; level -= 1) {
    if (failsAt(level as 3 | 4).length === 0) return { stars: level as Stars, blockingCriteria: blocking };
  }
  return { stars: 2, blockingCriteria: blocking };
}
