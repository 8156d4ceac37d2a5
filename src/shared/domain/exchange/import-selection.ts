import type { ProducerDraft } from './read-producer-row';
import type { ImportSheet } from './template-format';
import type { ImportPlan, LineStatus, ProducerRef, ProductDraft } from './validate-import';

/** What an import writes: new producers (by their row) and new products with their producer. */
export interface ImportBatch {
  readonly producers: readonly { readonly row: number; readonly draft: ProducerDraft }[];
  readonly products: readonly { readonly row: number; readonly draft: ProductDraft; readonly producer: ProducerRef }[];
}

export type SheetCounts = Readonly<Record<LineStatus, number>>;
export type PlanCounts = Readonly<Record<ImportSheet, SheetCounts>>;

export type ImportSelection =
  | { readonly ok: false; readonly reason: 'invalid-rows'; readonly invalidRows: number }
  | { readonly ok: true; readonly batch: ImportBatch; readonly counts: PlanCounts };

function countLines(lines: readonly { readonly status: LineStatus }[]): SheetCounts {
  const counts = { new: 0, existing: 0, invalid: 0 };
  for (const line of lines) counts[line.status] += 1;
  return counts;
}

/**
 * How many rows of each sheet are new, already in the workspace, or invalid.
 *
 * @example planCounts(plan) → { producers: { new: 2, existing: 1, invalid: 0 }, products: { new: 3, existing: 0, invalid: 1 } }
 */
export function planCounts(plan: ImportPlan): PlanCounts {
  return { producers: countLines(plan.producers), products: countLines(plan.products) };
}

/** Whether the file has no data row at all (the untouched template). */
export function isEmptyPlan(plan: ImportPlan): boolean {
  return plan.producers.length === 0 && plan.products.length === 0;
}

/**
 * What an import may write. With any invalid row it writes nothing, unless the user chose to skip the
 * invalid rows: then only valid new rows are written (a product whose producer row is invalid is itself
 * invalid, so it is skipped too). Rows the workspace already has are never written again.
 *
 * @example selectForImport(planWithOneBadRow, { skipInvalid: false }) → { ok: false, reason: 'invalid-rows', invalidRows: 1 }
 */
export function selectForImport(plan: ImportPlan, options: { readonly skipInvalid: boolean }): ImportSelection {
  const counts = planCounts(plan);
  const invalidRows = counts.producers.invalid + counts.products.invalid;
  if (invalidRows > 0 && !options.skipInvalid) return { ok: false, reason: 'invalid-rows', invalidRows };
  const producers = plan.producers.flatMap((line) =>
    line.status === 'new' && line.draft ? [{ row: line.row, draft: line.draft }] : [],
  );
  const products = plan.products.flatMap((line) =>
    line.status === 'new' && line.draft && line.producer
      ? [{ row: line.row, draft: line.draft, producer: line.producer }]
      : [],
  );
  return { ok: true, batch: { producers, products }, counts };
}
