import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentJobStatus } from '../../../../shared/ipc/contract';
import { Notice } from '../../components/Notice';
import { DocumentFilesTable } from './DocumentFilesTable';
import { useFileActions } from './useFileActions';

/** How a finished job went: the files made (open, print, download, save to a folder), or why there are none. */
export function JobResult({ status }: { status: DocumentJobStatus }) {
  const { t } = useTranslation();
  const actions = useFileActions(status.sessionId);
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => region.current?.focus(), []);
  const pages = status.files.reduce((sum, file) => sum + file.pages, 0);
  return (
    <div className="job-result" ref={region} tabIndex={-1}>
      {status.state === 'done' ? (
        <Notice tone="success" title={t('documentsUi.generate.done', { count: status.files.length, pages })}>
          <p>
            {status.folder
              ? t('documentsUi.generate.doneFolder', { folder: status.folder })
              : t('documentsUi.generate.doneArchive')}
          </p>
        </Notice>
      ) : status.state === 'cancelled' ? (
        <Notice tone="warning" title={t('documentsUi.generate.cancelled')} />
      ) : (
        <Notice tone="error" title={t('documentsUi.generate.failed')}>
          <p>{t('documentsUi.generate.failedDetail', { detail: status.error ?? '' })}</p>
        </Notice>
      )}
      {status.files.length > 0 ? (
        <>
          <DocumentFilesTable
            files={status.files}
            caption={t('documentsUi.files.caption')}
            onOpen={(file, print) => void actions.open(file, print)}
            onDownload={(file) => void actions.download(file)}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button secondary"
              onClick={() => void actions.saveAll(status.files.map((f) => f.file))}
            >
              {t('documentsUi.files.saveAll')}
            </button>
          </div>
        </>
      ) : null}
      {actions.message ? <Notice tone={actions.message.tone} title={actions.message.text} /> : null}
    </div>
  );
}
