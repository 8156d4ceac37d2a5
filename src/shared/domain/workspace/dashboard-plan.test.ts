import { describe, expect, it } from 'vitest';
import { planProgress } from './dashboard-plan';
import { dossier } from './dashboard-fixtures';

const PLAN_2025 = { year: 2025, firstEvaluations: 6, upgrades: 1, reEvaluations: 5, updatedAt: 'x' };

describe('planProgress', () => {
  it('counts, per attempt, the year’s dossiers evaluated, in progress and disqualified against the targets', () => {
    const dossiers = [
      dossier('f1', 'a', 'first', '2025-03-10', 'evaluated', '2025-05-16', { mean: 72.5, stars: 4 }),
      dossier('f2', 'b', 'first', '2025-03-12', 'evaluated', '2025-05-16', { mean: 47.75, stars: 2 }),
      dossier('f3', 'c', 'first', '2025-06-09'),
      dossier('f4', 'd', 'first', '2025-04-01', 'returned', '2025-04-10'),
      dossier('f5', 'e', 'first', '2025-04-01', 'complete', '2025-04-10'),
      dossier('u1', 'f', 'upgrade', '2025-03-20', 'evaluated', '2025-05-16'),
      dossier('r1', 'g', 're-evaluation', '2025-04-08', 'disqualified', '2025-04-22'),
      dossier('r2', 'h', 're-evaluation', '2025-04-15', 'resubmitted', '2025-06-12'),
    ];
    expect(planProgress(PLAN_2025, 2025, dossiers)).toEqual({
      year: 2025,
      hasPlan: true,
      attempts: [
        // A 2★ result counts: the plan counts products evaluated, whatever the stars.
        { attempt: 'first', target: 6, done: 2, inProgress: 3, disqualified: 0 },
        { attempt: 'upgrade', target: 1, done: 1, inProgress: 0, disqualified: 0 },
        { attempt: 're-evaluation', target: 5, done: 0, inProgress: 1, disqualified: 1 },
      ],
    });
  });

  it('ignores dossiers of other years', () => {
    const lastYear = dossier('f', 'a', 'first', '2024-03-10', 'evaluated', '2024-05-16');
    expect(planProgress(PLAN_2025, 2025, [lastYear]).attempts[0]).toMatchObject({ done: 0, inProgress: 0 });
  });

  it('still counts the dossiers when the year has no plan, with no targets', () => {
    const progress = planProgress(null, 2026, [dossier('f', 'a', 'first', '2026-03-10', 'evaluated', '2026-05-16')]);
    expect(progress.hasPlan).toBe(false);
    expect(progress.attempts[0]).toEqual({ attempt: 'first', target: null, done: 1, inProgress: 0, disqualified: 0 });
  });

  it('does not use another year’s plan', () => {
    expect(planProgress(PLAN_2025, 2026, []).hasPlan).toBe(false);
  });
});
