import { describe, expect, it } from 'vitest';
import { buildDashboard, certificatesToFollow, defaultDashboardYear } from './dashboard';
import { cert, day, dossier, entry } from './dashboard-fixtures';

describe('defaultDashboardYear', () => {
  it('opens on this year when it has a plan, else on the latest year with a plan, else on this year', () => {
    expect(defaultDashboardYear([2026, 2025], 2026)).toBe(2026);
    expect(defaultDashboardYear([2024, 2025], 2026)).toBe(2025);
    expect(defaultDashboardYear([], 2026)).toBe(2026);
  });
});

describe('certificatesToFollow', () => {
  it('names the held certificates that need attention or are near the next band, nothing else', () => {
    const entries = [
      entry(cert('expired', 'a', '2021-08-20')),
      entry(cert('near', 'b', '2024-05-28', { score: 67 })),
      entry(cert('calm', 'c', '2025-06-05', { score: 61 })),
      entry(cert('revoked', 'd', '2021-01-10'), { revokedOn: '2024-01-01' }),
    ];
    expect(certificatesToFollow(entries, 'district-2023', day('2025-06-15')).map((c) => c.id)).toEqual([
      'expired',
      'near',
    ]);
  });
});

describe('buildDashboard', () => {
  it('puts the pieces together for a year, counting a dossier given twice once', () => {
    const first = dossier('f', 'a', 'first', '2025-03-10', 'evaluated', '2025-05-16');
    const reEvaluation = dossier('r', 'b', 're-evaluation', '2025-06-10');
    const board = buildDashboard({
      profile: 'district-2023',
      year: 2025,
      today: day('2025-06-15'),
      plan: { year: 2025, firstEvaluations: 6, upgrades: 1, reEvaluations: 5, updatedAt: 'x' },
      rounds: [],
      dossiers: [first, reEvaluation, first, reEvaluation],
      certificates: [entry(cert('c', 'b', '2021-11-25'))],
    });
    expect(board.plan.attempts.map((row) => [row.done, row.inProgress])).toEqual([
      [1, 0],
      [0, 0],
      [0, 1],
    ]);
    expect(board.deadlines.map((d) => d.date)).toEqual(['2025-10-20']);
    expect(board.certificates.map((row) => [row.kind, row.reEvaluation?.id])).toEqual([['expired', 'r']]);
    expect(board.waiting.map((row) => row.dossier.id)).toEqual(['r']);
    expect(board.upgrades).toEqual([]);
  });

  it('lists waiting dossiers of the chosen year only', () => {
    const board = buildDashboard({
      profile: 'district-2023',
      year: 2026,
      today: day('2026-02-01'),
      plan: null,
      rounds: [],
      dossiers: [dossier('old', 'a', 'first', '2025-06-09')],
      certificates: [],
    });
    expect(board.waiting).toEqual([]);
  });
});
