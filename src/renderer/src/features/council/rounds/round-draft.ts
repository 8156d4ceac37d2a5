import type { IsoDate } from '../../../../../shared/domain/dates/iso-date';
import type { ProfileId } from '../../../../../shared/domain/session/session-file.schema';
import { defaultRound, nextRoundNumber } from '../../../../../shared/domain/workspace/council-rounds';
import type { Round, RoundStatus } from '../../../../../shared/domain/workspace/round.schema';
import type { RoundInput } from '../../../db/rounds.repository';

/** What the round form edits, as typed (dates '' when empty, numbers NaN when the box is empty). */
export interface RoundDraft {
  readonly year: number;
  readonly number: number;
  readonly deadline: string;
  readonly dossiersBy: string;
  readonly status: RoundStatus;
}

function defaults(profile: ProfileId, year: number, number: number): { deadline: string; dossiersBy: string } {
  const found = Number.isInteger(year) && Number.isInteger(number) ? defaultRound(profile, year, number) : null;
  return { deadline: found?.scoreBefore ?? '', dossiersBy: found?.dossiersBy ?? '' };
}

/** A new round of `year`: the next number, with the profile's default dates when it has them. */
export function newRoundDraft(profile: ProfileId, rounds: readonly Round[], year: number): RoundDraft {
  const number = nextRoundNumber(rounds, year);
  return { year, number, status: 'planned', ...defaults(profile, year, number) };
}

export function roundDraftOf(round: Round): RoundDraft {
  return {
    year: round.year,
    number: round.number,
    deadline: round.deadline,
    dossiersBy: round.dossiersBy ?? '',
    status: round.status,
  };
}

/**
 * A change of year or number for a new round: the number follows the year, and the dates follow the
 * profile's defaults, as long as the user has not typed over them.
 */
export function withYearOrNumber(
  draft: RoundDraft,
  patch: { year?: number; number?: number },
  profile: ProfileId,
  rounds: readonly Round[],
): RoundDraft {
  const year = patch.year ?? draft.year;
  const number =
    patch.number ??
    (patch.year !== undefined && draft.number === nextRoundNumber(rounds, draft.year)
      ? nextRoundNumber(rounds, year)
      : draft.number);
  const before = defaults(profile, draft.year, draft.number);
  const after = defaults(profile, year, number);
  const follow = (current: string, was: string, next: string) => (current === '' || current === was ? next : current);
  return {
    ...draft,
    year,
    number,
    deadline: follow(draft.deadline, before.deadline, after.deadline),
    dossiersBy: follow(draft.dossiersBy, before.dossiersBy, after.dossiersBy),
  };
}

export function roundInputOf(draft: RoundDraft, profile: ProfileId, id: string | undefined): RoundInput {
  return {
    ...(id ? { id } : {}),
    profile,
    year: draft.year,
    number: draft.number,
    deadline: draft.deadline as IsoDate,
    dossiersBy: draft.dossiersBy === '' ? null : (draft.dossiersBy as IsoDate),
    status: draft.status,
  };
}
