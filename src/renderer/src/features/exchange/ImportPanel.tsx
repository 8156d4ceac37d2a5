import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { Notice } from '../../components/Notice';
import { FileButton, XLSX_FILES } from '../../components/FileButton';
import { ImportPreview } from './ImportPreview';
import { useTemplateDownload } from './useDownload';
import { useExcelImport, type ImportState } from './useExcelImport';

/** An outcome that replaces what had focus (the preview's buttons): focus moves to it, for keyboard users. */
function Focused({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="exchange-outcome">
      {children}
    </div>
  );
}

function ImportStatus({ state, onImport }: { state: ImportState; onImport: (skipInvalid: boolean) => void }) {
  const { t } = useTranslation();
  switch (state.step) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <p role="status" className="muted">
          {t('exchange.import.reading', { file: state.fileName })}
        </p>
      );
    case 'rejected':
      return (
        <Focused>
          <Notice tone="error" title={t('exchange.import.rejected', { file: state.fileName })}>
            <ul>
              {state.issues.map((found, index) => (
                <li key={index}>{t(found.key as never, found.params)}</li>
              ))}
            </ul>
            <p>{t('exchange.import.rejectedFix')}</p>
          </Notice>
        </Focused>
      );
    case 'preview':
    case 'importing':
    case 'failed':
      return (
        <ImportPreview
          checked={state}
          busy={state.step === 'importing'}
          failed={state.step === 'failed' ? state.issues : null}
          onImport={onImport}
        />
      );
    case 'done': {
      const { added, existing, skipped } = state;
      return (
        <Focused>
          <Notice tone="success" title={t('exchange.import.doneTitle', { ...added })}>
            {existing.producers + existing.products > 0 ? (
              <p>{t('exchange.import.doneExisting', { ...existing })}</p>
            ) : null}
            {skipped.producers + skipped.products > 0 ? (
              <p>{t('exchange.import.doneSkipped', { producers: skipped.producers, products: skipped.products })}</p>
            ) : null}
            <p>
              <a href={hrefOf('products')}>{t('exchange.import.viewProducts')}</a>
            </p>
          </Notice>
        </Focused>
      );
    }
    case 'error':
      return (
        <Focused>
          <Notice tone="error" title={t(state.key as never, state.params)} />
        </Focused>
      );
  }
}

/** "Nhập từ Excel": the template to download, a file to choose, its check, and the import. */
export function ImportPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const { state, choose, runImport } = useExcelImport();
  const template = useTemplateDownload();
  const busy = state.step === 'reading' || state.step === 'importing';
  const checked = state.step === 'preview' || state.step === 'importing' || state.step === 'failed' ? state : null;
  return (
    <section className="card exchange-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exchange.import.title')}</h2>
      <p className="muted">{t('exchange.import.intro')}</p>
      <ol className="exchange-steps">
        <li>{t('exchange.import.step1')}</li>
        <li>{t('exchange.import.step2')}</li>
        <li>{t('exchange.import.step3')}</li>
      </ol>
      <div className="exchange-actions">
        <button
          type="button"
          className="button secondary"
          disabled={template.state.step === 'busy'}
          onClick={() => void template.run()}
        >
          {t('exchange.import.downloadTemplate')}
        </button>
        <FileButton
          accept={XLSX_FILES}
          label={state.step === 'idle' ? t('exchange.import.chooseFile') : t('exchange.import.another')}
          primary={state.step === 'idle'}
          disabled={busy}
          onFile={(file) => void choose(file)}
        />
      </div>
      <p className="field-hint">{t('exchange.import.chooseHint')}</p>
      {template.state.step === 'done' ? (
        <p role="status" className="exchange-note">
          {t('exchange.import.templateReady', { file: template.state.fileName })}
        </p>
      ) : template.state.step === 'error' ? (
        <Notice tone="error" title={t(template.state.key as never, template.state.params)} />
      ) : null}
      <ImportStatus state={state} onImport={(skip) => checked && void runImport(checked, skip)} />
    </section>
  );
}
