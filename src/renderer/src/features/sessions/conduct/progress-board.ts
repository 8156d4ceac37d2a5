import { expectedSheets, type SheetProgress } from '../../../../../shared/domain/council-session/session-progress';
import type {
  CouncilSession,
  SessionMemberSnapshot,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import type { SheetState } from '../../../../../shared/domain/council-session/sheet-events';

/** A cell of the board: how far the member's sheet has got, or why the member does not score it. */
export type BoardCell = SheetProgress | 'recused';

export interface BoardColumn {
  readonly member: SessionMemberSnapshot;
  readonly sealed: number;
  readonly expected: number;
}

export interface BoardRow {
  readonly product: SessionProductSnapshot;
  /** The member's cell for this product, by member id (every column has one). */
  readonly cells: ReadonlyMap<string, BoardCell>;
  readonly sealed: number;
  readonly expected: number;
}

export interface ProgressBoard {
  /** Present members who score, in the session's order. */
  readonly columns: readonly BoardColumn[];
  /** Products still in play, in their current round. */
  readonly rows: readonly BoardRow[];
  /** Members who are absent or do not score (listed under the board). */
  readonly notScoring: readonly SessionMemberSnapshot[];
  readonly sealed: number;
  readonly draft: number;
  readonly missing: number;
  readonly expected: number;
}

/**
 * The progress of the current rounds as a members × products board: for each expected sheet only
 * whether it is missing, being scored or sealed (never a score). A recused member's cell says so.
 *
 * @example 2 scoring members, 1 product, one sheet sealed → rows[0].cells = {m1: 'sealed', m2: 'missing'},
 *   sealed 1 of expected 2
 */
export function progressBoard(session: CouncilSession, sheets: ReadonlyMap<string, SheetState>): ProgressBoard {
  const expected = expectedSheets(session, sheets);
  const progressOf = new Map(expected.map((s) => [`${s.memberId}|${s.productId}`, s.progress]));
  const scorers = session.members.filter((m) => m.present && m.scores);
  const rows = session.products
    .filter((p) => p.disqualified === null)
    .map((product): BoardRow => {
      const cells = new Map<string, BoardCell>();
      for (const member of scorers) {
        cells.set(member.memberId, progressOf.get(`${member.memberId}|${product.productId}`) ?? 'recused');
      }
      const mine = [...cells.values()].filter((c) => c !== 'recused');
      return { product, cells, sealed: mine.filter((c) => c === 'sealed').length, expected: mine.length };
    });
  const columns = scorers.map((member): BoardColumn => {
    const mine = expected.filter((s) => s.memberId === member.memberId);
    return { member, sealed: mine.filter((s) => s.progress === 'sealed').length, expected: mine.length };
  });
  const count = (progress: SheetProgress) => expected.filter((s) => s.progress === progress).length;
  return {
    columns,
    rows,
    notScoring: session.members.filter((m) => !m.present || !m.scores),
    sealed: count('sealed'),
    draft: count('draft'),
    missing: count('missing'),
    expected: expected.length,
  };
}
