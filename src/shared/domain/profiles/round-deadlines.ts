import type { IsoDate } from '../dates/iso-date';
import { isoDateOf } from '../dates/iso-date';
import type { ProfileId } from '../session/session-file.schema';
import { PROCESS_PROFILES } from './process-profiles';

export interface DatedRoundDeadline {
  readonly round: number;
  readonly scoreBefore: IsoDate;
  readonly dossiersBy: IsoDate | null;
}

/**
 * A profile's default round deadlines in `year`.
 *
 * @example roundDeadlinesFor('province-2026', 2026)
 *   → [{ round: 1, scoreBefore: '2026-06-30', dossiersBy: '2026-04-30' },
 *      { round: 2, scoreBefore: '2026-12-30', dossiersBy: '2026-10-30' }]
 */
export function roundDeadlinesFor(profile: ProfileId, year: number): DatedRoundDeadline[] {
  return PROCESS_PROFILES[profile].roundDeadlines.map((deadline) => ({
    round: deadline.round,
    scoreBefore: isoDateOf(year, deadline.scoreBefore.month, deadline.scoreBefore.day),
    dossiersBy: deadline.dossiersBy ? isoDateOf(year, deadline.dossiersBy.month, deadline.dossiersBy.day) : null,
  }));
}
