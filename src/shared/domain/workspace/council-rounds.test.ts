import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates/iso-date';
import { defaultRound, nextRoundNumber, roundCountdown } from './council-rounds';

const day = (value: string) => value as IsoDate;
const TODAY = day('2026-11-29');

describe('roundCountdown', () => {
  it('counts the calendar days left before a round’s deadline', () => {
    expect(roundCountdown(day('2026-12-30'), 'planned', TODAY)).toEqual({ kind: 'left', days: 31 });
    expect(roundCountdown(day('2026-11-30'), 'open', TODAY)).toEqual({ kind: 'left', days: 1 });
  });

  it('says when the deadline is today, or how long ago it passed for a round not closed', () => {
    expect(roundCountdown(TODAY, 'open', TODAY)).toEqual({ kind: 'today' });
    expect(roundCountdown(day('2026-06-30'), 'planned', TODAY)).toEqual({ kind: 'overdue', days: 152 });
  });

  it('gives a closed round no countdown', () => {
    expect(roundCountdown(day('2026-06-30'), 'closed', TODAY)).toEqual({ kind: 'closed' });
  });
});

describe('defaultRound', () => {
  it('prefills the 26/2026 rounds with their dossier dates', () => {
    expect(defaultRound('province-2026', 2027, 1)).toEqual({
      round: 1,
      scoreBefore: '2027-06-30',
      dossiersBy: '2027-04-30',
    });
  });

  it('prefills the Tam Đường district rounds and nothing past them, nor for the 2025 provincial profile', () => {
    expect(defaultRound('district-2023', 2025, 2)).toEqual({ round: 2, scoreBefore: '2025-10-20', dossiersBy: null });
    expect(defaultRound('district-2023', 2025, 3)).toBeNull();
    expect(defaultRound('province-2025', 2025, 1)).toBeNull();
  });
});

describe('nextRoundNumber', () => {
  it('follows the highest round of the same year, starting at 1', () => {
    const rounds = [
      { year: 2025, number: 1 },
      { year: 2025, number: 2 },
      { year: 2026, number: 1 },
    ];
    expect(nextRoundNumber(rounds, 2025)).toBe(3);
    expect(nextRoundNumber(rounds, 2027)).toBe(1);
  });
});
