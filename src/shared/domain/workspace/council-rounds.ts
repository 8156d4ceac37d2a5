import { daysBetween, type IsoDate } from '../dates/iso-date';
import { roundDeadlinesFor, type DatedRoundDeadline } from '../profiles/round-deadlines';
import type { ProfileId } from '../session/session-file.schema';
import type { Round, RoundStatus } from './round.schema';

/** How a round's deadline stands today. */
export type RoundCountdown =
  | { readonly kind: 'closed' }
  | { readonly kind: 'today' }
  | { readonly kind: 'left'; readonly days: number }
  | { readonly kind: 'overdue'; readonly days: number };

/**
 * Days from `today` to a round's deadline (the council scores before it), in calendar days. A closed
 * round has no countdown.
 *
 * @example roundCountdown('2026-12-30', 'planned', '2026-11-29') → { kind: 'left', days: 31 }
 * @example roundCountdown('2026-06-30', 'open', '2026-11-29') → { kind: 'overdue', days: 152 }
 */
export function roundCountdown(deadline: IsoDate, status: RoundStatus, today: IsoDate): RoundCountdown {
  if (status === 'closed') return { kind: 'closed' };
  const days = daysBetween(today, deadline);
  if (days === 0) return { kind: 'today' };
  return days > 0 ? { kind: 'left', days } : { kind: 'overdue', days: -days };
}

/**
 * The profile's default deadline for round `number` of `year`, when the regulation sets one (to prefill
 * a new round). 26/2026: round 1 before 30/6 (dossiers by 30/4), round 2 before 30/12 (dossiers by 30/10).
 *
 * @example defaultRound('province-2026', 2027, 2) → { round: 2, scoreBefore: '2027-12-30', dossiersBy: '2027-10-30' }
 */
export function defaultRound(profile: ProfileId, year: number, number: number): DatedRoundDeadline | null {
  return roundDeadlinesFor(profile, year).find((r) => r.round === number) ?? null;
}

/**
 * The number a new round of `year` takes: one after the highest the year already has.
 *
 * @example nextRoundNumber([{ year: 2025, number: 1 }, { year: 2025, number: 2 }], 2025) === 3
 */
export function nextRoundNumber(rounds: readonly Pick<Round, 'year' | 'number'>[], year: number): number {
  return Math.max(0, ...rounds.filter((r) => r.year === year).map((r) => r.number)) + 1;
}
