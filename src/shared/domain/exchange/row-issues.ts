import type { z } from 'zod';
import type { ImportColumn, ImportSheet } from './template-format';
import type { RowIssue, RowIssueKind } from './workbook-rows';

/** A row issue of the import (`exchange.issue.<kind>`). */
export function rowProblem(
  sheet: ImportSheet,
  row: number,
  column: ImportColumn | null,
  kind: RowIssueKind,
  params: Record<string, string | number> = {},
): RowIssue {
  return { sheet, row, column, key: `exchange.issue.${kind}`, params };
}

/** Which import column holds a record field: producer `representative.sex` is the column "Giới tính". */
export function columnOfField(sheet: ImportSheet, path: readonly PropertyKey[]): ImportColumn | null {
  const [head, inner] = path;
  if (sheet === 'producers' && head === 'representative') {
    return inner === 'sex' ? 'sex' : inner === 'ethnicity' ? 'ethnicity' : 'representative';
  }
  if (sheet === 'products' && head === 'producerId') return 'producer';
  const fields: Readonly<Record<ImportSheet, readonly ImportColumn[]>> = {
    producers: ['name', 'type', 'address', 'communeCode', 'phone', 'registrationNumber'],
    products: ['name', 'productSet', 'code', 'description'],
  };
  return fields[sheet].find((column) => column === head) ?? null;
}

/**
 * A record schema's findings about a row, as row issues: the workspace forms' messages (`issue.form.*`)
 * where the schema names one, otherwise "not a valid value".
 */
export function rowIssuesFromZod(sheet: ImportSheet, row: number, error: z.ZodError): RowIssue[] {
  return error.issues.map((found) => {
    const column = columnOfField(sheet, found.path);
    if (!found.message.startsWith('form.')) return rowProblem(sheet, row, column, 'invalid');
    const maximum = 'maximum' in found ? Number(found.maximum) : undefined;
    return { sheet, row, column, key: `issue.${found.message}`, params: maximum === undefined ? {} : { maximum } };
  });
}
