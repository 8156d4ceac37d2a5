import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmptyPlan, planCounts } from '../../../../shared/domain/exchange/import-selection';
import type { RowIssue } from '../../../../shared/domain/exchange/workbook-rows';
import { Notice } from '../../components/Notice';
import { describeRowIssue } from './describe-row-issue';
import type { Checked } from './useExcelImport';

/** Errors listed at once; a file with more is rarely fixed from a list anyway. */
const LISTED = 100;

function IssueList({ issues, checked }: { issues: readonly RowIssue[]; checked: Checked }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="exchange-issues">
        {issues.slice(0, LISTED).map((found, index) => (
          <li key={index}>{describeRowIssue(found, t, checked.sheets)}</li>
        ))}
      </ul>
      {issues.length > LISTED ? <p>{t('exchange.import.moreErrors', { count: issues.length - LISTED })}</p> : null}
    </>
  );
}

/**
 * What a chosen file holds: rows per sheet (new, already there, with errors), every error with its sheet,
 * row and column, and the two ways on: Import (nothing while any row has errors) or skip the rows with
 * errors and import the rest.
 */
export function ImportPreview({
  checked,
  busy,
  failed,
  onImport,
}: {
  checked: Checked;
  busy: boolean;
  failed: readonly RowIssue[] | null;
  onImport: (skipInvalid: boolean) => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const refusal = useRef<HTMLDivElement>(null);
  const { plan, fileName, refusedRows } = checked;
  useEffect(() => heading.current?.focus(), [plan]);
  useEffect(() => {
    if (refusedRows !== null) refusal.current?.focus();
  }, [refusedRows, plan]);

  if (isEmptyPlan(plan)) {
    return (
      <Notice tone="warning" title={t('exchange.import.empty', { file: fileName })}>
        <p>{t('exchange.import.emptyBody')}</p>
      </Notice>
    );
  }
  const counts = planCounts(plan);
  const newRows = counts.producers.new + counts.products.new;
  const invalidRows = counts.producers.invalid + counts.products.invalid;
  return (
    <div className="exchange-preview">
      <h3 ref={heading} tabIndex={-1}>
        {t('exchange.import.previewTitle', { file: fileName })}
      </h3>
      <div className="table-wrap exchange-counts">
        <table className="data-table">
          <caption className="visually-hidden">{t('exchange.import.previewCaption')}</caption>
          <thead>
            <tr>
              {(['sheet', 'rows', 'new', 'existing', 'invalid'] as const).map((column) => (
                <th key={column} scope="col" className={column === 'sheet' ? undefined : 'number'}>
                  {t(`exchange.import.column.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['producers', 'products'] as const).map((sheet) => {
              const c = counts[sheet];
              return (
                <tr key={sheet}>
                  <th scope="row">{checked.sheets[sheet].name}</th>
                  <td className="number">{c.new + c.existing + c.invalid}</td>
                  <td className="number">{c.new}</td>
                  <td className="number">{c.existing}</td>
                  <td className={`number${c.invalid > 0 ? ' exchange-bad' : ''}`}>{c.invalid}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {refusedRows !== null ? (
        <div className="notice error" role="alert" tabIndex={-1} ref={refusal}>
          <h3>{t('exchange.import.refusedTitle', { count: refusedRows })}</h3>
          <p>{t('exchange.import.refusedBody')}</p>
        </div>
      ) : null}
      {failed ? (
        <Notice tone="error" title={t('exchange.import.failedTitle')}>
          <IssueList issues={failed} checked={checked} />
        </Notice>
      ) : null}
      {plan.issues.length > 0 ? (
        <section
          className="exchange-errors"
          aria-label={t('exchange.import.errorsTitle', { count: plan.issues.length })}
        >
          <h4>{t('exchange.import.errorsTitle', { count: plan.issues.length })}</h4>
          <p className="muted">{t('exchange.import.errorsIntro')}</p>
          <IssueList issues={plan.issues} checked={checked} />
        </section>
      ) : newRows === 0 ? (
        <Notice tone="success" title={t('exchange.import.nothingNew')} />
      ) : (
        <Notice tone="success" title={t('exchange.import.allValid')} />
      )}
      <div className="exchange-actions">
        <button type="button" className="button" disabled={busy} onClick={() => onImport(false)}>
          {busy ? t('exchange.import.importing') : t('exchange.import.importButton')}
        </button>
        {invalidRows > 0 && newRows > 0 ? (
          <button type="button" className="button secondary" disabled={busy} onClick={() => onImport(true)}>
            {t('exchange.import.skipButton', { count: newRows })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
