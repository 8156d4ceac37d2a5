import type { CompiledSet } from '../scoring/compiled-set';
import { computeResults, type ProductResult } from '../scoring/compute-results';
import type { SessionFile } from '../session/session-file.schema';

/**
 * A product's figures in each round it was scored in, oldest first: the session file cut down to that
 * product and that round's sheets, run through the same `computeResults` as the latest round, so an
 * earlier round reads exactly as the CLI would have printed it then.
 *
 * @example Tam Đường 2025, p4 (re-scored): round 1 spread 16 → 'rescore'; round 2 mean 58, spread 5 → 'recognise'
 */
export function roundFigures(
  file: SessionFile,
  productId: string,
  sets: ReadonlyMap<number, CompiledSet>,
): ProductResult[] {
  const product = file.products.find((p) => p.id === productId);
  if (!product) return [];
  const sheets = file.sheets.filter((s) => s.product === productId);
  const rounds = [...new Set(sheets.map((s) => s.round))].sort((a, b) => a - b);
  return rounds.flatMap((round) => {
    const only = { ...file, products: [product], sheets: sheets.filter((s) => s.round === round) };
    const result = computeResults(only, sets).products[0];
    return result ? [result] : [];
  });
}
