import { useTranslation } from 'react-i18next';
import type { ImportMode } from '../../db/archive-import';
import { Notice } from '../../components/Notice';
import { ArchiveIssueList } from './ArchiveIssueList';
import { formatMoment, shortHash } from './archive-format';
import { ImportCounts } from './ImportCounts';
import { MergeDecisions } from './MergeDecisions';
import type { ArchiveFileState } from './useArchiveFile';

type Chosen = Extract<ArchiveFileState, { step: 'ready' | 'working' }>;

/** A checked archive file: what it is, the two ways to import it and what each would change, then confirm. */
export function ImportReview({
  state,
  onMode,
  onConfirm,
  onCancel,
}: {
  state: Chosen;
  onMode: (mode: ImportMode) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { archive, mode, preview } = state;
  const working = state.step === 'working';
  const ready = preview?.ok ? preview.preview : null;
  const canConfirm = !working && ready !== null && (mode === 'restore' || ready.changes);
  return (
    <div className="archive-review" data-mode={mode}>
      <h3>{t('archiveUi.file.previewTitle', { file: state.fileName })}</h3>
      <p>
        {t('archiveUi.file.fileFacts', {
          date: formatMoment(archive.exportedAt),
          workspace:
            archive.workspace === 'demo' ? t('archiveUi.file.workspaceDemo') : t('archiveUi.file.workspaceMain'),
          app: archive.app.name,
          version: archive.app.version,
          chain: shortHash(archive.chain.head),
          links: archive.chain.length,
        })}
      </p>
      <fieldset className="archive-modes" disabled={working}>
        <legend>{t('archiveUi.file.modeLegend')}</legend>
        {(['merge', 'restore'] as const).map((option) => (
          <label key={option} className={`archive-mode${mode === option ? ' chosen' : ''}`}>
            <input
              type="radio"
              name="archive-mode"
              value={option}
              checked={mode === option}
              onChange={() => onMode(option)}
            />
            <span>
              <strong>{option === 'merge' ? t('archiveUi.file.merge') : t('archiveUi.file.restoreMode')}</strong>
              <span className="muted">
                {option === 'merge' ? t('archiveUi.file.mergeHint') : t('archiveUi.file.restoreHint')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {preview === null ? <p className="muted">{t('common.loading')}</p> : null}
      {preview && !preview.ok ? (
        <Notice tone="error" title={t('archiveUi.file.failedTitle')}>
          <ArchiveIssueList issues={preview.issues} source={archive} />
        </Notice>
      ) : null}
      {ready ? (
        <>
          <ImportCounts preview={ready} />
          {ready.missingPacks.length > 0 ? (
            <p className="archive-note">
              {t('archiveUi.file.packs', {
                packs: ready.missingPacks.map((p) => `${p.id} (v${p.version})`).join(', '),
              })}
            </p>
          ) : null}
          {ready.merge ? <MergeDecisions summary={ready.merge} /> : null}
          {mode === 'merge' && !ready.changes ? <Notice tone="success" title={t('archiveUi.file.nothingNew')} /> : null}
          {mode === 'restore' ? (
            <div className="notice warning">
              <p>
                <strong>{t('archiveUi.file.restoreWarning')}</strong>
              </p>
            </div>
          ) : null}
        </>
      ) : null}
      <div className="archive-actions">
        <button type="button" className="button" disabled={!canConfirm} onClick={onConfirm}>
          {working
            ? t('archiveUi.file.working')
            : mode === 'merge'
              ? t('archiveUi.file.confirmMerge')
              : t('archiveUi.file.confirmRestore')}
        </button>
        <button type="button" className="button secondary" disabled={working} onClick={onCancel}>
          {t('archiveUi.file.cancel')}
        </button>
      </div>
    </div>
  );
}
