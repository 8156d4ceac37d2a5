import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotInfo } from '../../../../shared/ipc/snapshots-schemas';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { formatBytes, formatMoment } from './archive-format';
import { RestoreSnapshotDialog } from './RestoreSnapshotDialog';
import { SnapshotTable } from './SnapshotTable';
import { StorageLine } from './StorageLine';
import { takeSnapshot } from './take-snapshot';
import { useSnapshots } from './useSnapshots';

type Message = { readonly tone: 'success' | 'error'; readonly text: string } | null;

/** The automatic snapshots: the folder, "back up now", and each snapshot with its restore button. */
export function SnapshotsPanel() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { repositories } = useWorkspace();
  const { snapshots, folder, reload } = useSnapshots();
  const [taking, setTaking] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [restoring, setRestoring] = useState<SnapshotInfo | null>(null);

  const takeNow = async () => {
    setTaking(true);
    setMessage(null);
    const result = await takeSnapshot(repositories, 'manual');
    setTaking(false);
    setMessage(
      result.status === 'written'
        ? {
            tone: 'success',
            text: t('archiveUi.snapshots.taken', {
              date: formatMoment(result.snapshot.createdAt),
              size: formatBytes(result.snapshot.bytes, t, i18n.language),
            }),
          }
        : {
            tone: 'error',
            text: t(
              result.failure === 'disk-full'
                ? 'issue.archive.import.snapshotDiskFull'
                : 'issue.archive.import.snapshotFailed',
              {
                detail: result.detail,
              },
            ),
          },
    );
    reload();
  };

  return (
    <section className="card archive-panel" aria-labelledby={headingId}>
      <div className="archive-panel-head">
        <h2 id={headingId}>{t('archiveUi.snapshots.title')}</h2>
        <button type="button" className="button" disabled={taking} onClick={() => void takeNow()}>
          {taking ? t('archiveUi.snapshots.taking') : t('archiveUi.snapshots.now')}
        </button>
      </div>
      <p className="muted">{t('archiveUi.snapshots.intro')}</p>
      <p className="archive-folder">
        <span>{t('archiveUi.snapshots.folder')}: </span>
        <code data-folder>{folder.state === 'ready' ? folder.value : '…'}</code>
      </p>
      <StorageLine />
      {message ? <Notice tone={message.tone} title={message.text} /> : null}
      {snapshots.state === 'failed' ? (
        <Notice tone="error" title={t('archiveUi.snapshots.loadFailed', { detail: snapshots.error.message })} />
      ) : snapshots.state === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : snapshots.value.length === 0 ? (
        <p className="archive-empty">{t('archiveUi.snapshots.empty')}</p>
      ) : (
        <SnapshotTable snapshots={snapshots.value} onRestore={setRestoring} disabled={taking || restoring !== null} />
      )}
      {restoring ? (
        <RestoreSnapshotDialog
          snapshot={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(text) => {
            setRestoring(null);
            setMessage({ tone: 'success', text });
            reload();
          }}
        />
      ) : null}
    </section>
  );
}
