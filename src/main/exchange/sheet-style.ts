import type ExcelJS from 'exceljs';

/** Days as the app's documents write them. */
export const DATE_FORMAT = 'dd/mm/yyyy';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3F1E7' } };

/**
 * Makes row 1 a header row: bold on a light green fill, wrapped (tall enough for its longest header), with
 * a rule under it, and frozen so it stays in view while scrolling.
 */
export function styleHeaderRow(sheet: ExcelJS.Worksheet, columnCount: number): void {
  const header = sheet.getRow(1);
  let lines = 1;
  for (let column = 1; column <= columnCount; column += 1) {
    const cell = header.getCell(column);
    // Wrapped headers need room: a line per column width of text (Excel does not grow the row itself).
    const width = Math.max(4, (sheet.getColumn(column).width ?? 10) - 1);
    const text = typeof cell.value === 'string' ? cell.value : '';
    lines = Math.max(lines, Math.ceil(text.length / width));
    cell.font = { bold: true, color: { argb: 'FF0F3D27' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF1B6B3A' } } };
  }
  header.height = 6 + 15 * Math.min(lines, 5);
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

/** A calendar date `YYYY-MM-DD` as an Excel date (UTC midnight, so no time zone shifts the day). */
export function excelDate(isoDate: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The workbook as base64, the form bytes take across the IPC boundary. */
export async function workbookBase64(workbook: ExcelJS.Workbook): Promise<string> {
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer).toString('base64');
}
