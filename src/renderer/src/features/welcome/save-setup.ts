import type { IsoDate } from '../../../../shared/domain/dates/iso-date';
import type { DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import { roundDeadlinesFor } from '../../../../shared/domain/profiles/round-deadlines';
import { setupYear } from '../../../../shared/domain/workspace/council-setup';
import type { Repositories } from '../../db/database';
import { checkDraft, councilInputOf, type CouncilDraft } from '../council';
import { checkRows, filledRows, memberInputOfRow, type MemberRow } from './first-members';

/** The chair and the secretary named in the setup sign the council's documents unless others are set. */
function withSigners(draft: CouncilDraft, rows: readonly MemberRow[]): CouncilDraft {
  const named = (role: MemberRow['role']) =>
    filledRows(rows)
      .find(({ row }) => row.role === role)
      ?.row.name.trim();
  const signer = (role: 'council-chair' | 'council-secretary', from: MemberRow['role']) => {
    const current = draft.signers[role];
    return current.name.trim() === '' ? { ...current, name: named(from) ?? '' } : current;
  };
  return {
    ...draft,
    signers: {
      ...draft.signers,
      'council-chair': signer('council-chair', 'chair'),
      'council-secretary': signer('council-secretary', 'secretary'),
    },
  };
}

/**
 * The rounds a new council starts with: its profile's default deadlines in its working year (those already
 * past are recorded as closed).
 */
export function setupRounds(draft: CouncilDraft, today: IsoDate) {
  const established = /^\d{4}-\d{2}-\d{2}$/.test(draft.decisionDate) ? (draft.decisionDate as IsoDate) : null;
  const year = setupYear(draft.profile, established, today);
  return { year, deadlines: roundDeadlinesFor(draft.profile, year) };
}

/**
 * Saves what the setup collected: the council, its first members (from the establishing decision's date)
 * and the year's default rounds. Everything is checked first, so an invalid setup writes nothing.
 */
export async function saveSetup(
  repositories: Repositories,
  draft: CouncilDraft,
  rows: readonly MemberRow[],
  today: IsoDate,
): Promise<{ ok: true } | { ok: false; issues: DomainIssue[] }> {
  const rowIssues = checkRows(rows, draft.decisionDate);
  // Named signers come from valid rows only, so a wrong row is reported once, on its own line.
  const complete = rowIssues.length > 0 ? draft : withSigners(draft, rows);
  const issues = [...checkDraft(complete, 'all'), ...rowIssues];
  if (issues.length > 0) return { ok: false, issues };
  const council = await repositories.council.save(councilInputOf(complete));
  if (!council.ok) return { ok: false, issues: council.issues };
  const activeFrom = council.value.establishingDecision.date;
  for (const { row } of filledRows(rows)) {
    const saved = await repositories.members.save(memberInputOfRow(row, activeFrom));
    if (!saved.ok) return { ok: false, issues: saved.issues };
  }
  const { year, deadlines } = setupRounds(complete, today);
  const existing = await repositories.rounds.list(year);
  for (const deadline of deadlines) {
    if (existing.some((r) => r.number === deadline.round)) continue;
    await repositories.rounds.save({
      profile: complete.profile,
      year,
      number: deadline.round,
      deadline: deadline.scoreBefore,
      dossiersBy: deadline.dossiersBy,
      // A round whose day has passed before the council came to the app was held without it.
      status: deadline.scoreBefore < today ? 'closed' : 'planned',
    });
  }
  return { ok: true };
}
