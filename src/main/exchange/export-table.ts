import type ExcelJS from 'exceljs';
import { DATE_FORMAT, excelDate, styleHeaderRow } from './sheet-style';

/** text: as written; date: an ISO calendar date written as a real Excel date; number: as is. */
export type ColumnKind = 'text' | 'long-text' | 'date' | 'number';

export interface TableColumn {
  readonly header: string;
  readonly width: number;
  readonly kind?: ColumnKind;
  /** Excel number format for a number column ("0.00"). */
  readonly format?: string;
}

export type TableCell = string | number | null;

/** One register as a sheet: its name, its columns and one row per record. */
export interface TableSpec {
  readonly name: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
}

function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Writes a register as a sheet: a bold, frozen header row with an autofilter over the table, dates as
 * real Excel dates shown dd/mm/yyyy, long texts wrapped.
 */
export function addTable(workbook: ExcelJS.Workbook, table: TableSpec): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(table.name);
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    if (column.kind === 'date') sheetColumn.numFmt = DATE_FORMAT;
    else if (column.format) sheetColumn.numFmt = column.format;
    if (column.kind === 'long-text') sheetColumn.alignment = { wrapText: true, vertical: 'top' };
  });
  for (const cells of table.rows) {
    sheet.addRow(
      cells.map((cell, index) => {
        if (cell === '' || cell === null) return null; // an empty cell, not an empty string
        return table.columns[index]?.kind === 'date' && typeof cell === 'string' ? excelDate(cell) : cell;
      }),
    );
  }
  styleHeaderRow(sheet, table.columns.length);
  const last = columnLetter(table.columns.length);
  sheet.autoFilter = `A1:${last}${Math.max(1, table.rows.length + 1)}`;
  return sheet;
}
