import { toSessionFile } from '../../../../../shared/domain/council-session/session-file';
import type {
  CouncilSession,
  SessionProductSnapshot,
} from '../../../../../shared/domain/council-session/session.schema';
import type { SheetState } from '../../../../../shared/domain/council-session/sheet-events';
import type { PartId, RubricSet } from '../../../../../shared/domain/rubric/rubric-pack.schema';
import type { CompiledSet } from '../../../../../shared/domain/scoring/compiled-set';
import type { PartMeans, ProductResult, SessionResults } from '../../../../../shared/domain/scoring/compute-results';
import { explainGate, memberPoints, type GateExplanation } from './gate-explanation';
import { matrixCells, memberColumns, type MatrixCell, type MemberColumn } from './member-matrix';
import { roundFigures } from '../../../../../shared/domain/council-session/round-figures';

/** One round of a product as the matrix shows it: the round's figures and each member's cell. */
export interface RoundView {
  readonly round: number;
  readonly result: ProductResult;
  readonly cells: readonly MatrixCell[];
}

/** Everything the results screen shows about one product. */
export interface ProductView {
  readonly product: SessionProductSnapshot;
  /** Exactly the product's entry of the results (the CLI's `products[]`). */
  readonly result: ProductResult;
  /** The part maxima of the product's form (A 40, B 25, C 35 in both packs). */
  readonly partMax: PartMeans | null;
  readonly cells: readonly MatrixCell[];
  /** Rounds before the counted one (a re-scored product), oldest first. */
  readonly earlierRounds: readonly RoundView[];
  readonly gate: GateExplanation | null;
}

export interface ResultsView {
  readonly columns: readonly MemberColumn[];
  readonly products: readonly ProductView[];
}

/** The maxima of parts A, B and C of a form: the sum of its sections' points per part. */
export function partMaxima(set: Pick<RubricSet, 'sections'>): PartMeans {
  const max: Record<PartId, number> = { A: 0, B: 0, C: 0 };
  for (const section of set.sections) max[section.part] += section.maxPoints;
  return max;
}

/**
 * The results screen's model: `results` are taken as they are (the live results, or a finalised version's),
 * never recomputed; the sheets only add what the results do not hold: earlier rounds and the per-criterion
 * points behind a lowered star.
 */
export function resultsView(
  session: CouncilSession,
  sheets: ReadonlyMap<string, SheetState>,
  results: SessionResults,
  sets: ReadonlyMap<number, RubricSet>,
  compiled: ReadonlyMap<number, CompiledSet>,
): ResultsView {
  const columns = memberColumns(session);
  const file = toSessionFile(session, sheets.values());
  const byId = new Map(session.products.map((p) => [p.productId, p]));
  const products = results.products.flatMap((result): ProductView[] => {
    const product = byId.get(result.id);
    if (!product) return [];
    const set = sets.get(product.productSet);
    const compiledSet = compiled.get(product.productSet);
    const rounds = result.round === null ? [] : roundFigures(file, product.productId, compiled);
    const earlierRounds = rounds
      .filter((r) => r.round !== null && result.round !== null && r.round < result.round)
      .map((r) => ({ round: r.round ?? 0, result: r, cells: matrixCells(columns, product, r) }));
    const gate =
      set && compiledSet
        ? explainGate(result, set, memberPoints(file, result, compiledSet), session.rules.markerRule)
        : null;
    return [
      {
        product,
        result,
        partMax: set ? partMaxima(set) : null,
        cells: matrixCells(columns, product, result),
        earlierRounds,
        gate,
      },
    ];
  });
  return { columns, products };
}
