import { productCodeField } from '../workspace/product.schema';
import { cellMultiline, cellText } from './cell-text';
import { RowChecker, type RowReading } from './row-checker';
import type { RawRow } from './workbook-rows';

/** A product as a row gives it; its producer is still the text of the row's "Tên chủ thể" cell. */
export interface ProductRowDraft {
  readonly name: string;
  readonly productSet: number;
  readonly code: string;
  readonly description: string;
  /** A producer's name, or its registration number. */
  readonly producer: string;
}

function productSet(check: RowChecker): number {
  const cell = check.cell('productSet');
  const text = cellText(cell);
  if (text === '') {
    check.report('productSet', 'required');
    return Number.NaN;
  }
  const value = typeof cell === 'number' ? cell : /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value < 1 || value > 26) {
    check.report('productSet', 'productSet', { value: text });
    return Number.NaN;
  }
  return value;
}

function description(check: RowChecker): string {
  const value = cellMultiline(check.cell('description'));
  if (value.length > 4000) check.report('description', 'tooLong', { maximum: 4000, length: value.length });
  return value;
}

/**
 * A row of the "Sản phẩm" sheet as a product draft, or every problem with it. Whether its producer exists
 * is a question about the whole file (validateImport answers it).
 *
 * @example readProductRow({ row: 5, cells: { name: 'Miến dong', productSet: 27, producer: 'HTX Bình Lư' } })
 *   → { value: null, issues: [{ sheet: 'products', row: 5, column: 'productSet', key: 'exchange.issue.productSet', … }] }
 */
export function readProductRow(raw: RawRow): RowReading<ProductRowDraft> {
  const check = new RowChecker('products', raw);
  const name = check.text('name', true, 300);
  const set = productSet(check);
  const producer = check.text('producer', true, 300);
  const code = cellText(check.cell('code'));
  if (!productCodeField.safeParse(code).success) check.report('code', 'productCode', { value: code });
  const value = { name, productSet: set, code, description: description(check), producer };
  return { value: check.issues.length === 0 ? value : null, issues: check.issues };
}
