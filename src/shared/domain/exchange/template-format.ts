import type { ProducerType, Sex } from '../workspace/producer.schema';
import { foldKey } from './cell-text';

/**
 * The import workbook's format: its sheets, their columns and the words its cells may hold. The file is
 * Vietnamese whatever the interface language (councils exchange it with communes and districts), so these
 * names are part of the format, not interface text; English spellings are accepted as variants. The
 * template, the reader and the export of producers and products all use them, so an export can be
 * imported again.
 */

export type ImportSheet = 'producers' | 'products';

export const SHEET_NAMES: Readonly<Record<ImportSheet | 'guide', string>> = {
  producers: 'Chủ thể',
  products: 'Sản phẩm',
  guide: 'Hướng dẫn',
};

const SHEET_VARIANTS: Readonly<Record<ImportSheet, readonly string[]>> = {
  producers: ['Chủ thể', 'Danh sách chủ thể', 'Producers'],
  products: ['Sản phẩm', 'Danh sách sản phẩm', 'Products'],
};

export interface ColumnSpec<Id extends string> {
  readonly id: Id;
  /** The header as the template writes it (an asterisk is added to required columns). */
  readonly header: string;
  /** A short reminder written after the header in brackets: "Mã xã (5 số)". */
  readonly hint?: string;
  readonly required: boolean;
  /** Other headers read as this column (compared without diacritics, case, asterisks and brackets). */
  readonly variants: readonly string[];
  /** Column width in the template, in characters. */
  readonly width: number;
}

export const PRODUCER_COLUMNS = [
  { id: 'name', header: 'Tên chủ thể', required: true, variants: ['Chủ thể', 'Producer', 'Producer name'], width: 36 },
  { id: 'type', header: 'Loại hình', required: true, variants: ['Loại hình chủ thể', 'Type'], width: 18 },
  {
    id: 'representative',
    header: 'Người đại diện',
    required: true,
    variants: ['Người đại diện theo pháp luật', 'Đại diện', 'Representative'],
    width: 24,
  },
  {
    id: 'sex',
    header: 'Giới tính',
    required: true,
    variants: ['Giới tính người đại diện', 'Sex', 'Gender'],
    width: 11,
  },
  { id: 'ethnicity', header: 'Dân tộc', required: true, variants: ['Ethnicity'], width: 12 },
  { id: 'address', header: 'Địa chỉ', required: true, variants: ['Address'], width: 40 },
  {
    id: 'communeCode',
    header: 'Mã xã',
    hint: '5 số',
    required: false,
    variants: ['Mã đơn vị hành chính', 'Commune code'],
    width: 13,
  },
  { id: 'phone', header: 'Điện thoại', required: false, variants: ['Số điện thoại', 'SĐT', 'Phone'], width: 15 },
  {
    id: 'registrationNumber',
    header: 'Số đăng ký kinh doanh',
    required: false,
    variants: ['Số đăng ký', 'Số ĐKKD', 'Registration number'],
    width: 24,
  },
] as const satisfies readonly ColumnSpec<string>[];

export const PRODUCT_COLUMNS = [
  { id: 'name', header: 'Tên sản phẩm', required: true, variants: ['Sản phẩm', 'Product', 'Product name'], width: 36 },
  {
    id: 'productSet',
    header: 'Bộ sản phẩm',
    hint: '1–26',
    required: true,
    variants: ['Bộ', 'Product set', 'Set'],
    width: 16,
  },
  {
    id: 'producer',
    header: 'Tên chủ thể',
    required: true,
    variants: ['Chủ thể', 'Số đăng ký', 'Producer', 'Producer name'],
    width: 36,
  },
  { id: 'code', header: 'Mã sản phẩm', required: false, variants: ['Product code', 'Code'], width: 22 },
  { id: 'description', header: 'Mô tả', required: false, variants: ['Description'], width: 48 },
] as const satisfies readonly ColumnSpec<string>[];

export type ProducerColumn = (typeof PRODUCER_COLUMNS)[number]['id'];
export type ProductColumn = (typeof PRODUCT_COLUMNS)[number]['id'];
export type ImportColumn = ProducerColumn | ProductColumn;

export const COLUMNS: Readonly<Record<ImportSheet, readonly ColumnSpec<ImportColumn>[]>> = {
  producers: PRODUCER_COLUMNS,
  products: PRODUCT_COLUMNS,
};

/** The words a "Loại hình" cell may hold; the first is the template's (its drop-down list). */
export const PRODUCER_TYPE_WORDS: Readonly<Record<ProducerType, readonly string[]>> = {
  enterprise: ['Doanh nghiệp', 'DN', 'Công ty', 'Enterprise'],
  cooperative: ['Hợp tác xã', 'HTX', 'Cooperative'],
  'cooperative-group': ['Tổ hợp tác', 'THT', 'Cooperative group'],
  'household-business': ['Hộ kinh doanh', 'HKD', 'Hộ sản xuất', 'Household business'],
};

/** The words a "Giới tính" cell may hold; the first is the template's. */
export const SEX_WORDS: Readonly<Record<Sex, readonly string[]>> = {
  male: ['Nam', 'Male', 'M'],
  female: ['Nữ', 'Female', 'F'],
};

/** The header as the template writes it. @example headerText(product set) === 'Bộ sản phẩm* (1–26)' */
export function headerText(column: ColumnSpec<string>): string {
  return `${column.header}${column.required ? '*' : ''}${column.hint ? ` (${column.hint})` : ''}`;
}

/** A header without its asterisk and bracketed reminder, folded: what headers are compared by. */
function headerKey(text: string): string {
  return foldKey(text.replace(/\([^)]*\)/g, ' ').replace(/\*/g, ' '));
}

/**
 * Which column a header names, tolerating case, diacritics, spacing, asterisks and brackets.
 *
 * @example columnOfHeader('producers', ' mã XÃ  (5 số) ') === 'communeCode'
 */
export function columnOfHeader(sheet: ImportSheet, text: string): ImportColumn | null {
  const key = headerKey(text);
  if (key === '') return null;
  const found = COLUMNS[sheet].find((column) => [column.header, ...column.variants].some((h) => headerKey(h) === key));
  return found?.id ?? null;
}

/** Which import sheet a worksheet name is. @example sheetOfName('chu the') === 'producers' */
export function sheetOfName(name: string): ImportSheet | null {
  const key = foldKey(name);
  for (const sheet of ['producers', 'products'] as const) {
    if (SHEET_VARIANTS[sheet].some((variant) => foldKey(variant) === key)) return sheet;
  }
  return null;
}

/** The value a cell's word stands for, or null. @example wordValue(SEX_WORDS, 'nữ') === 'female' */
export function wordValue<V extends string>(words: Readonly<Record<V, readonly string[]>>, text: string): V | null {
  const key = foldKey(text);
  for (const [value, spellings] of Object.entries(words) as [V, readonly string[]][]) {
    if (spellings.some((spelling) => foldKey(spelling) === key)) return value;
  }
  return null;
}
