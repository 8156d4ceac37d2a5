import ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/domain/exchange/cell-text';
import {
  COLUMNS,
  columnOfHeader,
  SHEET_NAMES,
  sheetOfName,
  type ImportColumn,
  type ImportSheet,
} from '../../shared/domain/exchange/template-format';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  type RawRow,
  type RawSheet,
  type ReadWorkbookResult,
  type WorkbookIssue,
  type WorkbookIssueKind,
} from '../../shared/domain/exchange/workbook-rows';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function problem(kind: WorkbookIssueKind, params: Record<string, string | number> = {}): WorkbookIssue {
  return { key: `exchange.workbook.${kind}`, params };
}

/** A cell's value as text or a number: rich text joined, a formula's result, a hyperlink's text, a date as YYYY-MM-DD. */
export function cellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .normalize('NFC')
      .trim();
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result);
  if ('hyperlink' in value) return cellValue(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** The header text of a column as the file writes it, without its asterisk or bracketed reminder. */
function plainHeader(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function readSheet(worksheet: ExcelJS.Worksheet, sheet: ImportSheet, issues: WorkbookIssue[]): RawSheet {
  const columnAt = new Map<number, ImportColumn>();
  const headers: Partial<Record<ImportColumn, string>> = {};
  worksheet.getRow(1).eachCell((cell, columnNumber) => {
    const value = cellValue(cell.value);
    const text = value === null ? '' : String(value);
    const column = columnOfHeader(sheet, text);
    if (column && headers[column] === undefined) {
      columnAt.set(columnNumber, column);
      headers[column] = plainHeader(text);
    }
  });
  for (const column of COLUMNS[sheet]) {
    if (column.required && headers[column.id] === undefined) {
      issues.push(problem('missingColumn', { sheet: worksheet.name, column: column.header }));
    }
  }
  const rows: RawRow[] = [];
  let count = 0;
  for (let rowNumber = 2; rowNumber <= worksheet.rowCount; rowNumber += 1) {
    const row = worksheet.getRow(rowNumber);
    const cells: Partial<Record<ImportColumn, CellValue>> = {};
    let empty = true;
    for (const [columnNumber, column] of columnAt) {
      const value = cellValue(row.getCell(columnNumber).value);
      cells[column] = value;
      if (value !== null && value !== '') empty = false;
    }
    if (empty) continue;
    count += 1;
    if (count <= MAX_IMPORT_ROWS) rows.push({ row: rowNumber, cells });
  }
  if (count > MAX_IMPORT_ROWS)
    issues.push(problem('tooManyRows', { sheet: worksheet.name, count, max: MAX_IMPORT_ROWS }));
  return { name: worksheet.name, headers, rows };
}

/**
 * Reads an import workbook into raw rows per sheet, by column, with their Excel row numbers. Refuses a
 * file over 10 MB, an old .xls or anything that is not an .xlsx, and a file missing a sheet or a
 * required column, each with an issue that says what to do. Empty rows are left out.
 */
export async function readImportWorkbook(fileName: string, bytes: Uint8Array): Promise<ReadWorkbookResult> {
  const rejected = (issues: WorkbookIssue[]): ReadWorkbookResult => ({ status: 'rejected', fileName, issues });
  if (bytes.length > MAX_IMPORT_BYTES) {
    const size = (bytes.length / 1024 / 1024).toFixed(1);
    return rejected([problem('tooLarge', { size, max: MAX_IMPORT_BYTES / 1024 / 1024 })]);
  }
  if (startsWith(bytes, OLE_MAGIC)) return rejected([problem('legacyXls')]);
  if (!startsWith(bytes, ZIP_MAGIC)) return rejected([problem('notXlsx')]);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; it reads a copy of exactly these bytes.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    return rejected([problem('unreadable', { detail: error instanceof Error ? error.message : String(error) })]);
  }
  const found = new Map<ImportSheet, ExcelJS.Worksheet>();
  for (const worksheet of workbook.worksheets) {
    const sheet = sheetOfName(worksheet.name);
    if (sheet && !found.has(sheet)) found.set(sheet, worksheet);
  }
  const issues: WorkbookIssue[] = [];
  for (const sheet of ['producers', 'products'] as const) {
    if (!found.has(sheet)) issues.push(problem('missingSheet', { sheet: SHEET_NAMES[sheet] }));
  }
  const producers = found.get('producers');
  const products = found.get('products');
  if (!producers || !products) return rejected(issues);
  const sheets = {
    producers: readSheet(producers, 'producers', issues),
    products: readSheet(products, 'products', issues),
  };
  return issues.length > 0 ? rejected(issues) : { status: 'read', fileName, sheets };
}
