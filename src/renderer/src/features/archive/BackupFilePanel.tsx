import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { exportArchive } from '../../db/archive.repository';
import { ArchiveIssueList } from './ArchiveIssueList';
import { archiveDoors } from './archive-doors';
import { snapshotNote } from './archive-format';
import { downloadText } from '../../components/download';
import { FileButton } from '../../components/FileButton';
import { backupFileName } from './backup-file-name';
import { ImportReview } from './ImportReview';
import { useArchiveFile } from './useArchiveFile';

type Exported =
  { readonly file: string; readonly sessions: number; readonly sheets: number } | { readonly error: string } | null;

/** "Xuất bản sao lưu (USB)" and "Nhập/Khôi phục từ tệp": the whole workspace to a file, and back. */
export function BackupFilePanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const { repositories, today } = useWorkspace();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<Exported>(null);
  const { state, choose, setMode, confirm, reset } = useArchiveFile();

  const exportNow = async () => {
    setExporting(true);
    try {
      const { archive, text } = await exportArchive(repositories, await archiveDoors());
      const file = backupFileName(repositories.workspace, today);
      downloadText(file, text);
      setExported({ file, sessions: archive.tables.sessions.length, sheets: archive.tables.sheets.length });
    } catch (error) {
      setExported({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      setExporting(false);
    }
  };
  const busy = state.step === 'reading' || state.step === 'working';

  return (
    <section className="card archive-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('archiveUi.file.title')}</h2>
      <p className="muted">{t('archiveUi.file.intro')}</p>
      <div className="archive-actions">
        <button type="button" className="button" disabled={exporting} onClick={() => void exportNow()}>
          {exporting ? t('archiveUi.file.exporting') : t('archiveUi.file.export')}
        </button>
        <FileButton label={t('archiveUi.file.import')} disabled={busy} onFile={(file) => void choose(file)} />
      </div>
      <p className="muted archive-hint">{t('archiveUi.file.chooseHint')}</p>
      {exported && 'file' in exported ? <Notice tone="success" title={t('archiveUi.file.exported', exported)} /> : null}
      {exported && 'error' in exported ? (
        <Notice tone="error" title={t('common.loadFailed', { detail: exported.error })} />
      ) : null}
      {state.step === 'reading' ? (
        <p className="muted">{t('archiveUi.file.reading', { file: state.fileName })}</p>
      ) : null}
      {state.step === 'invalid' ? (
        <Notice tone="error" title={t('archiveUi.file.invalidTitle', { file: state.fileName })}>
          <p>{t('archiveUi.file.invalidCount', { count: state.issues.length })}</p>
          <ArchiveIssueList issues={state.issues} source={state.source} />
        </Notice>
      ) : null}
      {state.step === 'ready' || state.step === 'working' ? (
        <ImportReview state={state} onMode={setMode} onConfirm={() => void confirm()} onCancel={reset} />
      ) : null}
      {state.step === 'done' ? (
        <Notice
          tone="success"
          title={
            state.mode === 'restore'
              ? t('archiveUi.file.restored', { file: state.fileName })
              : state.outcome.changed
                ? t('archiveUi.file.merged', {
                    file: state.fileName,
                    added: Object.values(state.outcome.merge?.added ?? {}).reduce((sum, n) => sum + n, 0),
                    updated: state.outcome.merge?.updated.length ?? 0,
                  })
                : t('archiveUi.file.nothingNew')
          }
        >
          {state.outcome.snapshot ? <p>{snapshotNote(state.outcome.snapshot, t)}</p> : null}
        </Notice>
      ) : null}
      {state.step === 'failed' ? (
        <Notice tone="error" title={t('archiveUi.file.failedTitle')}>
          <ArchiveIssueList issues={state.issues} source={state.archive} />
        </Notice>
      ) : null}
    </section>
  );
}
