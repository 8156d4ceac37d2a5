import type {
  CouncilSession,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import type { MemberRole } from '../../../../../shared/domain/session/session-file.schema';

/** A column of the members × products matrix: a member who scores (present or not). */
export interface MemberColumn {
  readonly memberId: string;
  readonly name: string;
  readonly role: MemberRole;
  readonly present: boolean;
}

/**
 * One member's cell for one product and round: the member's total (with its deviation from the product's
 * mean), recused for a conflict of interest, absent from the meeting, or no sealed sheet (yet).
 */
export type MatrixCell =
  | { readonly kind: 'total'; readonly total: number; readonly deviation: number | null }
  | { readonly kind: 'recused' }
  | { readonly kind: 'absent' }
  | { readonly kind: 'missing' };

/**
 * The matrix's columns: every member who scores (the secretary only when the council lets the secretary
 * score), in the council's order; absent members keep their column so the minutes show them.
 */
export function memberColumns(session: Pick<CouncilSession, 'members'>): MemberColumn[] {
  return session.members
    .filter((m) => m.scores)
    .map((m) => ({ memberId: m.memberId, name: m.name, role: m.role, present: m.present }));
}

/**
 * The cells of one product's row: from the round's member totals (exactly `memberTotals` of the results)
 * and the product's recusals. A member who is recused and absent shows as recused (the stronger reason).
 *
 * @example a recused member → { kind: 'recused' }; m1 with 57 where the mean is 58 → { kind: 'total', total: 57, deviation: -1 }
 */
export function matrixCells(
  columns: readonly MemberColumn[],
  product: Pick<SessionProductSnapshot, 'conflicts'>,
  figures: { readonly memberTotals: Readonly<Record<string, number>>; readonly mean: number | null },
): MatrixCell[] {
  const recused = new Set(product.conflicts.map((c) => c.memberId));
  return columns.map((column): MatrixCell => {
    if (recused.has(column.memberId)) return { kind: 'recused' };
    if (!column.present) return { kind: 'absent' };
    const total = figures.memberTotals[column.memberId];
    if (total === undefined) return { kind: 'missing' };
    return { kind: 'total', total, deviation: figures.mean === null ? null : total - figures.mean };
  });
}

export type DeviationTone = 'above-strong' | 'above' | 'even' | 'below' | 'below-strong';

/**
 * How far a member's total sits from the product's mean, in steps of the council's spread threshold:
 * within a fifth of it "even", beyond half of it "strong" (the heat-map tint of the matrix).
 *
 * @example deviationTone(6, 10) === 'above-strong'; deviationTone(-3, 10) === 'below'; deviationTone(1, 10) === 'even'
 */
export function deviationTone(deviation: number, threshold: number): DeviationTone {
  const step = Math.max(threshold, 1);
  const size = Math.abs(deviation);
  if (size <= step / 5) return 'even';
  const strong = size > step / 2;
  if (deviation > 0) return strong ? 'above-strong' : 'above';
  return strong ? 'below-strong' : 'below';
}
