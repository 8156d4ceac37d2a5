import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Archive } from '../../../../shared/archive/archive.schema';
import { checkArchive } from '../../../../shared/archive/check-archive';
import { verifyArchive } from '../../../../shared/archive/verify-archive';
import type { DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { exportArchive } from '../../db/archive.repository';
import { ArchiveIssueList } from './ArchiveIssueList';
import { archiveDoors } from './archive-doors';
import { shortHash } from './archive-format';

type Check =
  | { readonly step: 'idle' | 'running' }
  | { readonly step: 'done'; readonly archive: Archive; readonly issues: readonly DomainIssue[] }
  | { readonly step: 'error'; readonly detail: string };

/**
 * "Kiểm tra toàn vẹn dữ liệu": exports the workspace in memory and runs the archive check and the
 * integrity verification on it, as `archive verify` does on a file; every problem links to its session.
 */
export function IntegrityPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const { repositories } = useWorkspace();
  const [check, setCheck] = useState<Check>({ step: 'idle' });
  const run = async () => {
    setCheck({ step: 'running' });
    try {
      const { archive } = await exportArchive(repositories, await archiveDoors());
      const checked = checkArchive(archive);
      setCheck({ step: 'done', archive, issues: checked.ok ? verifyArchive(checked.archive) : checked.issues });
    } catch (error) {
      setCheck({ step: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  };
  const sessions = check.step === 'done' ? new Set(check.archive.tables.sessions.map((s) => s.id)) : new Set<string>();
  return (
    <section className="card archive-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('archiveUi.integrity.title')}</h2>
      <p className="muted">{t('archiveUi.integrity.intro')}</p>
      <div className="archive-actions">
        <button
          type="button"
          className="button secondary"
          disabled={check.step === 'running'}
          onClick={() => void run()}
        >
          {check.step === 'running' ? t('archiveUi.integrity.running') : t('archiveUi.integrity.run')}
        </button>
      </div>
      {check.step === 'done' && check.issues.length === 0 ? (
        <Notice tone="success" title={t('archiveUi.integrity.ok')}>
          <p>
            {t('archiveUi.integrity.okDetail', {
              sessions: check.archive.tables.sessions.length,
              sheets: check.archive.tables.sheets.length,
              results: check.archive.tables.resultVersions.length,
              chain: shortHash(check.archive.chain.head),
              links: check.archive.chain.length,
            })}
          </p>
        </Notice>
      ) : null}
      {check.step === 'done' && check.issues.length > 0 ? (
        <Notice tone="error" title={t('archiveUi.integrity.problems', { count: check.issues.length })}>
          <ArchiveIssueList issues={check.issues} source={check.archive} hasSession={(id) => sessions.has(id)} />
        </Notice>
      ) : null}
      {check.step === 'error' ? <Notice tone="error" title={t('common.loadFailed', { detail: check.detail })} /> : null}
    </section>
  );
}
