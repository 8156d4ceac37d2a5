import { useTranslation } from 'react-i18next';
import type { ArchivedDocumentView, GeneratedDocument } from '../../../../shared/ipc/contract';
import type { Language } from '../../../../shared/i18n/messages';
import { dateTime, fileSize, shortHash } from './file-facts';

const STATE_TONE = { ok: 'good', changed: 'bad', missing: 'warn' } as const;

function isArchived(file: GeneratedDocument | ArchivedDocumentView): file is ArchivedDocumentView {
  return 'state' in file;
}

/** Files with their facts (pages, size, short SHA-256) and what can be done with each. */
export function DocumentFilesTable({
  files,
  caption,
  onOpen,
  onDownload,
}: {
  files: readonly (GeneratedDocument | ArchivedDocumentView)[];
  caption: string;
  onOpen: (file: string, print: boolean) => void;
  onDownload: (file: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const withState = files.some(isArchived);
  return (
    <div className="table-wrap">
      <table className="data-table documents-files">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documentsUi.files.file')}</th>
            <th scope="col">{t('documentsUi.files.kind')}</th>
            <th scope="col" className="number">
              {t('documentsUi.files.pages')}
            </th>
            <th scope="col" className="number">
              {t('documentsUi.files.size')}
            </th>
            <th scope="col">{t('documentsUi.files.hash')}</th>
            {withState ? <th scope="col">{t('documentsUi.files.state')}</th> : null}
            <th scope="col">{t('documentsUi.files.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => {
            const missing = isArchived(file) && file.state === 'missing';
            return (
              <tr key={file.file}>
                <th scope="row" className="file-name">
                  {file.file}
                  <div className="cell-sub">
                    {dateTime(file.generatedAt)}
                    {file.resultVersion !== null
                      ? ` · ${t('documentsUi.files.resultVersion', { version: file.resultVersion })}`
                      : ''}
                  </div>
                </th>
                <td>{t(`documentsUi.kinds.${file.kind}` as 'documentsUi.kinds.tally', { defaultValue: file.kind })}</td>
                <td className="number">{file.pages}</td>
                <td className="number nowrap">{fileSize(file.bytes, language)}</td>
                <td>
                  <code title={t('documentsUi.files.hashTitle', { hash: file.sha256 })}>{shortHash(file.sha256)}</code>
                </td>
                {withState ? (
                  <td>
                    {isArchived(file) ? (
                      <span className={`pill ${STATE_TONE[file.state]}`}>
                        {t(`documentsUi.integrity.${file.state}`)}
                      </span>
                    ) : null}
                  </td>
                ) : null}
                <td className="file-actions">
                  <button
                    type="button"
                    className="button small secondary"
                    disabled={missing}
                    aria-label={t('documentsUi.files.openLabel', { file: file.file })}
                    onClick={() => onOpen(file.file, false)}
                  >
                    {t('documentsUi.files.open')}
                  </button>
                  <button
                    type="button"
                    className="button small secondary"
                    disabled={missing}
                    aria-label={t('documentsUi.files.printLabel', { file: file.file })}
                    onClick={() => onOpen(file.file, true)}
                  >
                    {t('documentsUi.files.print')}
                  </button>
                  <button
                    type="button"
                    className="button small secondary"
                    disabled={missing}
                    aria-label={t('documentsUi.files.downloadLabel', { file: file.file })}
                    onClick={() => onDownload(file.file)}
                  >
                    {t('documentsUi.files.download')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
