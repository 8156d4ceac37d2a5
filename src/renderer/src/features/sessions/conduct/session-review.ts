import type {
  CouncilSession,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import type { SheetState } from '../../../../../shared/domain/council-session/sheet-events';
import type { ProductStatus, SessionResults } from '../../../../../shared/domain/scoring/compute-results';
import { foldForSearch } from '../../../../../shared/domain/text/search-words';

export interface SpreadRow {
  readonly product: SessionProductSnapshot;
  readonly round: number;
  readonly min: number;
  readonly max: number;
  readonly spread: number;
  /** The scoring members' totals, in the session's member order. */
  readonly totals: readonly { readonly memberId: string; readonly name: string; readonly total: number }[];
}

/**
 * The products the spread rule flags (member totals differ by more than the council's threshold), with
 * their totals from lowest to highest, for the council to discuss before a re-score round.
 *
 * @example totals 60, 64, 75 with threshold 10 → { min: 60, max: 75, spread: 15 }
 */
export function spreadRows(session: CouncilSession, results: SessionResults): SpreadRow[] {
  return results.products.flatMap((result): SpreadRow[] => {
    const product = session.products.find((p) => p.productId === result.id);
    if (!product || !result.spreadFlag || result.spread === null || result.round === null) return [];
    const totals = session.members.flatMap((m) => {
      const total = result.memberTotals[m.memberId];
      return total === undefined ? [] : [{ memberId: m.memberId, name: m.name, total }];
    });
    const values = totals.map((t) => t.total);
    return [
      {
        product,
        round: result.round,
        min: Math.min(...values),
        max: Math.max(...values),
        spread: result.spread,
        totals,
      },
    ];
  });
}

/** Statuses that keep the chair from confirming (the repository refuses them too). */
const UNSETTLED: ReadonlySet<ProductStatus> = new Set(['incomplete', 'rescore', 'no-quorum']);

/** The products not settled yet, with their status: the chair confirms only when there are none. */
export function unsettledProducts(
  session: CouncilSession,
  results: SessionResults,
): { product: SessionProductSnapshot; status: ProductStatus }[] {
  return results.products.flatMap((result) => {
    const product = session.products.find((p) => p.productId === result.id);
    return product && UNSETTLED.has(result.status) ? [{ product, status: result.status }] : [];
  });
}

/** A sealed sheet the chair may correct after finalisation. */
export interface AmendableSheet {
  readonly id: string;
  readonly memberId: string;
  readonly memberName: string;
  readonly productId: string;
  readonly productName: string;
  readonly productSet: number;
  readonly round: number;
  readonly sheet: SheetState;
}

/** Every sealed member sheet of the session (every round), by product, round and member order. */
export function amendableSheets(session: CouncilSession, sheets: ReadonlyMap<string, SheetState>): AmendableSheet[] {
  const productIndex = new Map(session.products.map((p, i) => [p.productId, i]));
  const memberIndex = new Map(session.members.map((m, i) => [m.memberId, i]));
  return [...sheets.entries()]
    .filter(([, s]) => s.layer === 'primary' && s.seal !== null)
    .flatMap(([id, sheet]): AmendableSheet[] => {
      const product = session.products.find((p) => p.productId === sheet.productId);
      const member = session.members.find((m) => m.memberId === sheet.memberId);
      if (!product || !member) return [];
      return [
        {
          id,
          memberId: member.memberId,
          memberName: member.name,
          productId: product.productId,
          productName: product.name,
          productSet: product.productSet,
          round: sheet.round,
          sheet,
        },
      ];
    })
    .sort(
      (a, b) =>
        (productIndex.get(a.productId) ?? 0) - (productIndex.get(b.productId) ?? 0) ||
        a.round - b.round ||
        (memberIndex.get(a.memberId) ?? 0) - (memberIndex.get(b.memberId) ?? 0),
    );
}

/**
 * The file name of an exported session: its title folded to plain lower-case words joined by hyphens.
 *
 * @example sessionFileName('Phiên chấm đợt 1 năm 2026') === 'phien-cham-dot-1-nam-2026.session.json'
 */
export function sessionFileName(title: string): string {
  const slug = foldForSearch(title).split(' ').filter(Boolean).join('-').slice(0, 80).replace(/-+$/, '');
  return `${slug === '' ? 'phien-cham' : slug}.session.json`;
}
