import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_REGISTERS, exportCounts } from '../../../../shared/domain/exchange/export-data';
import { council } from '../../app/council-client';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { useDownload } from './useDownload';

/** "Xuất ra Excel": what the file will hold (a sheet per register, with counts) and one button. */
export function ExportPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const { repositories, revision, today } = useWorkspace();
  const data = useLoad(() => repositories.exchange.exportData(today), [repositories, revision, today]);
  // Read again at the click, so the file holds what is there then.
  const make = useCallback(
    async () => council.exchangeExportWorkbook(await repositories.exchange.exportData(today)),
    [repositories, today],
  );
  const download = useDownload(make);
  const counts = data.state === 'ready' ? exportCounts(data.value) : null;
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : 0;
  return (
    <section className="card exchange-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exchange.export.title')}</h2>
      <p className="muted">{t('exchange.export.intro')}</p>
      {data.state === 'failed' ? (
        <Notice tone="error" title={t('common.loadFailed', { detail: data.error.message })} />
      ) : null}
      {counts ? (
        <div className="table-wrap exchange-counts narrow">
          <table className="data-table">
            <caption className="visually-hidden">{t('exchange.export.registersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exchange.export.column.register')}</th>
                <th scope="col" className="number">
                  {t('exchange.export.column.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {EXPORT_REGISTERS.map((register) => (
                <tr key={register}>
                  <th scope="row">{t(`exchange.register.${register}`)}</th>
                  <td className="number">
                    {register === 'council'
                      ? t(counts.council > 0 ? 'exchange.export.councilSet' : 'exchange.export.councilMissing')
                      : counts[register]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
      {counts && total === 0 ? <p className="exchange-note">{t('exchange.export.nothing')}</p> : null}
      <div className="exchange-actions">
        <button
          type="button"
          className="button"
          disabled={!counts || total === 0 || download.state.step === 'busy'}
          onClick={() => void download.run()}
        >
          {download.state.step === 'busy' ? t('exchange.export.exporting') : t('exchange.export.button')}
        </button>
      </div>
      {download.state.step === 'done' ? (
        <Notice tone="success" title={t('exchange.export.done', { file: download.state.fileName })} />
      ) : download.state.step === 'error' ? (
        <Notice tone="error" title={t(download.state.key as never, download.state.params)} />
      ) : null}
    </section>
  );
}
