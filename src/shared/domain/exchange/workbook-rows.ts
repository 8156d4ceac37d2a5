import type { CellValue } from './cell-text';
import type { ImportColumn, ImportSheet } from './template-format';

/** One data row of an import sheet: its number as Excel shows it (the header is row 1) and its cells. */
export interface RawRow {
  readonly row: number;
  readonly cells: Readonly<Partial<Record<ImportColumn, CellValue>>>;
}

/** One import sheet as read: its name in the file, the headers it has for each column, and its rows. */
export interface RawSheet {
  readonly name: string;
  /** The file's own header of each column found (without the asterisk), for messages. */
  readonly headers: Readonly<Partial<Record<ImportColumn, string>>>;
  readonly rows: readonly RawRow[];
}

export type WorkbookRows = Readonly<Record<ImportSheet, RawSheet>>;

/** What can be wrong with a workbook as a whole; each has a message `exchange.workbook.<kind>`. */
export const WORKBOOK_ISSUE_KINDS = [
  'tooLarge',
  'legacyXls',
  'notXlsx',
  'unreadable',
  'missingSheet',
  'missingColumn',
  'tooManyRows',
] as const;
export type WorkbookIssueKind = (typeof WORKBOOK_ISSUE_KINDS)[number];

/** What can be wrong with a row; each has a message `exchange.issue.<kind>` that says what to do. */
export const ROW_ISSUE_KINDS = [
  'required',
  'tooLong',
  'invalid',
  'producerType',
  'sex',
  'communeCode',
  'phone',
  'productSet',
  'productCode',
  'duplicateProducer',
  'duplicateRegistration',
  'producerConflict',
  'duplicateCode',
  'codeTaken',
  'duplicateProduct',
  'unknownProducer',
  'ambiguousProducer',
  'producerRowInvalid',
] as const;
export type RowIssueKind = (typeof ROW_ISSUE_KINDS)[number];

/** A problem with the file as a whole (not an .xlsx, too large, a sheet or column missing). */
export interface WorkbookIssue {
  /** An i18n key under `exchange.workbook.`. */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type ReadWorkbookResult =
  | { readonly status: 'read'; readonly fileName: string; readonly sheets: WorkbookRows }
  | { readonly status: 'rejected'; readonly fileName: string; readonly issues: readonly WorkbookIssue[] };

/** Largest workbook accepted for import. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Most data rows an import sheet may have (a district has a few hundred producers at most). */
export const MAX_IMPORT_ROWS = 5000;

/**
 * A problem with one row: where (sheet, Excel row number, column) and what, as an i18n key with params.
 * The message says what is wrong and what to do.
 */
export interface RowIssue {
  readonly sheet: ImportSheet;
  readonly row: number;
  readonly column: ImportColumn | null;
  /** A full i18n key: `exchange.issue.<kind>` (or `issue.form.<kind>` from a record schema). */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}
