import type { TFunction } from 'i18next';
import { COLUMNS } from '../../../../shared/domain/exchange/template-format';
import type { RowIssue, WorkbookRows } from '../../../../shared/domain/exchange/workbook-rows';

/**
 * A row issue in words, named as the user sees the file: the sheet's and the column's own names, the row
 * number as Excel shows it.
 *
 * @example "Sheet Sản phẩm, dòng 5, cột Bộ sản phẩm: bộ sản phẩm phải là một số nguyên từ 1 đến 26 (đang ghi “27”)"
 */
export function describeRowIssue(found: RowIssue, t: TFunction, sheets?: WorkbookRows): string {
  const sheet = sheets?.[found.sheet].name ?? t(`exchange.sheetName.${found.sheet}`);
  const column =
    found.column === null
      ? null
      : (sheets?.[found.sheet].headers[found.column] ??
        COLUMNS[found.sheet].find((c) => c.id === found.column)?.header ??
        found.column);
  const where =
    column === null
      ? t('exchange.import.errorAtRow', { sheet, row: found.row })
      : t('exchange.import.errorAt', { sheet, row: found.row, column });
  // Issue keys are data (`exchange.issue.*`, `issue.form.*`); the typed keys of `t` do not apply.
  const message = (t as unknown as (key: string, params: object) => string)(found.key, found.params);
  return `${where}: ${message}`;
}
