import type { Attempt } from '../session/session-file.schema';
import { dossierStatus, type Dossier, type DossierStatus } from './dossier.schema';
import type { PlanTarget } from './plan-target.schema';

/** The attempts a year's plan sets targets for, in the order the plan lists them. */
export const PLAN_ATTEMPTS: readonly Attempt[] = ['first', 'upgrade', 're-evaluation'];

/** Statuses of a dossier that is still on its way to the council: received, not yet evaluated or excluded. */
const IN_PROGRESS: ReadonlySet<DossierStatus> = new Set(['received', 'complete', 'returned', 'resubmitted']);

/** The plan's figures for one kind of attempt. */
export interface AttemptProgress {
  readonly attempt: Attempt;
  /** The plan's target, or null when the year has no plan. */
  readonly target: number | null;
  /** Dossiers of the year with this attempt that the council has evaluated (whatever the stars). */
  readonly done: number;
  /** Received and still on the way: waiting for pre-check, returned for completion, or complete. */
  readonly inProgress: number;
  /** Excluded by the pre-check. */
  readonly disqualified: number;
}

export interface PlanProgress {
  readonly year: number;
  readonly hasPlan: boolean;
  /** First evaluations, upgrades, re-evaluations, in that order. */
  readonly attempts: readonly AttemptProgress[];
}

const TARGET_OF: Readonly<Record<Attempt, keyof Pick<PlanTarget, 'firstEvaluations' | 'upgrades' | 'reEvaluations'>>> =
  {
    first: 'firstEvaluations',
    upgrade: 'upgrades',
    're-evaluation': 'reEvaluations',
  };

/**
 * The year's plan against what was done: for each attempt (first evaluation, upgrade, re-evaluation), the
 * target and the dossiers of that year with that attempt that were evaluated (status `evaluated`, whatever
 * the stars: the plan counts products evaluated), in progress, or disqualified. Dossiers of other years are
 * ignored. Tam Đường 2025 plan (domain README §7): 6 first evaluations, 1 upgrade, 5 re-evaluations.
 *
 * @example planProgress({ year: 2025, firstEvaluations: 6, upgrades: 1, reEvaluations: 5, … }, 2025, dossiers)
 *   with four evaluated and one received first-evaluation dossiers of 2025
 *   → attempts[0] = { attempt: 'first', target: 6, done: 4, inProgress: 1, disqualified: 0 }
 */
export function planProgress(plan: PlanTarget | null, year: number, dossiers: readonly Dossier[]): PlanProgress {
  const counts = new Map(PLAN_ATTEMPTS.map((attempt) => [attempt, { done: 0, inProgress: 0, disqualified: 0 }]));
  for (const dossier of dossiers) {
    const count = counts.get(dossier.attempt);
    if (dossier.year !== year || !count) continue;
    const status = dossierStatus(dossier);
    if (status === 'evaluated') count.done += 1;
    else if (status === 'disqualified') count.disqualified += 1;
    else if (IN_PROGRESS.has(status)) count.inProgress += 1;
  }
  const usable = plan !== null && plan.year === year ? plan : null;
  return {
    year,
    hasPlan: usable !== null,
    attempts: PLAN_ATTEMPTS.map((attempt) => ({
      attempt,
      target: usable ? usable[TARGET_OF[attempt]] : null,
      ...(counts.get(attempt) ?? { done: 0, inProgress: 0, disqualified: 0 }),
    })),
  };
}
