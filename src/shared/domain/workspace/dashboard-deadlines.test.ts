import { describe, expect, it } from 'vitest';
import type { Round } from './round.schema';
import { upcomingDeadlines } from './dashboard-deadlines';
import { day } from './dashboard-fixtures';

function round(number: number, deadline: string, status: Round['status'], dossiersBy: string | null = null): Round {
  return {
    id: `round-${number}`,
    profile: 'district-2023',
    year: 2025,
    number,
    deadline: day(deadline),
    dossiersBy: dossiersBy === null ? null : day(dossiersBy),
    status,
    createdAt: 'x',
    updatedAt: 'x',
  };
}

describe('upcomingDeadlines', () => {
  it('lists the deadlines of rounds not closed, today or later, soonest first, dossier deadlines included', () => {
    const rounds = [round(1, '2025-05-20', 'closed', '2025-03-31'), round(2, '2025-10-20', 'open', '2025-09-30')];
    // 15/06 → 30/09: 15 + 31 + 31 + 30 = 107 days; → 20/10: 127 days.
    expect(upcomingDeadlines('district-2023', 2025, rounds, day('2025-06-15'))).toEqual([
      { kind: 'dossiers', round: 2, roundId: 'round-2', date: '2025-09-30', daysLeft: 107, isDefault: false },
      { kind: 'score', round: 2, roundId: 'round-2', date: '2025-10-20', daysLeft: 127, isDefault: false },
    ]);
  });

  it('keeps a deadline on its own day (0 days left) and drops it the day after', () => {
    const rounds = [round(2, '2025-10-20', 'open')];
    expect(upcomingDeadlines('district-2023', 2025, rounds, day('2025-10-20'))[0]?.daysLeft).toBe(0);
    expect(upcomingDeadlines('district-2023', 2025, rounds, day('2025-10-21'))).toEqual([]);
  });

  it('skips a closed round even when its deadline is ahead', () => {
    expect(upcomingDeadlines('district-2023', 2025, [round(2, '2025-10-20', 'closed')], day('2025-06-15'))).toEqual([]);
  });

  it('falls back on the profile’s default rounds, marked as defaults, when the year has no rounds', () => {
    // QĐ 26/2026: round 1 before 30/6 (dossiers by 30/4), round 2 before 30/12 (dossiers by 30/10).
    expect(upcomingDeadlines('province-2026', 2026, [], day('2026-06-01'))).toEqual([
      { kind: 'score', round: 1, roundId: null, date: '2026-06-30', daysLeft: 29, isDefault: true },
      { kind: 'dossiers', round: 2, roundId: null, date: '2026-10-30', daysLeft: 151, isDefault: true },
      { kind: 'score', round: 2, roundId: null, date: '2026-12-30', daysLeft: 212, isDefault: true },
    ]);
    expect(upcomingDeadlines('province-2025', 2025, [], day('2025-08-01'))).toEqual([]);
  });

  it('ignores rounds of other years', () => {
    const other = { ...round(1, '2026-05-20', 'open'), year: 2026 };
    expect(upcomingDeadlines('district-2023', 2025, [other], day('2025-06-15'))).toEqual([
      { kind: 'score', round: 2, roundId: null, date: '2025-10-20', daysLeft: 127, isDefault: true },
    ]);
  });
});
