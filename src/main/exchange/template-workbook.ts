import ExcelJS from 'exceljs';
import {
  COLUMNS,
  headerText,
  PRODUCER_TYPE_WORDS,
  SEX_WORDS,
  SHEET_NAMES,
  type ColumnSpec,
  type ImportColumn,
  type ImportSheet,
} from '../../shared/domain/exchange/template-format';
import type { Translate } from '../../shared/i18n/messages';
import { styleHeaderRow } from './sheet-style';

/** Rows of the template that carry the drop-down lists and text formats (beyond them cells are plain). */
const PREPARED_ROWS = 1000;

/** Columns whose digits must stay text: a commune code 03637 or a phone 0912… would lose the leading 0. */
const TEXT_COLUMNS: readonly ImportColumn[] = ['communeCode', 'phone', 'registrationNumber', 'code'];

function exampleRow(sheet: ImportSheet, t: Translate): readonly (string | number)[] {
  const v = (key: string) => t(`exchange.file.guide.exampleValues.${key}`);
  return sheet === 'producers'
    ? [
        v('producerName'),
        PRODUCER_TYPE_WORDS.cooperative[0] ?? '',
        v('representative'),
        SEX_WORDS.male[0] ?? '',
        v('ethnicity'),
        v('address'),
        '03637',
        '0912 345 678',
        '12/2019/HTX',
      ]
    : [v('productName'), 6, v('producerName'), '12-03637-1-2025', v('description')];
}

function listOf(words: Readonly<Record<string, readonly string[]>>): string {
  return `"${Object.values(words)
    .map((spellings) => spellings[0])
    .join(',')}"`;
}

function addDataSheet(workbook: ExcelJS.Workbook, sheet: ImportSheet, t: Translate): void {
  const columns: readonly ColumnSpec<ImportColumn>[] = COLUMNS[sheet];
  const worksheet = workbook.addWorksheet(SHEET_NAMES[sheet]);
  worksheet.columns = columns.map((column) => ({ header: headerText(column), key: column.id, width: column.width }));
  styleHeaderRow(worksheet, columns.length);
  columns.forEach((column, index) => {
    const header = worksheet.getRow(1).getCell(index + 1);
    header.note = t(`exchange.file.guide.${sheet}.${column.id}`);
    if (TEXT_COLUMNS.includes(column.id)) worksheet.getColumn(index + 1).numFmt = '@';
  });
  const letter = (id: ImportColumn) => String.fromCharCode(65 + columns.findIndex((c) => c.id === id));
  const range = (id: ImportColumn) => `${letter(id)}2:${letter(id)}${PREPARED_ROWS + 1}`;
  const invalidTitle = t('exchange.file.validation.invalidTitle');
  // exceljs keeps data validations in an untyped model keyed by cell range.
  const validations = (worksheet as unknown as { dataValidations: { add: (range: string, rule: object) => void } })
    .dataValidations;
  const list = (id: ImportColumn, words: Readonly<Record<string, readonly string[]>>, prompt: string) =>
    validations.add(range(id), {
      type: 'list',
      allowBlank: true,
      formulae: [listOf(words)],
      showInputMessage: true,
      promptTitle: t('exchange.file.validation.listTitle'),
      prompt,
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: invalidTitle,
      error: prompt,
    });
  if (sheet === 'producers') {
    list('type', PRODUCER_TYPE_WORDS, t('exchange.file.validation.typePrompt'));
    list('sex', SEX_WORDS, t('exchange.file.validation.sexPrompt'));
  } else {
    const prompt = t('exchange.file.validation.setPrompt');
    validations.add(range('productSet'), {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [1, 26],
      showInputMessage: true,
      promptTitle: t('exchange.file.validation.setTitle'),
      prompt,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: invalidTitle,
      error: prompt,
    });
  }
}

function addGuideSheet(workbook: ExcelJS.Workbook, t: Translate): void {
  const guide = workbook.addWorksheet(SHEET_NAMES.guide);
  guide.columns = [{ width: 14 }, { width: 28 }, { width: 10 }, { width: 70 }, { width: 36 }];
  const title = guide.addRow([t('exchange.file.guide.title')]);
  title.font = { bold: true, size: 14, color: { argb: 'FF0F3D27' } };
  for (const rule of ['rule1', 'rule2', 'rule3', 'rule4', 'rule5']) {
    const row = guide.addRow([`• ${t(`exchange.file.guide.${rule}`)}`]);
    guide.mergeCells(row.number, 1, row.number, 5);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = 32;
  }
  guide.addRow([]);
  guide.addRow([t('exchange.file.guide.columnsTitle')]).font = { bold: true, size: 12 };
  const note = guide.addRow([t('exchange.file.guide.examplesTitle')]);
  note.font = { italic: true, color: { argb: 'FF4A554F' } };
  const head = guide.addRow(
    ['sheet', 'column', 'required', 'how', 'example'].map((k) => t(`exchange.file.guide.${k}`)),
  );
  head.font = { bold: true };
  head.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3F1E7' } }));
  for (const sheet of ['producers', 'products'] as const) {
    const example = exampleRow(sheet, t);
    COLUMNS[sheet].forEach((column, index) => {
      const row = guide.addRow([
        SHEET_NAMES[sheet],
        headerText(column),
        t(column.required ? 'exchange.file.value.yes' : 'exchange.file.value.no'),
        t(`exchange.file.guide.${sheet}.${column.id}`),
        example[index] ?? '',
      ]);
      row.alignment = { wrapText: true, vertical: 'top' };
    });
  }
}

/**
 * The import template: the sheets "Chủ thể" and "Sản phẩm" with only their header row (bold, frozen, with
 * a note on each header, drop-down lists for the type and sex, digits kept as text), and "Hướng dẫn",
 * which explains every column and holds the examples. The examples live only there, so importing the
 * untouched template imports nothing (and says the file has no data rows).
 */
export function buildTemplate(t: Translate): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OCOP Council';
  addDataSheet(workbook, 'producers', t);
  addDataSheet(workbook, 'products', t);
  addGuideSheet(workbook, t);
  return workbook;
}
