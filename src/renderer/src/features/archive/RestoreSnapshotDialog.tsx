import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import type { SnapshotInfo } from '../../../../shared/ipc/snapshots-schemas';
import { council, CouncilRequestError } from '../../app/council-client';
import { useWorkspace } from '../../app/workspace-context';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { readArchive } from '../../db/archive-import';
import { ArchiveIssueList } from './ArchiveIssueList';
import { formatMoment, snapshotNote } from './archive-format';
import { runImport } from './run-import';

type Step =
  | { readonly step: 'asking' | 'working' }
  | { readonly step: 'refused'; readonly issues: readonly DomainIssue[]; readonly source: unknown }
  | { readonly step: 'failed'; readonly detail: string };

/**
 * Restores a snapshot after saying what it holds and that the current state is snapshotted first. The
 * snapshot is read back from main and checked like any archive file before anything is written.
 */
export function RestoreSnapshotDialog({
  snapshot,
  onClose,
  onRestored,
}: {
  snapshot: SnapshotInfo;
  onClose: () => void;
  onRestored: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { repositories, changed } = useWorkspace();
  const [state, setState] = useState<Step>({ step: 'asking' });
  const date = formatMoment(snapshot.createdAt);
  const restore = async () => {
    setState({ step: 'working' });
    try {
      const { text } = await council.snapshotsRead({ name: snapshot.name });
      const reading = readArchive(text);
      if (!reading.ok) return setState({ step: 'refused', issues: reading.issues, source: reading.input });
      const outcome = await runImport(repositories, reading.archive, 'restore');
      if (!outcome.ok) return setState({ step: 'refused', issues: outcome.issues, source: reading.archive });
      changed();
      onRestored(
        [t('archiveUi.restore.done', { date }), outcome.snapshot ? snapshotNote(outcome.snapshot, t) : '']
          .join(' ')
          .trim(),
      );
    } catch (error) {
      const detail = error instanceof CouncilRequestError ? error.error.message : String(error);
      setState({ step: 'failed', detail });
    }
  };
  return (
    <Dialog title={t('archiveUi.restore.dialog')} onClose={onClose}>
      <p>
        {t('archiveUi.restore.intro', {
          date,
          reason: t(`archiveUi.reason.${snapshot.reason}`),
          sessions: snapshot.sessions ?? '—',
          sheets: snapshot.sheets ?? '—',
        })}
      </p>
      <div className="notice warning">
        <p>
          <strong>{t('archiveUi.restore.warning')}</strong>
        </p>
        <p>{t('archiveUi.restore.safety')}</p>
      </div>
      {state.step === 'refused' ? (
        <Notice tone="error" title={t('archiveUi.file.failedTitle')}>
          <ArchiveIssueList issues={state.issues} source={state.source} />
        </Notice>
      ) : null}
      {state.step === 'failed' ? (
        <Notice tone="error" title={t('archiveUi.file.failedTitle')}>
          <p>{state.detail}</p>
        </Notice>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={onClose} disabled={state.step === 'working'}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button" onClick={() => void restore()} disabled={state.step === 'working'}>
          {state.step === 'working' ? t('archiveUi.restore.working') : t('archiveUi.restore.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
