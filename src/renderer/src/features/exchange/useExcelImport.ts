import { useCallback, useState } from 'react';
import { selectForImport } from '../../../../shared/domain/exchange/import-selection';
import { validateImport, type ImportPlan } from '../../../../shared/domain/exchange/validate-import';
import {
  MAX_IMPORT_BYTES,
  type RowIssue,
  type WorkbookIssue,
  type WorkbookRows,
} from '../../../../shared/domain/exchange/workbook-rows';
import { council, CouncilRequestError } from '../../app/council-client';
import { useWorkspace } from '../../app/workspace-context';
import { fileToBase64 } from './file-transfer';

export interface SheetTally {
  readonly producers: number;
  readonly products: number;
}

/** A file read and checked: what the preview shows. */
export interface Checked {
  readonly fileName: string;
  readonly sheets: WorkbookRows;
  readonly plan: ImportPlan;
  /** Set when Import was pressed with invalid rows: how many, and nothing was written. */
  readonly refusedRows: number | null;
}

export type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly fileName: string }
  | { readonly step: 'rejected'; readonly fileName: string; readonly issues: readonly WorkbookIssue[] }
  | ({ readonly step: 'preview' | 'importing' } & Checked)
  | {
      readonly step: 'done';
      readonly fileName: string;
      readonly added: SheetTally;
      /** Rows the workspace already had (found at the check or at the write), skipped. */
      readonly existing: SheetTally;
      /** Rows with errors, skipped at the user's choice. */
      readonly skipped: SheetTally;
    }
  | ({ readonly step: 'failed'; readonly issues: readonly RowIssue[] } & Checked)
  | { readonly step: 'error'; readonly key: string; readonly params: Readonly<Record<string, string | number>> };

function errorState(error: unknown): ImportState {
  if (error instanceof CouncilRequestError) return { step: 'error', key: error.error.key, params: error.error.params };
  const detail = error instanceof Error ? error.message : String(error);
  return { step: 'error', key: 'exchange.import.requestFailed', params: { detail } };
}

/**
 * The Excel import: read a chosen file through main, check every row here against the workspace, then
 * import all valid rows in one transaction, or nothing while any row is invalid unless the user chose to
 * skip those rows.
 */
export function useExcelImport() {
  const { repositories, changed } = useWorkspace();
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const check = useCallback(
    async (fileName: string, sheets: WorkbookRows): Promise<Checked> => {
      const known = await repositories.exchange.known();
      const plan = validateImport({ producers: sheets.producers.rows, products: sheets.products.rows }, known);
      return { fileName, sheets, plan, refusedRows: null };
    },
    [repositories],
  );

  const choose = useCallback(
    async (file: File) => {
      const fileName = file.name;
      if (file.size > MAX_IMPORT_BYTES) {
        const size = (file.size / 1024 / 1024).toFixed(1);
        const issue = { key: 'exchange.workbook.tooLarge', params: { size, max: MAX_IMPORT_BYTES / 1024 / 1024 } };
        setState({ step: 'rejected', fileName, issues: [issue] });
        return;
      }
      setState({ step: 'reading', fileName });
      try {
        const result = await council.exchangeReadWorkbook({ fileName, base64: await fileToBase64(file) });
        if (result.status === 'rejected') setState({ step: 'rejected', fileName, issues: result.issues });
        else setState({ step: 'preview', ...(await check(fileName, result.sheets)) });
      } catch (error) {
        setState(errorState(error));
      }
    },
    [check],
  );

  const runImport = useCallback(
    async (checked: Checked, skipInvalid: boolean) => {
      try {
        // Checked again against the workspace as it is now (it may have changed since the preview).
        const fresh = await check(checked.fileName, checked.sheets);
        const selection = selectForImport(fresh.plan, { skipInvalid });
        if (!selection.ok) {
          setState({ step: 'preview', ...fresh, refusedRows: selection.invalidRows });
          return;
        }
        setState({ step: 'importing', ...fresh });
        const result = await repositories.exchange.importProducersAndProducts(selection.batch);
        if (!result.ok) {
          setState({ step: 'failed', ...fresh, issues: result.issues });
          return;
        }
        const { producers, products } = selection.counts;
        const summary = result.value;
        setState({
          step: 'done',
          fileName: checked.fileName,
          added: { producers: summary.producersAdded, products: summary.productsAdded },
          existing: {
            producers: producers.existing + summary.producersExisting,
            products: products.existing + summary.productsExisting,
          },
          skipped: { producers: producers.invalid, products: products.invalid },
        });
        changed();
      } catch (error) {
        setState(errorState(error));
      }
    },
    [check, repositories, changed],
  );

  return { state, choose, runImport, reset: () => setState({ step: 'idle' }) };
}
