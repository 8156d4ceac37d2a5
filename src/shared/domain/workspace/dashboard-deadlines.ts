import { daysBetween, type IsoDate } from '../dates/iso-date';
import { roundDeadlinesFor } from '../profiles/round-deadlines';
import type { ProfileId } from '../session/session-file.schema';
import type { Round } from './round.schema';

/** A day the council or the producers must meet: a round's scoring deadline, or its dossier deadline. */
export interface UpcomingDeadline {
  /** `score`: the council scores the round before this day; `dossiers`: dossiers must arrive by it. */
  readonly kind: 'score' | 'dossiers';
  readonly round: number;
  /** The round's record, or null for a default of the profile (the year has no rounds yet). */
  readonly roundId: string | null;
  readonly date: IsoDate;
  /** Calendar days from today (0 on the day itself). */
  readonly daysLeft: number;
  /** True when the date is the profile's default, not a round the council recorded. */
  readonly isDefault: boolean;
}

/**
 * The deadlines still ahead in `year`, soonest first: the scoring deadline of every round of the year
 * that is not closed, and its dossier deadline when one is set, each kept only when it is today or later.
 * When the year has no rounds at all, the profile's default rounds stand in, marked as defaults (QĐ 148
 * district plan: before 20/5 and 20/10; QĐ 26/2026: before 30/6 and 30/12, dossiers by 30/4 and 30/10).
 *
 * @example upcomingDeadlines('district-2023', 2025, [], '2025-06-15')
 *   → [{ kind: 'score', round: 2, roundId: null, date: '2025-10-20', daysLeft: 127, isDefault: true }]
 */
export function upcomingDeadlines(
  profile: ProfileId,
  year: number,
  rounds: readonly Round[],
  today: IsoDate,
): UpcomingDeadline[] {
  const ofYear = rounds.filter((round) => round.year === year);
  const candidates: Omit<UpcomingDeadline, 'daysLeft'>[] =
    ofYear.length === 0
      ? roundDeadlinesFor(profile, year).flatMap((d) => [
          { kind: 'score' as const, round: d.round, roundId: null, date: d.scoreBefore, isDefault: true },
          ...(d.dossiersBy
            ? [{ kind: 'dossiers' as const, round: d.round, roundId: null, date: d.dossiersBy, isDefault: true }]
            : []),
        ])
      : ofYear
          .filter((round) => round.status !== 'closed')
          .flatMap((round) => [
            { kind: 'score' as const, round: round.number, roundId: round.id, date: round.deadline, isDefault: false },
            ...(round.dossiersBy
              ? [
                  {
                    kind: 'dossiers' as const,
                    round: round.number,
                    roundId: round.id,
                    date: round.dossiersBy,
                    isDefault: false,
                  },
                ]
              : []),
          ]);
  return candidates
    .map((deadline) => ({ ...deadline, daysLeft: daysBetween(today, deadline.date) }))
    .filter((deadline) => deadline.daysLeft >= 0)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.round - b.round || (a.kind === 'dossiers' ? -1 : 1));
}
