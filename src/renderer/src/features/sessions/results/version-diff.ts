import type {
  ProductResult,
  ProductStatus,
  SessionResults,
} from '../../../../../shared/domain/scoring/compute-results';
import type { Stars } from '../../../../../shared/domain/scoring/star-band';

/** A value before and after, or null when it did not change. */
export type Change<T> = { readonly before: T; readonly after: T } | null;

/** How one product's results differ between two result versions. */
export interface ProductChange {
  readonly productId: string;
  readonly mean: Change<number | null>;
  readonly stars: Change<Stars | null>;
  readonly status: Change<ProductStatus | null>;
  /** Members whose total changed (null: no total in that version). */
  readonly totals: readonly {
    readonly memberId: string;
    readonly before: number | null;
    readonly after: number | null;
  }[];
}

function change<T>(before: T, after: T): Change<T> {
  return before === after ? null : { before, after };
}

function totalChanges(before: ProductResult | undefined, after: ProductResult | undefined): ProductChange['totals'] {
  const a = before?.memberTotals ?? {};
  const b = after?.memberTotals ?? {};
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return ids.flatMap((memberId) => {
    const x = a[memberId] ?? null;
    const y = b[memberId] ?? null;
    return x === y ? [] : [{ memberId, before: x, after: y }];
  });
}

/**
 * What an amendment changed: the products whose mean, stars, status or member totals differ between two
 * versions of a session's results, in the newer version's order. Means compare at full precision.
 *
 * @example v1 q2 mean 68.8, 2★, not-recognised; v2 q2 mean 70.2, 4★, recognise
 *   → [{ productId: 'q2', mean: { before: 68.8, after: 70.2 }, stars: { before: 2, after: 4 }, … }]
 */
export function diffResults(before: SessionResults, after: SessionResults): ProductChange[] {
  const old = new Map(before.products.map((p) => [p.id, p]));
  const ids = [
    ...after.products.map((p) => p.id),
    ...before.products.map((p) => p.id).filter((id) => !after.products.some((p) => p.id === id)),
  ];
  const fresh = new Map(after.products.map((p) => [p.id, p]));
  return ids.flatMap((productId): ProductChange[] => {
    const a = old.get(productId);
    const b = fresh.get(productId);
    const found: ProductChange = {
      productId,
      mean: change(a?.mean ?? null, b?.mean ?? null),
      stars: change(a?.stars ?? null, b?.stars ?? null),
      status: change(a?.status ?? null, b?.status ?? null),
      totals: totalChanges(a, b),
    };
    return found.mean || found.stars || found.status || found.totals.length > 0 ? [found] : [];
  });
}
