import type { z } from 'zod';
import { cellText, type CellValue } from './cell-text';
import { rowIssuesFromZod, rowProblem } from './row-issues';
import type { ImportColumn, ImportSheet } from './template-format';
import type { RawRow, RowIssue, RowIssueKind } from './workbook-rows';

/** A row read into a draft record, or every problem with it (then no draft). */
export interface RowReading<T> {
  readonly value: T | null;
  readonly issues: RowIssue[];
}

/** Collects a row's issues, column by column. */
export class RowChecker {
  readonly issues: RowIssue[] = [];
  constructor(
    private readonly sheet: ImportSheet,
    private readonly raw: RawRow,
  ) {}

  get row(): number {
    return this.raw.row;
  }

  cell(column: ImportColumn): CellValue | undefined {
    return this.raw.cells[column];
  }

  report(column: ImportColumn | null, kind: RowIssueKind, params: Record<string, string | number> = {}): void {
    this.issues.push(rowProblem(this.sheet, this.raw.row, column, kind, params));
  }

  /** A one-line text; reports it when required and empty, or longer than `max`. */
  text(column: ImportColumn, required: boolean, max: number): string {
    const value = cellText(this.cell(column));
    if (required && value === '') this.report(column, 'required');
    else if (value.length > max) this.report(column, 'tooLong', { maximum: max, length: value.length });
    return value;
  }

  /** Anything a record schema still finds (a safety net: the column checks say it better). */
  schemaIssues(error: z.ZodError): void {
    for (const found of rowIssuesFromZod(this.sheet, this.raw.row, error)) {
      if (!this.issues.some((known) => known.column === found.column)) this.issues.push(found);
    }
  }
}
