import ExcelJS from 'exceljs';
import type { ExportData } from '../../shared/domain/exchange/export-data';
import type { Translate } from '../../shared/i18n/messages';
import { certificatesTable, dossiersTable, revocationsTable } from './evaluation-tables';
import { addTable, type TableSpec } from './export-table';
import { councilTable, membersTable, planTable, producersTable, productsTable, roundsTable } from './register-tables';

/** Every register as a table, in the order of the workbook's sheets. */
export function exportTables(t: Translate, data: ExportData): TableSpec[] {
  return [
    councilTable(t, data.council, data.today),
    membersTable(t, data),
    producersTable(data),
    productsTable(t, data),
    dossiersTable(t, data),
    roundsTable(t, data),
    certificatesTable(t, data),
    revocationsTable(t, data),
    planTable(t, data),
  ];
}

/**
 * The export workbook: one sheet per register (council settings, members, producers, products, dossiers,
 * rounds, certificates, revocations, plan targets), Vietnamese headers, frozen header rows, autofilters,
 * dates as Excel dates. The producers and products sheets use the import template's columns.
 */
export function buildExportWorkbook(t: Translate, data: ExportData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OCOP Council';
  for (const table of exportTables(t, data)) addTable(workbook, table);
  return workbook;
}
