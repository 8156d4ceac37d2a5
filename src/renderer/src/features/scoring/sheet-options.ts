import type { RubricCriterion, RubricOption, RubricVariant } from '../../../../shared/domain/rubric/rubric-pack.schema';
import type { Choice } from '../../../../shared/domain/session/session-file.schema';

/** The key that picks "none of the options applies" (0 points) on every criterion. */
export const NONE_KEY = '0';

/**
 * One pickable row of a criterion on the sheet, in the order the form shows them: the options (of every
 * variant list in turn, for the tourism criteria with alternative lists), then "none applies".
 */
export interface SheetOption {
  /** What picking this row reports (`null` = none applies). */
  readonly choice: Choice;
  /** The digit key that picks it: "1"–"9" counted across all lists, "0" for none applies; null past 9. */
  readonly key: string | null;
  /** 1-based number within its own list (what the form prints); 0 for none applies. */
  readonly number: number;
  readonly variant: RubricVariant | null;
  /** The rubric option, or null for none applies. */
  readonly option: RubricOption | null;
  readonly points: number;
}

/**
 * The rows of a criterion in form order, each with its key. Digits count across the variant lists so a
 * variant criterion still takes one key: with lists a (2 options) and b (2 options), a/1 a/2 b/1 b/2 are
 * keys 1 2 3 4.
 *
 * @example sheetOptions(setCriterion('C-8')).map((o) => o.key) → ['1', '2', '3', '4', '0']
 */
export function sheetOptions(criterion: Pick<RubricCriterion, 'options' | 'variants'>): SheetOption[] {
  const rows: SheetOption[] = [];
  const keyFor = (index: number): string | null => (index < 9 ? String(index + 1) : null);
  if (criterion.options) {
    criterion.options.forEach((option, index) => {
      rows.push({
        choice: index,
        key: keyFor(rows.length),
        number: index + 1,
        variant: null,
        option,
        points: option.points,
      });
    });
  }
  for (const variant of criterion.variants ?? []) {
    variant.options.forEach((option, index) => {
      rows.push({
        choice: { variant: variant.id, option: index },
        key: keyFor(rows.length),
        number: index + 1,
        variant,
        option,
        points: option.points,
      });
    });
  }
  rows.push({ choice: null, key: NONE_KEY, number: 0, variant: null, option: null, points: 0 });
  return rows;
}

/** Whether two answers are the same; `undefined` (not yet scored) equals only itself. */
export function sameChoice(a: Choice | undefined, b: Choice | undefined): boolean {
  if (a === undefined || b === undefined || a === null || b === null) return a === b;
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.variant === b.variant && a.option === b.option;
}

/** The row index of an answer among `rows`, or −1 when not yet scored (or not a row of this criterion). */
export function rowIndexOf(rows: readonly SheetOption[], choice: Choice | undefined): number {
  if (choice === undefined) return -1;
  return rows.findIndex((row) => sameChoice(row.choice, choice));
}

/** The row a digit key picks, or undefined when no row has that key. */
export function rowForKey(rows: readonly SheetOption[], key: string): SheetOption | undefined {
  return rows.find((row) => row.key === key);
}

/** The keys of a variant's rows as a range ("3", "4" → { from: '3', to: '4' }), or null when it has none. */
export function variantKeyRange(
  rows: readonly SheetOption[],
  variantId: string,
): { readonly from: string; readonly to: string } | null {
  const keys = rows.filter((row) => row.variant?.id === variantId && row.key !== null).map((row) => row.key ?? '');
  const from = keys[0];
  const to = keys[keys.length - 1];
  return from !== undefined && to !== undefined ? { from, to } : null;
}
