import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { council } from '../../app/council-client';
import { useLoad } from '../../app/use-load';
import { Notice } from '../../components/Notice';
import { DocumentFilesTable } from './DocumentFilesTable';
import { useFileActions } from './useFileActions';

/**
 * The session's documents kept in the archive on disk, each checked against the SHA-256 recorded when it
 * was made: intact, changed since, or gone.
 */
export function ArchivedDocuments({ sessionId, reload }: { sessionId: string; reload: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [checks, setChecks] = useState(0);
  const listed = useLoad(() => council.documentsList({ sessionId }), [sessionId, reload, checks]);
  const actions = useFileActions(sessionId);
  const files = listed.state === 'ready' ? listed.value : [];
  const changed = files.filter((f) => f.state === 'changed').length;
  const missing = files.filter((f) => f.state === 'missing').length;
  return (
    <section className="card documents-archived" aria-labelledby={headingId}>
      <div className="documents-card-head">
        <h2 id={headingId}>{t('documentsUi.archived.title')}</h2>
        <button type="button" className="button small secondary" onClick={() => setChecks((n) => n + 1)}>
          {t('documentsUi.integrity.recheck')}
        </button>
      </div>
      <p className="muted">{t('documentsUi.archived.intro')}</p>
      {listed.state === 'loading' ? (
        <p className="muted">{t('documentsUi.archived.loading')}</p>
      ) : listed.state === 'failed' ? (
        <Notice tone="error" title={t('documentsUi.loadFailed', { detail: listed.error.message })} />
      ) : files.length === 0 ? (
        <p className="documents-empty">{t('documentsUi.archived.empty')}</p>
      ) : (
        <>
          {changed + missing > 0 ? (
            <Notice tone="error" title={t('documentsUi.integrity.summaryBad', { changed, missing })} />
          ) : (
            <p className="integrity-ok" role="status">
              {t('documentsUi.integrity.summaryOk', { count: files.length })}
            </p>
          )}
          <DocumentFilesTable
            files={files}
            caption={t('documentsUi.files.archivedCaption')}
            onOpen={(file, print) => void actions.open(file, print)}
            onDownload={(file) => void actions.download(file)}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button secondary"
              onClick={() => void actions.saveAll(files.filter((f) => f.state === 'ok').map((f) => f.file))}
              disabled={files.every((f) => f.state !== 'ok')}
            >
              {t('documentsUi.files.saveAll')}
            </button>
          </div>
        </>
      )}
      {actions.message ? <Notice tone={actions.message.tone} title={actions.message.text} /> : null}
    </section>
  );
}
